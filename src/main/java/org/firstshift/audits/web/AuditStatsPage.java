package org.firstshift.audits.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.firstshift.audits.application.AuditScores;
import org.firstshift.people.application.Organisation;
import org.firstshift.platform.i18n.LanguageChoice;

import java.util.List;
import java.util.Locale;

/**
 * HR's picture of the audits: chain and store scores, the rules failed most often, per-rule fail
 * rates, and the monthly trend as a small inline SVG line chart (no script, prints well, works
 * on a phone).
 */
@Named
@RequestScoped
public class AuditStatsPage {
    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    static final int PAD = 20;

    @Inject
    AuditScores scores;

    @Inject
    Organisation organisation;

    @Inject
    LanguageChoice language;

    private AuditScores.Stats stats;

    public AuditScores.Stats getStats() {
        if (stats == null) {
            stats = scores.stats();
        }
        return stats;
    }

    public String storeName(String code) {
        return organisation.location(code).map(l -> l.getName().in(language.getLocale())).orElse(code);
    }

    public String percent(double value) {
        return String.format(language.getLocale(), "%.1f%%", value);
    }

    /** SVG polyline points for a trend, 0-100% from bottom to top, months spread evenly. */
    public String points(List<AuditScores.MonthPoint> trend) {
        StringBuilder sb = new StringBuilder();
        int n = trend.size();
        for (int i = 0; i < n; i++) {
            double x = n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (n - 1);
            double y = HEIGHT - PAD - trend.get(i).score() * (HEIGHT - 2.0 * PAD) / 100.0;
            sb.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return sb.toString().strip();
    }

    public double x(List<AuditScores.MonthPoint> trend, int i) {
        int n = trend.size();
        return n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (n - 1);
    }

    public double y(AuditScores.MonthPoint p) {
        return HEIGHT - PAD - p.score() * (HEIGHT - 2.0 * PAD) / 100.0;
    }
}
