package org.firstshift.audits.application;

import org.firstshift.audits.domain.AgencyMapping;
import org.firstshift.audits.domain.Channel;
import org.firstshift.audits.domain.Scoring;
import org.firstshift.platform.api.ProblemItem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns an agency's spreadsheet rows into visits, with the agency's mapping and the checklist's
 * lines, and says precisely what is wrong with a row (row, column, problem). Holds nothing per
 * row, so it reads a file of any length in the same memory. Pure Java: the import service gives
 * it the database look-ups, the benchmark gives it in-memory ones.
 */
public final class AgencyRowReader {

    /** What the reader needs to know from outside: employees by personnel number and the stores. */
    public interface Lookups {
        /** The employee's id, or null when there is no such active employee. */
        Long employeeId(String personnelNumber);

        boolean storeExists(String storeCode);
    }

    /** A checklist line as the reader needs it. */
    public record LineSpec(String code, List<String> rules, int weight, boolean critical, int maxPoints, boolean naAllowed) {
    }

    /** A valid row, ready to become a submitted visit. */
    public record VisitRow(int row, String agencyRef, String store, LocalDate date, LocalTime time, long employeeId,
                           String employeeNumber, Channel channel, Map<String, Integer> points, Scoring.Result score) {
    }

    private final String file;
    private final AgencyMapping mapping;
    private final List<LineSpec> lines;
    private final Lookups lookups;
    private final LocalDate today;
    private final DateTimeFormatter dateFormat;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<ProblemItem> headerProblems = new ArrayList<>();

    public AgencyRowReader(String file, AgencyMapping mapping, List<LineSpec> lines, List<String> header,
                           Lookups lookups, LocalDate today) {
        this.file = file;
        this.mapping = mapping;
        this.lines = List.copyOf(lines);
        this.lookups = lookups;
        this.today = today;
        // Strict: 31.02 is an error, not 28 February ('u' is the proleptic year strict resolving needs).
        this.dateFormat = DateTimeFormatter.ofPattern(mapping.dateFormat().replace('y', 'u'), Locale.ROOT)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            byName.putIfAbsent(AgencyMapping.key(header.get(i)), i);
        }
        if (header.isEmpty()) {
            headerProblems.add(ProblemItem.at(file, 1, null, "the file is empty: the first row must name the columns"));
        }
        mapping.requiredColumns().forEach((meaning, column) -> {
            Integer index = byName.get(AgencyMapping.key(column));
            if (index == null && !header.isEmpty()) {
                headerProblems.add(ProblemItem.at(file, 1, column, "column '" + column + "' (" + meaning + ") is missing"));
            }
            columns.put(column, index);
        });
        for (String optional : new String[]{mapping.time(), mapping.channel()}) {
            if (optional != null && !optional.isBlank()) {
                columns.put(optional, byName.get(AgencyMapping.key(optional)));
            }
        }
        for (LineSpec l : lines) {
            if (!mapping.lines().containsKey(l.code())) {
                headerProblems.add(ProblemItem.at(file, 1, null, "the agency mapping gives no column for checklist line " + l.code()));
            }
        }
    }

    /** Problems with the header or the mapping itself: when there are any, no row can be read. */
    public List<ProblemItem> headerProblems() {
        return List.copyOf(headerProblems);
    }

    private String cell(SpreadsheetRows.RawRow row, String column) {
        if (column == null) {
            return "";
        }
        Integer i = columns.get(column);
        return i == null || i >= row.cells().size() ? "" : row.cells().get(i).strip();
    }

    /** The visit in the row, or null after reporting every problem in it. */
    public VisitRow read(SpreadsheetRows.RawRow row, Consumer<ProblemItem> problems) {
        int n = row.number();
        int before = counter;
        Consumer<ProblemItem> report = p -> {
            counter++;
            problems.accept(p);
        };
        String ref = cell(row, mapping.visitRef());
        if (ref.isEmpty()) {
            report.accept(ProblemItem.at(file, n, mapping.visitRef(), "the visit reference is empty"));
        } else if (ref.length() > 100) {
            report.accept(ProblemItem.at(file, n, mapping.visitRef(), "the visit reference is longer than 100 characters"));
        }
        LocalDate date = null;
        String dateText = cell(row, mapping.date());
        try {
            date = LocalDate.parse(dateText, dateFormat);
            if (date.isAfter(today)) {
                report.accept(ProblemItem.at(file, n, mapping.date(), "the visit date " + date + " is in the future"));
            }
        } catch (DateTimeParseException e) {
            report.accept(ProblemItem.at(file, n, mapping.date(), "'" + dateText + "' is not a date like " + mapping.dateFormat()));
        }
        LocalTime time = null;
        String timeText = cell(row, mapping.time());
        if (!timeText.isEmpty()) {
            try {
                time = LocalTime.parse(timeText.length() == 4 ? "0" + timeText : timeText);
            } catch (DateTimeParseException e) {
                report.accept(ProblemItem.at(file, n, mapping.time(), "'" + timeText + "' is not a time like 14:30"));
            }
        }
        String store = cell(row, mapping.store());
        if (store.isEmpty() || !lookups.storeExists(store)) {
            report.accept(ProblemItem.at(file, n, mapping.store(), store.isEmpty() ? "the store is empty" : "unknown store '" + store + "'"));
        }
        String number = cell(row, mapping.employee());
        Long employeeId = number.isEmpty() ? null : lookups.employeeId(number);
        if (employeeId == null) {
            report.accept(ProblemItem.at(file, n, mapping.employee(),
                    number.isEmpty() ? "the employee number is empty" : "no active employee with number '" + number + "'"));
        }
        Channel channel = mapping.defaultChannel();
        String channelText = cell(row, mapping.channel());
        if (!channelText.isEmpty()) {
            channel = channel(channelText);
            if (channel == null) {
                report.accept(ProblemItem.at(file, n, mapping.channel(), "'" + channelText + "' is not a channel (floor or phone)"));
            }
        }
        Map<String, Integer> points = new LinkedHashMap<>();
        List<Scoring.Line> scored = new ArrayList<>(lines.size());
        for (LineSpec l : lines) {
            String column = mapping.lines().get(l.code());
            String value = cell(row, column);
            Integer p;
            try {
                p = points(value, l);
            } catch (IllegalArgumentException e) {
                report.accept(ProblemItem.at(file, n, column, e.getMessage()));
                continue;
            }
            points.put(l.code(), p);
            scored.add(new Scoring.Line(l.rules(), l.weight(), l.critical(), l.maxPoints(), p));
        }
        if (counter != before) {
            return null;
        }
        Scoring.Result score = Scoring.score(scored);
        if (score.percent() == null) {
            report.accept(ProblemItem.at(file, n, null, "every line is 'not applicable': there is nothing to score"));
            return null;
        }
        return new VisitRow(n, ref, store, date, time, employeeId, number, channel, points, score);
    }

    private int counter;

    private Integer points(String value, LineSpec line) {
        String key = AgencyMapping.key(value);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty answer for line " + line.code() + " (use n/a when it does not apply)");
        }
        if (mapping.notApplicable().contains(key)) {
            if (!line.naAllowed()) {
                throw new IllegalArgumentException("line " + line.code() + " cannot be 'not applicable'");
            }
            return null;
        }
        if (mapping.yes().contains(key)) {
            return line.maxPoints();
        }
        if (mapping.no().contains(key)) {
            return 0;
        }
        if (key.matches("\\d{1,2}")) {
            int p = Integer.parseInt(key);
            if (p > line.maxPoints()) {
                throw new IllegalArgumentException("line " + line.code() + " takes 0 to " + line.maxPoints() + " points, not " + p);
            }
            return p;
        }
        throw new IllegalArgumentException("'" + value + "' is not an answer for line " + line.code()
                + " (yes, no, n/a or 0 to " + line.maxPoints() + ")");
    }

    private static Channel channel(String text) {
        String k = AgencyMapping.key(text);
        if (k.equals("floor") || k.equals("зал") || k.equals("store") || k.equals("магазин")) {
            return Channel.FLOOR;
        }
        if (k.equals("phone") || k.equals("телефон") || k.equals("call") || k.equals("звонок")) {
            return Channel.PHONE;
        }
        return null;
    }
}
