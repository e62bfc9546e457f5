package org.firstshift.integration.application;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventTypesTest {

    @Test
    void theClassNameIsTheEventType() {
        assertEquals("shadowing.plan.completed", EventTypes.of("ShadowingPlanCompleted"));
        assertEquals("certification.lapsed", EventTypes.of("CertificationLapsed"));
        assertEquals("tier.change.approved", EventTypes.of("TierChangeApproved"));
        assertEquals("exam.passed", EventTypes.of("ExamPassed"));
        assertEquals("hr.audit.submitted", EventTypes.of("HRAuditSubmitted"));
        assertEquals("event.types.test", EventTypes.of(EventTypesTest.class));
    }

    @Test
    void subscriptionsAreDottedLowerCaseWordsOrStar() {
        assertTrue(EventTypes.valid("*"));
        assertTrue(EventTypes.valid("audit.submitted"));
        assertFalse(EventTypes.valid("Audit Submitted"));
        assertFalse(EventTypes.valid("audit..submitted"));
    }

    @Test
    void urlsMustBeHttpOrHttpsAndOnTheAllowList() {
        assertNull(WebhookUrls.problem("https://hooks.example.com/in", List.of()));
        assertNull(WebhookUrls.problem("http://127.0.0.1:9999/x", List.of()));
        assertTrue(WebhookUrls.problem("file:///etc/passwd", List.of()).contains("only http and https"));
        assertTrue(WebhookUrls.problem("gopher://x/", List.of()).contains("only http and https"));
        assertTrue(WebhookUrls.problem("https://user:pw@hooks.example.com/", List.of()).contains("user name"));
        assertTrue(WebhookUrls.problem("not a url", List.of()) != null);
        assertNull(WebhookUrls.problem("https://a.intranet.example.com/x", List.of("hooks.example.com", ".intranet.example.com")));
        assertTrue(WebhookUrls.problem("https://evil.example.net/x", List.of("hooks.example.com")).contains("allowed-hosts"));
    }
}
