package org.firstshift.elearning.xapi.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.ArrayList;
import java.util.List;

/**
 * Statements as the client wrote them, so that the LRS can store a statement's own text with the
 * properties it sets put in front, instead of serialising the parsed statement again: that second
 * serialisation was an eighth of the request threads' CPU on the ingest path (bench/xapi, JFR).
 * The stored text parses to exactly the statement {@code LearningRecordStore} completes.
 */
public final class StatementText {
    private StatementText() {
    }

    /**
     * The texts of the statements in a request body that has already been parsed as JSON: the
     * elements of an array, or the one object. Splits at the commas between top-level values,
     * skipping strings (with their escapes) and nested objects and arrays.
     */
    public static List<String> elements(String json) {
        int start = 0;
        int end = json.length();
        while (start < end && Character.isWhitespace(json.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(json.charAt(end - 1))) {
            end--;
        }
        List<String> texts = new ArrayList<>();
        if (start >= end || json.charAt(start) != '[') {
            texts.add(json.substring(start, end));
            return texts;
        }
        int depth = 0;
        int from = start + 1;
        boolean inString = false;
        for (int i = start + 1; i < end - 1; i++) {
            char ch = json.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{' || ch == '[') {
                depth++;
            } else if (ch == '}' || ch == ']') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                texts.add(json.substring(from, i).strip());
                from = i + 1;
            }
        }
        String last = json.substring(from, end - 1).strip();
        if (!last.isEmpty() || !texts.isEmpty()) {
            texts.add(last);
        }
        return texts;
    }

    /**
     * The text to store for a statement the client wrote as {@code received}: the properties the LRS
     * adds ({@code added}, already serialised as {@code "name":value} members) followed by the
     * client's members. Null when the client's text cannot be kept: it has properties the LRS
     * replaces (stored, authority, an id not in lower case), or it is not the object it should be.
     */
    public static String completed(String received, JsonObject statement, String lowerCaseId, String added) {
        if (received == null || statement.containsKey("stored") || statement.containsKey("authority")
                || (statement.get("id") instanceof JsonString id && !id.getString().equals(lowerCaseId))
                || received.length() < 2 || received.charAt(0) != '{') {
            return null;
        }
        String members = received.substring(1).stripLeading();
        return "{" + added + (members.startsWith("}") ? "" : ",") + members;
    }
}
