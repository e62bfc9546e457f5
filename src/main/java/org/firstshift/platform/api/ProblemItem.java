package org.firstshift.platform.api;

/**
 * One thing wrong with the input: where (a file, row and column, or a field) and what.
 * Fields that do not apply are null.
 */
public record ProblemItem(String file, Integer row, String column, String message) {

    public static ProblemItem field(String field, String message) {
        return new ProblemItem(null, null, field, message);
    }

    public static ProblemItem at(String file, int row, String column, String message) {
        return new ProblemItem(file, row, column, message);
    }

    /** A human-readable one-liner: {@code people.csv row 3, column hire_date: not a date}. */
    public String describe() {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file);
        }
        if (row != null) {
            where.append(where.length() > 0 ? " " : "").append(file != null && file.endsWith(".yaml") ? "line " : "row ").append(row);
        }
        if (column != null) {
            where.append(where.length() > 0 ? ", " : "").append(file != null && file.endsWith(".yaml") ? "" : "column ").append(column);
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
