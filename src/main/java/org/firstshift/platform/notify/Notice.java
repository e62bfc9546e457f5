package org.firstshift.platform.notify;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.firstshift.platform.i18n.Messages;
import org.firstshift.platform.persistence.Identified;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * One notice in an employee's inbox. Kept as a message key and arguments (a JSON array), so the
 * reader sees it in their own language even if they switch language later.
 */
@Entity
@Table(name = "notice")
@NamedQuery(name = "Notice.ofRecipient",
        query = "SELECT n FROM Notice n WHERE n.recipientId = :recipient ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = "Notice.countUnread",
        query = "SELECT COUNT(n) FROM Notice n WHERE n.recipientId = :recipient AND n.readAt IS NULL")
@NamedQuery(name = "Notice.findByDedupKey",
        query = "SELECT n FROM Notice n WHERE n.recipientId = :recipient AND n.dedupKey = :dedupKey")
public class Notice extends Identified {

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(nullable = false, updatable = false)
    private String bundle;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    @Column(nullable = false, updatable = false)
    private String args;

    @Column(updatable = false)
    private String link;

    @Column(name = "dedup_key", updatable = false)
    private String dedupKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notice() {
    }

    Notice(NoticeRequested request, Instant now) {
        this.recipientId = request.recipientEmployeeId();
        this.bundle = request.bundle();
        this.messageKey = request.messageKey();
        JsonArrayBuilder array = Json.createArrayBuilder();
        request.args().forEach(a -> array.add(a == null ? "" : a));
        this.args = array.build().toString();
        this.link = request.link();
        this.dedupKey = request.dedupKey();
        this.createdAt = now;
    }

    /** The notice's text in {@code locale}. */
    public String text(Locale locale) {
        List<String> values;
        try (var reader = Json.createReader(new StringReader(args))) {
            values = reader.readArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        }
        return Messages.of(bundle, locale).get(messageKey, values.stream().map(v -> shown(v, locale)).toArray());
    }

    /** An ISO date argument (2026-11-24) is shown as a date in the reader's language. */
    static String shown(String arg, Locale locale) {
        if (arg.length() == 10 && arg.charAt(4) == '-' && arg.charAt(7) == '-') {
            try {
                return LocalDate.parse(arg).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
            } catch (DateTimeParseException notADate) {
                return arg;
            }
        }
        return arg;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public long getRecipientId() { return recipientId; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getReadAt() { return readAt; }
    public boolean isRead() { return readAt != null; }
}
