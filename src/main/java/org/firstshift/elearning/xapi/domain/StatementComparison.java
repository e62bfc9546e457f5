package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Statement immutability: a statement sent again with an id the LRS already has is accepted as a
 * no-op when it says the same thing, and refused (409) when it differs. The properties the LRS sets
 * (id case, stored, authority, version) do not count, timestamps compare as instants, and a
 * timestamp the client left out (so the LRS filled it in) does not count either.
 */
public final class StatementComparison {
    private StatementComparison() {
    }

    public static boolean same(JsonObject stored, JsonObject incoming) {
        boolean compareTimestamp = incoming.containsKey("timestamp");
        return strip(stored, compareTimestamp).equals(strip(incoming, compareTimestamp));
    }

    /**
     * A signed statement's JWS payload against the statement received (Data 2.6): logically the same
     * when they differ only where the LRS may have processed the statement (Data 2.3.1): id (compared
     * when both have one), stored, authority, version, a timestamp the signer left out (a timestamp
     * both have compares as an instant), and attachments, which are not part of the statement (the
     * payload was signed before the signature attachment was added).
     */
    public static boolean signedEquivalent(JsonObject signed, JsonObject received) {
        if (signed.get("id") instanceof JsonString a && received.get("id") instanceof JsonString b
                && !a.getString().equalsIgnoreCase(b.getString())) {
            return false;
        }
        boolean compareTimestamp = signed.containsKey("timestamp");
        return stripSigned(signed, compareTimestamp).equals(stripSigned(received, compareTimestamp));
    }

    private static JsonObject stripSigned(JsonObject s, boolean keepTimestamp) {
        return JsonP.JSON.createObjectBuilder(strip(s, keepTimestamp)).remove("attachments").build();
    }

    private static JsonObject strip(JsonObject s, boolean keepTimestamp) {
        JsonObjectBuilder b = JsonP.JSON.createObjectBuilder(s);
        b.remove("id").remove("stored").remove("authority").remove("version");
        if (!keepTimestamp) {
            b.remove("timestamp");
        } else if (s.get("timestamp") instanceof JsonString t) {
            b.add("timestamp", instant(t.getString()));
        }
        return b.build();
    }

    private static String instant(String t) {
        try {
            return OffsetDateTime.parse(t).toInstant().toString();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException e2) {
                return t;
            }
        }
    }
}
