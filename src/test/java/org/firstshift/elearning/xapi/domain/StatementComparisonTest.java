package org.firstshift.elearning.xapi.domain;

import org.junit.jupiter.api.Test;

import static org.firstshift.elearning.xapi.domain.StatementValidatorTest.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementComparisonTest {
    static final String BASE = "\"actor\":{\"mbox\":\"mailto:a@example.com\"},\"verb\":{\"id\":\"http://x.example/v\"},\"object\":{\"id\":\"http://x.example/a\"}";

    @Test
    void lrsSetPropertiesDoNotCount() {
        assertTrue(StatementComparison.same(
                json("{" + BASE + ",\"id\":\"6fbd600f-d17c-4c74-801a-2ec2e53231c7\",\"stored\":\"2026-01-01T00:00:00Z\",\"authority\":{\"mbox\":\"mailto:k@x.y\"},\"version\":\"1.0.0\",\"timestamp\":\"2026-01-01T00:00:00Z\"}"),
                json("{" + BASE + ",\"id\":\"6FBD600F-D17C-4C74-801A-2EC2E53231C7\"}")));
    }

    @Test
    void timestampsCompareAsInstants() {
        assertTrue(StatementComparison.same(json("{" + BASE + ",\"timestamp\":\"2026-01-01T03:00:00+03:00\"}"),
                json("{" + BASE + ",\"timestamp\":\"2026-01-01T00:00:00Z\"}")));
        assertFalse(StatementComparison.same(json("{" + BASE + ",\"timestamp\":\"2026-01-01T03:00:00Z\"}"),
                json("{" + BASE + ",\"timestamp\":\"2026-01-01T00:00:00Z\"}")));
    }

    @Test
    void differentContentDiffers() {
        assertFalse(StatementComparison.same(json("{" + BASE + "}"), json("{" + BASE + ",\"result\":{\"success\":true}}")));
    }
}
