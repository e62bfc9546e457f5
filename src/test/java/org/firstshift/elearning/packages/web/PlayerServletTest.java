package org.firstshift.elearning.packages.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the API shim goes into a SCO's page, and the policy the content runs under. */
class PlayerServletTest {

    @Test
    void theShimComesFirstInTheHead() {
        assertEquals("<html><HEAD lang=\"en\"><s/><title>x</title></HEAD></html>",
                PlayerServlet.inject("<html><HEAD lang=\"en\"><title>x</title></HEAD></html>", "<s/>"));
        assertEquals("<!doctype html><s/><p>no head</p>", PlayerServlet.inject("<!doctype html><p>no head</p>", "<s/>"));
        assertEquals("<s/><p>bare</p>", PlayerServlet.inject("<p>bare</p>", "<s/>"));
        assertEquals("<html><header>x</header><head><s/></head>", PlayerServlet.inject("<html><header>x</header><head></head>", "<s/>"),
                "<header> is not <head>");
    }

    @Test
    void theContentRunsSandboxedWithoutTheLmsOrigin() {
        assertTrue(PlayerServlet.POLICY.startsWith("sandbox allow-scripts allow-forms;"));
        assertFalse(PlayerServlet.POLICY.contains("allow-same-origin"));
        assertTrue(PlayerServlet.POLICY.contains("connect-src 'none'") && PlayerServlet.POLICY.contains("frame-ancestors 'self'"));
    }
}
