package org.firstshift.exams.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One question as drawn for an attempt: its section, the question and its revision, and the order
 * in which its options (or matching targets) are shown. Stored with the attempt at start, so a
 * resumed or re-read attempt shows exactly the same exam.
 */
public record DrawnItem(String section, String question, int revision, List<String> order) {

    public DrawnItem {
        order = List.copyOf(order);
    }

    /** One line per item: {@code section|question|revision|a,b,c}. Ids never contain '|', ',' or newlines. */
    public static String encode(List<DrawnItem> items) {
        StringBuilder b = new StringBuilder();
        for (DrawnItem i : items) {
            b.append(i.section).append('|').append(i.question).append('|').append(i.revision).append('|')
                    .append(String.join(",", i.order)).append('\n');
        }
        return b.toString();
    }

    public static List<DrawnItem> decode(String text) {
        List<DrawnItem> items = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            items.add(new DrawnItem(f[0], f[1], Integer.parseInt(f[2]),
                    f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","))));
        }
        return items;
    }
}
