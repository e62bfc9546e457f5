package org.firstshift.integration.application;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.firstshift.integration.domain.Deliverable;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends one outbox's due rows from the container's managed scheduled executor: every few seconds,
 * and at once when asked ({@link #soon}). Runs never overlap on a node; each row is claimed before
 * it is sent ({@link Outbox#claim}), so nodes never send a row twice. The outcome is recorded the
 * same way for every outbox: a 2xx answer delivers, anything else (another status, an exception, a
 * {@link Refused} row) is a failed attempt retried with the {@link DeliverySettings} back-off.
 *
 * @param <C> what the sender needs of a claimed row
 */
public final class OutboxPoller<C extends OutboxPoller.Claim> {
    private static final Logger LOG = Logger.getLogger(OutboxPoller.class.getName());
    private static final int BATCH = 50;

    /** A claimed row, read in the claiming transaction. */
    public interface Claim {
        long id();
    }

    /** Sends a claimed row; the receiver's HTTP status. */
    @FunctionalInterface
    public interface Sender<C> {
        int send(C claim) throws Exception;
    }

    /** The row must not be sent now (the address is not allowed, the platform is off): a failed attempt. */
    public static final class Refused extends Exception {
        public Refused(String why) {
            super(why);
        }
    }

    private final String receiver;
    private final Outbox outbox;
    private final Class<? extends Deliverable> type;
    private final LongFunction<Optional<C>> claim;
    private final Sender<C> sender;
    private final DeliverySettings settings;
    private final Runnable beforeRun;
    private final AtomicBoolean running = new AtomicBoolean();
    private ManagedScheduledExecutorService executor;
    private ScheduledFuture<?> poller;

    /**
     * @param receiver who answers, for the error text ("receiver answered 500")
     * @param claim    claims a row by id ({@link Outbox#claim} with the outbox's own reading)
     * @param beforeRun work to do at the start of every run (e.g. turn queued events into rows)
     */
    public OutboxPoller(String receiver, Outbox outbox, Class<? extends Deliverable> type, LongFunction<Optional<C>> claim,
                        Sender<C> sender, DeliverySettings settings, Runnable beforeRun) {
        this.receiver = receiver;
        this.outbox = outbox;
        this.type = type;
        this.claim = claim;
        this.sender = sender;
        this.settings = settings;
        this.beforeRun = beforeRun;
    }

    public void start(ManagedScheduledExecutorService executor) {
        this.executor = executor;
        poller = executor.scheduleWithFixedDelay(this::run, settings.pollSeconds(), settings.pollSeconds(), TimeUnit.SECONDS);
    }

    public void stop() {
        if (poller != null) {
            poller.cancel(false);
        }
    }

    /** Something was queued: send without waiting for the next poll. */
    public void soon() {
        try {
            executor.execute(this::run);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "executor busy; the next poll sends", e);
        }
    }

    private void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            beforeRun.run();
            for (Long id : outbox.due(type, BATCH)) {
                claim.apply(id).ifPresent(this::attempt);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, type.getSimpleName() + " outbox run failed; the next poll retries", e);
        } finally {
            running.set(false);
        }
    }

    /** One attempt at a claimed row, its outcome recorded. */
    void attempt(C c) {
        String error;
        Integer status = null;
        try {
            int answered = sender.send(c);
            if (answered / 100 == 2) {
                outbox.delivered(type, c.id(), answered);
                return;
            }
            status = answered;
            error = receiver + " answered " + answered;
        } catch (Refused e) {
            error = "refused: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            LOG.log(Level.FINE, type.getSimpleName() + " " + c.id() + " not sent", e);
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        outbox.failed(type, c.id(), status, error, settings.backoff());
    }
}
