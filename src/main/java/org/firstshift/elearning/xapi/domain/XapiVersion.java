package org.firstshift.elearning.xapi.domain;

import java.util.Optional;

/** The xAPI versions this LRS speaks, chosen per request by the X-Experience-API-Version header. */
public enum XapiVersion {
    V1_0_3("1.0.3"), V2_0_0("2.0.0");

    public static final String HEADER = "X-Experience-API-Version";
    private final String text;

    XapiVersion(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** 1.0.0 to 1.0.x are answered as 1.0.3 (patch versions are compatible); 2.0.x as 2.0.0. */
    public static Optional<XapiVersion> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.trim();
        if (h.matches("1\\.0(\\.\\d+)?")) {
            return Optional.of(V1_0_3);
        }
        if (h.matches("2\\.0(\\.\\d+)?")) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }
}
