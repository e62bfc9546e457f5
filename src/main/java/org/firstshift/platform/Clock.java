package org.firstshift.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The system clock as a CDI bean, so that deadlines, due dates and expiries can be tested with a
 * fixed clock instead of waiting.
 */
@ApplicationScoped
public class Clock {
    @Produces
    @ApplicationScoped
    java.time.Clock systemClock() {
        return java.time.Clock.systemUTC();
    }
}
