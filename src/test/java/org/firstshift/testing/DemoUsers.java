package org.firstshift.testing;

import java.util.List;

/**
 * The demo company's logins, as the README documents them. Their passwords equal the user names
 * by design of the demo content ({@code content/demo/people.yaml}); this is the one place tests
 * learn that, instead of spelling passwords out everywhere.
 */
public final class DemoUsers {
    public static final String LEARNER = "newhire";
    public static final String MENTOR = "mentor";
    public static final String HR = "hr";
    public static final String AUDITOR = "auditor";
    public static final String AUTHOR = "author";
    public static final String ADMIN = "admin";
    public static final List<String> ALL = List.of(LEARNER, MENTOR, HR, AUDITOR, AUTHOR, ADMIN);

    private DemoUsers() {
    }

    public static String passwordOf(String demoUser) {
        return demoUser;
    }
}
