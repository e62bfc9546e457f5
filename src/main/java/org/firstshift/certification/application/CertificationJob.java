package org.firstshift.certification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every day shortly after midnight (UTC), and once a minute after start: closes cycles that ended
 * (lapsed or renewed) and sends due reminders. Timers are not persistent, so every node of a
 * cluster runs it; {@link CycleKeeping} makes each change happen once anyway.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CertificationJob {
    private static final Logger LOG = Logger.getLogger(CertificationJob.class.getName());
    /** Reminders look this far ahead; a schedule never reminds earlier. */
    static final int REMINDER_HORIZON_DAYS = 366;

    @Inject
    CycleKeeping keeping;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    public record Run(int lapsed, int renewed, int reminded) {
    }

    @PostConstruct
    void soonAfterStart() {
        // After start the demo content may be loading: a minute later the first run finds it.
        timers.createSingleActionTimer(60_000, new TimerConfig("certification-first-run", false));
    }

    @Timeout
    void afterStart(Timer timer) {
        runQuietly();
    }

    @Schedule(hour = "0", minute = "5", persistent = false, info = "certification-daily")
    void daily() {
        runQuietly();
    }

    private void runQuietly() {
        try {
            Run run = runNow();
            LOG.info(() -> "Certification job: " + run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Certification job failed; it runs again tomorrow", e);
        }
    }

    /** One run; safe to call at any time and on several nodes at once. */
    public Run runNow() {
        LocalDate today = LocalDate.now(clock);
        int lapsed = 0;
        int renewed = 0;
        for (long id : keeping.endedOpenCycles(today)) {
            try {
                switch (keeping.closeIfEnded(id, today)) {
                    case LAPSED -> lapsed++;
                    case RENEWED -> renewed++;
                    default -> { }
                }
            } catch (RuntimeException anotherNodeWasFaster) {
                LOG.fine(() -> "cycle " + id + " was closed elsewhere: " + anotherNodeWasFaster);
            }
        }
        int reminded = 0;
        for (long id : keeping.openCyclesEndingWithin(today, REMINDER_HORIZON_DAYS)) {
            try {
                if (keeping.remindIfDue(id, today)) {
                    reminded++;
                }
            } catch (RuntimeException anotherNodeWasFaster) {
                LOG.fine(() -> "cycle " + id + " was reminded elsewhere: " + anotherNodeWasFaster);
            }
        }
        return new Run(lapsed, renewed, reminded);
    }
}
