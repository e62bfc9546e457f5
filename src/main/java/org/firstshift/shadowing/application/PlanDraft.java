package org.firstshift.shadowing.application;

import java.util.List;

/**
 * A plan as an author sends it from the editor or the API: plain texts, checked by
 * {@link PlanAuthoring} field by field so every problem is named at once.
 */
public record PlanDraft(String code, String titleEn, String titleRu, String summaryEn, String summaryRu,
                        List<String> positions, List<Task> tasks) {

    public record Task(String code, String titleEn, String titleRu, String watchForEn, String watchForRu,
                       List<String> rules, Integer repetitions) {
    }
}
