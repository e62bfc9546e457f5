package org.firstshift.platform.notify;

import java.util.List;

/**
 * Asks the platform to put a notice in an employee's inbox. The text is a message key of a module
 * bundle ({@code bundle} is its base name without language, e.g. {@code "audits"}) with
 * {@code MessageFormat} arguments; {@code link} is an application path (e.g.
 * {@code "/learner/home.xhtml"}) or null. Fire it inside the transaction that caused it: the
 * notice is stored only if that transaction commits. {@code dedupKey}, when not null, makes a
 * repeated request for the same recipient a no-op (e.g. one reminder per certification cycle).
 */
public record NoticeRequested(long recipientEmployeeId, String bundle, String messageKey, List<String> args,
                              String link, String dedupKey) {
    public NoticeRequested {
        args = List.copyOf(args);
    }
}
