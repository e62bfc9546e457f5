package org.firstshift.platform.security;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleGrantsTest {

    @Test
    void hrGrantsOnlyLearnerAndMentor() {
        assertEquals(Set.of(), RoleGrants.refused(RoleGrants.Caller.HR, EnumSet.of(Role.LEARNER, Role.MENTOR)));
        assertEquals(EnumSet.of(Role.HR, Role.AUTHOR, Role.AUDITOR, Role.ADMIN),
                RoleGrants.refused(RoleGrants.Caller.HR, EnumSet.allOf(Role.class)));
    }

    @Test
    void hrManagesOnlyLoginsThatHoldNothingMoreThanLearnerAndMentor() {
        assertTrue(RoleGrants.mayManage(RoleGrants.Caller.HR, EnumSet.of(Role.LEARNER, Role.MENTOR)));
        assertTrue(RoleGrants.mayManage(RoleGrants.Caller.HR, EnumSet.noneOf(Role.class)));
        assertFalse(RoleGrants.mayManage(RoleGrants.Caller.HR, EnumSet.of(Role.ADMIN)));
        assertFalse(RoleGrants.mayManage(RoleGrants.Caller.HR, EnumSet.of(Role.LEARNER, Role.HR)));
    }

    @Test
    void adminsAndTheSystemMayDoAnythingProvisioningAllButAdmin() {
        assertEquals(Set.of(), RoleGrants.refused(RoleGrants.Caller.ADMIN, EnumSet.allOf(Role.class)));
        assertEquals(Set.of(), RoleGrants.refused(RoleGrants.Caller.SYSTEM, EnumSet.allOf(Role.class)));
        assertEquals(EnumSet.of(Role.ADMIN), RoleGrants.refused(RoleGrants.Caller.PROVISIONING, EnumSet.allOf(Role.class)));
        assertFalse(RoleGrants.mayManage(RoleGrants.Caller.PROVISIONING, EnumSet.of(Role.ADMIN)));
        assertTrue(RoleGrants.mayManage(RoleGrants.Caller.PROVISIONING, EnumSet.of(Role.HR)));
    }

    @Test
    void anyoneElseGrantsNothing() {
        assertEquals(EnumSet.of(Role.LEARNER), RoleGrants.refused(RoleGrants.Caller.OTHER, EnumSet.of(Role.LEARNER)));
    }
}
