package org.firstshift.platform.results;

import java.time.Instant;
import java.util.Set;

/**
 * Implemented by each module that produces results (a CDI bean, discovered with
 * {@code Instance<ResultSource>}). It must answer for many employees in a few queries, not one
 * query per employee: a full evaluation covers the whole company.
 */
public interface ResultSource {

    /** Adds to {@code book} this module's results for {@code employeeIds}, as they stood at {@code asOf}. */
    void collect(Set<Long> employeeIds, Instant asOf, ResultBook book);
}
