package org.firstshift.motivation.application;

import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;

import java.util.ArrayList;
import java.util.List;

/**
 * Which columns a payroll export has, in which order, under which headers. Written as
 * {@code field[:Header],field[:Header],...}, e.g.
 * {@code personnel_number:Employee No,to_grade:New grade,effective_from:Valid from}; a field without
 * a header keeps its own name. Every problem is reported at once, naming the entry and the fields
 * that exist, so a payroll clerk can fix a layout without reading code.
 */
public record PayrollLayout(List<Column> columns) {
    /** Every field an export can show, in the default order. */
    public static final List<String> FIELDS = List.of("personnel_number", "full_name", "location", "from_tier", "from_grade",
            "to_tier", "to_grade", "effective_from", "approved_by", "approved_on");
    public static final PayrollLayout DEFAULT = new PayrollLayout(FIELDS.stream().map(f -> new Column(f, f)).toList());
    static final int MAX_HEADER = 100;

    /** One column: the field it shows and its header. */
    public record Column(String field, String header) {
    }

    public PayrollLayout {
        columns = List.copyOf(columns);
    }

    public String[] headers() {
        return columns.stream().map(Column::header).toArray(String[]::new);
    }

    /**
     * Reads a layout; {@code parameter} names where it came from in problems ("columns", or the
     * setting of a named layout).
     */
    public static PayrollLayout parse(String spec, String parameter) {
        List<ProblemItem> problems = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            throw new InvalidInputException(parameter, "a layout needs at least one column, e.g. personnel_number:Employee No,to_grade");
        }
        List<String> headers = new ArrayList<>();
        for (String entry : spec.split(",", -1)) {
            String trimmed = entry.strip();
            int colon = trimmed.indexOf(':');
            String field = (colon < 0 ? trimmed : trimmed.substring(0, colon)).strip().toLowerCase(java.util.Locale.ROOT);
            String header = colon < 0 ? field : trimmed.substring(colon + 1).strip();
            if (field.isEmpty()) {
                problems.add(ProblemItem.field(parameter, "an empty column in '" + spec + "'"));
            } else if (!FIELDS.contains(field)) {
                problems.add(ProblemItem.field(parameter, "'" + field + "' is not a payroll field; known fields: "
                        + String.join(", ", FIELDS)));
            } else if (header.isEmpty() || header.length() > MAX_HEADER || header.chars().anyMatch(Character::isISOControl)) {
                problems.add(ProblemItem.field(parameter, "the header of '" + field + "' must be 1 to " + MAX_HEADER
                        + " printable characters"));
            } else if (headers.contains(header)) {
                problems.add(ProblemItem.field(parameter, "the header '" + header + "' is used twice"));
            } else {
                headers.add(header);
                columns.add(new Column(field, header));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the payroll layout is not valid", problems);
        }
        return new PayrollLayout(columns);
    }
}
