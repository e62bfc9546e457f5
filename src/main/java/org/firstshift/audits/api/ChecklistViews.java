package org.firstshift.audits.api;

import org.firstshift.audits.domain.AuditChecklist;
import org.firstshift.audits.domain.ChecklistLine;

import java.util.List;
import java.util.Locale;

/** JSON shapes of checklists. */
public final class ChecklistViews {
    private ChecklistViews() {
    }

    public record LineView(String id, String title, List<String> rules, int weight, boolean critical, String scale,
                           int maxPoints, boolean naAllowed) {
    }

    public record ChecklistView(String code, int version, String status, String standard, String title, List<LineView> lines) {
    }

    public static ChecklistView of(AuditChecklist c, Locale locale) {
        return new ChecklistView(c.getCode(), c.getVersionNo(), c.getStatus().name(), c.getStandardCode(), c.getTitle().in(locale),
                c.getLines().stream().map(l -> line(l, locale)).toList());
    }

    static LineView line(ChecklistLine l, Locale locale) {
        return new LineView(l.getCode(), l.getTitle().in(locale), l.getRules(), l.getWeight(), l.isCritical(), l.getScale().name(),
                l.getScale().maxPoints(), l.isNaAllowed());
    }
}
