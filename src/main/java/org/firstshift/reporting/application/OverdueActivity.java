package org.firstshift.reporting.application;

import java.time.LocalDate;

/**
 * One activity an employee has not completed by its due date; {@code daysOverdue} is at least 1.
 * {@code typeKey} and {@code ref} name the activity, so a page can lead HR to why it is not done.
 */
public record OverdueActivity(Learner learner, Labelled program, String activityTitle, LocalDate dueOn, long daysOverdue,
                              String typeKey, String ref) {
}
