package org.firstshift.reporting.application;

import org.firstshift.platform.i18n.Messages;

import java.util.function.Function;

/**
 * The columns of the learning export, one row per employee and program. Store, position and
 * program are codes, the same in every language, so exports can be compared and pivoted; values
 * are typed (text, whole numbers, dates, or null for "none") so that each format can write them
 * natively.
 */
public enum LearningColumn {
    PERSONNEL_NUMBER("export.personnelNumber", r -> r.learner().personnelNumber()),
    NAME("export.name", r -> r.learner().name()),
    STORE("export.store", r -> r.learner().store().code()),
    POSITION("export.position", r -> r.learner().position().code()),
    PROGRAM("export.program", r -> r.program().code()),
    HIRE_DATE("export.hireDate", r -> r.learner().hireDate()),
    PERCENT_DONE("export.percentDone", EmployeeProgress::percentDone),
    COMPLETED("export.completed", EmployeeProgress::completed),
    TOTAL("export.total", EmployeeProgress::total),
    OVERDUE("export.overdue", EmployeeProgress::overdueCount),
    READY_ON("export.readyOn", EmployeeProgress::readyOn),
    DAYS_TO_READY("export.daysToReady", EmployeeProgress::daysToReady);

    private final String headerKey;
    private final Function<EmployeeProgress, Object> value;

    LearningColumn(String headerKey, Function<EmployeeProgress, Object> value) {
        this.headerKey = headerKey;
        this.value = value;
    }

    public String header(Messages messages) {
        return messages.get(headerKey);
    }

    /** A String, Integer, Long, LocalDate, or null. */
    public Object valueOf(EmployeeProgress row) {
        return value.apply(row);
    }
}
