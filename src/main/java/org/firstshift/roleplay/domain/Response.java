package org.firstshift.roleplay.domain;

import org.firstshift.platform.i18n.LocalizedText;

import java.util.List;

/**
 * One thing the trainee can say at a choice node: the feedback explaining why it does or does
 * not follow the standard, the rule ids it honours or breaks, its score delta and where it leads.
 */
public record Response(String id, LocalizedText text, LocalizedText feedback, List<String> honours, List<String> breaks,
                       int score, String next) {
    public Response {
        honours = honours == null ? List.of() : List.copyOf(honours);
        breaks = breaks == null ? List.of() : List.copyOf(breaks);
    }
}
