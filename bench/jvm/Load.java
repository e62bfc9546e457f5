import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal closed-loop load: `java Load.java URL REQUESTS CONCURRENCY` sends REQUESTS GETs from
 * CONCURRENCY workers and prints "requests/s failures". No think time; each worker waits for its answer.
 */
public class Load {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        int total = Integer.parseInt(args[1]);
        int workers = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger left = new AtomicInteger(total);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            pool.submit(() -> {
                while (left.getAndDecrement() > 0) {
                    try {
                        HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%.0f %d%n", total / seconds, failed.get());
    }
}
