package org.firstshift.standards.web;

import org.firstshift.standards.domain.RulePhrase;

import java.util.ArrayList;
import java.util.List;

/**
 * Do and don't phrases as one text area each: a phrase per line, {@code English | Русский} (the
 * Russian part is optional). Formatting then parsing gives the same phrases back, so saving a rule
 * without touching its phrases does not count as a change.
 */
final class PhraseLines {
    static final char BAR = '|';

    private PhraseLines() {
    }

    static String format(List<RulePhrase> phrases) {
        StringBuilder text = new StringBuilder();
        for (RulePhrase p : phrases) {
            text.append(text.length() == 0 ? "" : "\n").append(p.getEn());
            if (!p.getRu().equals(p.getEn())) {
                text.append(' ').append(BAR).append(' ').append(p.getRu());
            }
        }
        return text.toString();
    }

    static List<RulePhrase> parse(RulePhrase.Kind kind, String text) {
        List<RulePhrase> phrases = new ArrayList<>();
        if (text == null) {
            return phrases;
        }
        for (String line : text.split("\\R")) {
            int bar = line.indexOf(BAR);
            String en = (bar < 0 ? line : line.substring(0, bar)).strip();
            String ru = bar < 0 ? null : line.substring(bar + 1).strip();
            if (!en.isEmpty()) {
                phrases.add(new RulePhrase(kind, en, ru));
            }
        }
        return phrases;
    }
}
