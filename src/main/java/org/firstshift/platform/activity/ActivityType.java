package org.firstshift.platform.activity;

import java.util.Set;

/**
 * The SPI by which an activity type (a lesson, a SCORM package, a shadowing plan, a role-play, an
 * exam, an audit...) plugs into programs. Implementations are CDI beans; the platform finds them
 * through {@link ActivityTypes}. Extra concerns (grading, completion, reminders) are separate
 * handlers keyed by {@link #key()}, so this interface stays small.
 */
public interface ActivityType {

    /** A stable key stored with every activity of this type; never change it once released. */
    String key();

    /** Where this type is listed among the others (lower first). */
    int order();

    /** What this type can do. */
    Set<ActivityFeature> features();

    /** The resource-bundle key of the type's name, in the {@code platform} bundle or the module's. */
    String nameKey();

    /** The page where a learner opens an activity of this type; it receives {@code ?ref=} (the activity's ref). */
    String learnerView();

    /**
     * The page where HR sees what an employee's activity of this type stands on (the raw values
     * behind "not complete"); it receives {@code ?ref=} and {@code &employee=}. Null: the type has none.
     */
    default String statusView() {
        return null;
    }

    /** What the learner sees as the activity's name, e.g. the lesson title. */
    default String title(String ref, java.util.Locale locale) {
        return ref;
    }

    /**
     * Whether {@code ref} names an activity of this type, either in the content being loaded
     * ({@code content}) or already stored. Programs refuse an activity whose ref is unknown, so a
     * typo in a content file is reported at load instead of showing a dead item to learners.
     */
    default boolean knows(String ref, org.firstshift.platform.content.ContentContext content) {
        return true;
    }

    default boolean supports(ActivityFeature feature) {
        return features().contains(feature);
    }
}
