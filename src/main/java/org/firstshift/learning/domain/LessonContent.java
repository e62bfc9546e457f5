package org.firstshift.learning.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;

/** What a lesson says: title, reading time, Markdown body in both languages, and the rules it teaches. */
public record LessonContent(LocalizedText title, int minutes, String bodyEn, String bodyRu, List<String> teaches) {
    public LessonContent {
        teaches = teaches == null ? List.of() : List.copyOf(teaches);
    }
}
