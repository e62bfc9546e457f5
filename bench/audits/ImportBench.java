import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.firstshift.audits.application.AgencyRowReader;
import org.firstshift.audits.application.SpreadsheetRows;
import org.firstshift.audits.domain.AgencyMapping;
import org.firstshift.audits.domain.Channel;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Benchmark of the agency import's reading path: the very classes the import runs
 * (SpreadsheetRows + AgencyRowReader + Scoring) over a generated agency file, in a JVM with a small
 * heap. "generate FILE ROWS" writes a file (CSV or, for *.xlsx, XLSX) shaped like the demo
 * agency's; "read FILE" reads it as the import's check pass does and prints time and memory.
 * Memory is sampled as live heap after a full GC every 10,000 rows (what the reader holds on to)
 * and as the peak of the old generation (what ever survived a young collection).
 */
public class ImportBench {
    static final String[] QUESTIONS = {"Q1 Greeting", "Q2 Space", "Q3 Appearance", "Q4 Questions", "Q5 Summary", "Q6 Try-on",
            "Q7 Benefits", "Q8 Promotion", "Q9 Answers", "Q10 Add-on", "Q11 Close", "Q12 Till", "Q13 Thanks", "Q14 Honesty",
            "Q15 No pressure", "Q16 Focus"};
    static final String[] LINES = {"SV-GREET", "SV-SPACE", "SV-LOOK", "SV-NEEDS", "SV-SUMMARY", "SV-TRY", "SV-BENEFITS", "SV-PROMO",
            "SV-ANSWERS", "SV-EXTRA", "SV-CLOSE", "SV-TILL", "SV-THANKS", "SV-TRUTH", "SV-RESPECT", "SV-FOCUS"};
    static final int[] WEIGHTS = {2, 1, 1, 2, 2, 2, 2, 1, 2, 2, 2, 1, 2, 3, 3, 2};
    static final Set<String> ZERO_TWO = Set.of("SV-NEEDS", "SV-BENEFITS", "SV-EXTRA");
    static final Set<String> CRITICAL = Set.of("SV-TRUTH", "SV-RESPECT");
    static final int EMPLOYEES = 2000;

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
        } else {
            read(Path.of(args[1]));
        }
    }

    static String[] header() {
        List<String> h = new ArrayList<>(List.of("Visit ID", "Visit date", "Time", "Store", "Staff no", "Contact"));
        h.addAll(List.of(QUESTIONS));
        return h.toArray(new String[0]);
    }

    static String[] row(int i, Random random) {
        List<String> r = new ArrayList<>();
        r.add("MP-BENCH-" + i);
        LocalDate d = LocalDate.of(2026, 1, 1).plusDays(i % 300);
        r.add(String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        r.add(String.format("%02d:%02d", 10 + i % 10, i % 60));
        r.add(i % 2 == 0 ? "STORE-CENTRAL" : "STORE-MALL");
        r.add("NW-" + (10000 + i % EMPLOYEES));
        r.add(i % 5 == 0 ? "phone" : "floor");
        for (String line : LINES) {
            int x = random.nextInt(10);
            if (ZERO_TWO.contains(line)) {
                r.add(String.valueOf(x < 6 ? 2 : x < 8 ? 1 : 0));
            } else if (!CRITICAL.contains(line) && x == 9) {
                r.add("N/A");
            } else {
                r.add(x < 8 ? "Y" : "N");
            }
        }
        return r.toArray(new String[0]);
    }

    static void generate(Path file, int rows) throws Exception {
        Random random = new Random(42);
        if (file.toString().endsWith(".xlsx")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                Workbook wb = new Workbook(out, "bench", "1.0");
                Worksheet ws = wb.newWorksheet("Visits");
                String[] h = header();
                for (int c = 0; c < h.length; c++) {
                    ws.value(0, c, h[c]);
                }
                for (int i = 1; i <= rows; i++) {
                    String[] r = row(i, random);
                    for (int c = 0; c < r.length; c++) {
                        ws.value(i, c, r[c]);
                    }
                    if (i % 10_000 == 0) {
                        ws.flush();
                    }
                }
                wb.finish();
            }
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write(String.join(";", header()));
                w.write('\n');
                for (int i = 1; i <= rows; i++) {
                    w.write(String.join(";", row(i, random)));
                    w.write('\n');
                }
            }
        }
    }

    static AgencyMapping mapping() {
        Map<String, String> lines = new LinkedHashMap<>();
        for (int i = 0; i < LINES.length; i++) {
            lines.put(LINES[i], QUESTIONS[i]);
        }
        return new AgencyMapping("STORE-VISIT", ';', "dd.MM.yyyy", "Visit ID", "Visit date", "Time", "Store", "Staff no", "Contact",
                Channel.FLOOR, lines, Set.of("Y"), Set.of("N"), Set.of("N/A"));
    }

    static List<AgencyRowReader.LineSpec> specs() {
        List<AgencyRowReader.LineSpec> specs = new ArrayList<>();
        for (int i = 0; i < LINES.length; i++) {
            specs.add(new AgencyRowReader.LineSpec(LINES[i], List.of("R-" + i), WEIGHTS[i], CRITICAL.contains(LINES[i]),
                    ZERO_TWO.contains(LINES[i]) ? 2 : 1, !CRITICAL.contains(LINES[i])));
        }
        return specs;
    }

    /** Employees by number, as the import caches them: bounded by the company, not the file. */
    static final class Lookups implements AgencyRowReader.Lookups {
        final Map<String, Long> employees = new java.util.HashMap<>();

        Lookups() {
            for (int i = 0; i < EMPLOYEES; i++) {
                employees.put("NW-" + (10000 + i), (long) i + 1);
            }
        }

        @Override
        public Long employeeId(String number) {
            return employees.get(number);
        }

        @Override
        public boolean storeExists(String code) {
            return code.equals("STORE-CENTRAL") || code.equals("STORE-MALL");
        }
    }

    static long liveHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    static void read(Path file) throws Exception {
        List<MemoryPoolMXBean> old = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured")))
                .toList();
        Lookups lookups = new Lookups();
        long baseline = liveHeapAfterGc();
        old.forEach(MemoryPoolMXBean::resetPeakUsage);
        long maxLive = baseline;
        long start = System.nanoTime();
        int rows = 0;
        int valid = 0;
        int problems = 0;
        double scoreSum = 0;
        long gcPauses = 0;
        try (SpreadsheetRows in = SpreadsheetRows.open(file, ';')) {
            AgencyRowReader reader = new AgencyRowReader(file.getFileName().toString(), mapping(), specs(), in.header(), lookups,
                    LocalDate.of(2026, 12, 31));
            if (!reader.headerProblems().isEmpty()) {
                throw new IllegalStateException(reader.headerProblems().toString());
            }
            int[] p = {0};
            SpreadsheetRows.RawRow raw;
            while ((raw = in.next()) != null) {
                rows++;
                AgencyRowReader.VisitRow row = reader.read(raw, x -> p[0]++);
                if (row != null) {
                    valid++;
                    scoreSum += row.score().percent();
                }
                if (rows % 10_000 == 0) {
                    long t = System.nanoTime();
                    maxLive = Math.max(maxLive, liveHeapAfterGc());
                    gcPauses += System.nanoTime() - t;
                }
            }
            problems = p[0];
        }
        long elapsed = System.nanoTime() - start - gcPauses;
        long oldPeak = old.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.out.printf(java.util.Locale.ROOT,
                "%-28s rows=%7d valid=%7d problems=%d  time=%6.2f s  (%7.0f rows/s)  live heap after GC: baseline %5.1f MB, max %5.1f MB (+%4.1f MB)  old-gen peak %5.1f MB  Xmx=%d MB  mean score %.1f%%%n",
                file.getFileName(), rows, valid, problems, elapsed / 1e9, rows / (elapsed / 1e9), baseline / 1048576.0,
                maxLive / 1048576.0, (maxLive - baseline) / 1048576.0, oldPeak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576, valid == 0 ? 0 : scoreSum / valid);
    }
}
