package org.firstshift.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The roles a person can hold; a person may hold several. The string constants exist for
 * annotations ({@code @RolesAllowed(Role.HR)}), which need compile-time constants.
 */
public enum Role {
    LEARNER, MENTOR, HR, AUDITOR, AUTHOR, ADMIN;

    public static final String LEARNER_ROLE = "LEARNER";
    public static final String MENTOR_ROLE = "MENTOR";
    public static final String HR_ROLE = "HR";
    public static final String AUDITOR_ROLE = "AUDITOR";
    public static final String AUTHOR_ROLE = "AUTHOR";
    public static final String ADMIN_ROLE = "ADMIN";

    /** The order in which a person's home page is chosen when they hold several roles. */
    private static final List<Role> HOME_PRIORITY = List.of(ADMIN, HR, AUTHOR, AUDITOR, MENTOR, LEARNER);

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }

    public static List<Role> homePriority() {
        return HOME_PRIORITY;
    }

    /** The folder of this role's pages, e.g. {@code /hr/home.xhtml}. */
    public String homePage() {
        return "/" + name().toLowerCase(java.util.Locale.ROOT) + "/home.xhtml";
    }
}
