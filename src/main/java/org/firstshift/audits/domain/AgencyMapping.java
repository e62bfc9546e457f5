package org.firstshift.audits.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one agency's spreadsheet maps onto a checklist: which column holds the agency's visit
 * reference, the date, time, store, employee number and channel, which column answers which
 * checklist line, and the words the agency uses for yes, no and "not applicable". Column names
 * are matched ignoring case and surrounding spaces. Numbers 0-2 are always read as points.
 */
public record AgencyMapping(String checklist, char delimiter, String dateFormat, String visitRef, String date,
                            String time, String store, String employee, String channel, Channel defaultChannel,
                            Map<String, String> lines, Set<String> yes, Set<String> no, Set<String> notApplicable) {

    public static final Set<String> DEFAULT_YES = Set.of("yes", "y", "да", "д", "+", "true");
    public static final Set<String> DEFAULT_NO = Set.of("no", "n", "нет", "н", "-", "false");
    public static final Set<String> DEFAULT_NA = Set.of("n/a", "na", "н/п", "нп", "not applicable");

    public AgencyMapping {
        lines = new LinkedHashMap<>(lines);
        yes = normalise(yes.isEmpty() ? DEFAULT_YES : yes);
        no = normalise(no.isEmpty() ? DEFAULT_NO : no);
        notApplicable = normalise(notApplicable.isEmpty() ? DEFAULT_NA : notApplicable);
        if (defaultChannel == null) {
            defaultChannel = Channel.FLOOR;
        }
        if (dateFormat == null || dateFormat.isBlank()) {
            dateFormat = "yyyy-MM-dd";
        }
    }

    private static Set<String> normalise(Set<String> words) {
        return words.stream().map(AgencyMapping::key).collect(Collectors.toUnmodifiableSet());
    }

    public static String key(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** The columns every row must have, by what they mean. */
    public Map<String, String> requiredColumns() {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("visit reference", visitRef);
        required.put("date", date);
        required.put("store", store);
        required.put("employee", employee);
        lines.forEach((line, column) -> required.put("line " + line, column));
        return required;
    }

    public List<String> lineCodes() {
        return List.copyOf(lines.keySet());
    }
}
