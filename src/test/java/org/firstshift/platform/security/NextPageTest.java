package org.firstshift.platform.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NextPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin/audit.xhtml", "/hr/employee.xhtml?id=7", "/"})
    void pathsInsideTheApplicationAreKept(String next) {
        assertEquals(next, NextPage.within(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil", "",
            "/login.xhtml?next=/x", "/oidc/login", "/oidc/callback?code=1", "/x\r\nSet-Cookie: a=b"})
    void anythingElseGoesHome(String next) {
        assertEquals(NextPage.HOME, NextPage.within(next));
    }

    @org.junit.jupiter.api.Test
    void nothingGoesHome() {
        assertEquals(NextPage.HOME, NextPage.within(null));
    }
}
