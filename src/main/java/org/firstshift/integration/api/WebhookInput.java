package org.firstshift.integration.api;

import java.util.List;

/** A receiver to register: its URL, the event types it wants ("*" for all) and a note. */
public record WebhookInput(String url, List<String> eventTypes, String description) {
}
