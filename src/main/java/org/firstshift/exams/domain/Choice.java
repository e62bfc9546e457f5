package org.firstshift.exams.domain;

import org.firstshift.platform.i18n.LocalizedText;

/** An option of a question (or an item to order, or a side of a match), with a stable id. */
public record Choice(String id, LocalizedText text) {
}
