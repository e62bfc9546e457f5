package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    @Test
    void rolesParseWithoutCaseAndUnknownOnesAreEmpty() {
        assertEquals(Role.MENTOR, Role.parse(" mentor ").orElseThrow());
        assertTrue(Role.parse("CEO").isEmpty());
        assertTrue(Role.parse(null).isEmpty());
    }

    @Test
    void eachRoleHasItsOwnHomeFolder() {
        assertEquals("/hr/home.xhtml", Role.HR.homePage());
        assertEquals("/learner/home.xhtml", Role.LEARNER.homePage());
    }

    @Test
    void theMostSeniorRoleDecidesTheLandingPage() {
        assertEquals(Role.ADMIN, Role.homePriority().get(0));
        assertTrue(Role.homePriority().indexOf(Role.MENTOR) < Role.homePriority().indexOf(Role.LEARNER),
                "a mentor who is also a learner lands on the mentor page");
    }

    @Test
    void userNamesAreShortLowerCaseAndSafe() {
        assertTrue(Usernames.isValid("newhire"));
        assertTrue(Usernames.isValid("anna.petrova@northwind"));
        assertFalse(Usernames.isValid("Anna"));
        assertFalse(Usernames.isValid("a b"));
        assertFalse(Usernames.isValid("x"));
        assertFalse(Usernames.isValid("<script>"));
    }
}
