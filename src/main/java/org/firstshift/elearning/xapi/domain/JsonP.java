package org.firstshift.elearning.xapi.domain;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every {@code JsonP.JSON.createXxx} call looks the provider up again
 * through the service loader, which showed as the top cost of statement ingest in bench/xapi.
 */
public final class JsonP {
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonP() {
    }
}
