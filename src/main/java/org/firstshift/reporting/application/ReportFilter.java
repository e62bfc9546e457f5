package org.firstshift.reporting.application;

/** Which part of the company a report covers: a store, a position and a program by code; null means all. */
public record ReportFilter(String location, String position, String program) {
    public ReportFilter {
        location = blankToNull(location);
        position = blankToNull(position);
        program = blankToNull(program);
    }

    public static ReportFilter everything() {
        return new ReportFilter(null, null, null);
    }

    private static String blankToNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }

    public boolean includesProgram(String programCode) {
        return program == null || program.equals(programCode);
    }
}
