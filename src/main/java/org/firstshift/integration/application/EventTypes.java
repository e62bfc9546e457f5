package org.firstshift.integration.application;

import java.util.List;
import java.util.Locale;

/**
 * The open catalogue of webhook event types: an event class's simple name, split at its capitals
 * and joined with dots ({@code ShadowingPlanCompleted} -> {@code shadowing.plan.completed}). A new
 * {@link org.firstshift.platform.results.EmployeeResultEvent} needs no change here.
 */
public final class EventTypes {
    public static final String TEST = "webhook.test";

    /** Shown as suggestions on the admin page; any other name can be subscribed to as well. */
    public static final List<String> KNOWN = List.of("shadowing.plan.completed", "exam.passed",
            "certification.granted", "certification.lapsed", "tier.change.approved", "audit.submitted", TEST);

    private EventTypes() {
    }

    public static String of(Class<?> eventClass) {
        return of(eventClass.getSimpleName());
    }

    static String of(String simpleName) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < simpleName.length(); i++) {
            char c = simpleName.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(simpleName.charAt(i - 1))
                    || i + 1 < simpleName.length() && Character.isLowerCase(simpleName.charAt(i + 1)));
            if (boundary) {
                b.append('.');
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether a subscription entry is acceptable: '*' or lower-case dotted words. */
    public static boolean valid(String type) {
        return "*".equals(type) || type.matches("[a-z0-9]+(\\.[a-z0-9]+)*") && type.length() <= 120;
    }
}
