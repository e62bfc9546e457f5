package org.firstshift.platform.security.oidc;

import org.firstshift.platform.security.Role;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleMappingTest {

    private final RoleMapping mapping = RoleMapping.parse("fs-learners=LEARNER, fs-hr=HR,fs-leads=mentor,fs-leads=LEARNER");

    @Test
    void mappedGroupsGrantTheirRoles() {
        assertEquals(EnumSet.of(Role.HR), mapping.rolesFor(List.of("fs-hr")));
        assertEquals(EnumSet.of(Role.LEARNER, Role.HR), mapping.rolesFor(List.of("fs-learners", "fs-hr")));
    }

    @Test
    void aGroupListedTwiceGrantsBothRoles() {
        assertEquals(EnumSet.of(Role.MENTOR, Role.LEARNER), mapping.rolesFor(List.of("fs-leads")));
    }

    @Test
    void aClaimValueThatIsARoleNameGrantsThatRoleInAnyCase() {
        assertEquals(EnumSet.of(Role.AUDITOR, Role.AUTHOR), mapping.rolesFor(List.of("auditor", "AUTHOR")));
        assertEquals(EnumSet.of(Role.MENTOR), RoleMapping.none().rolesFor(List.of("Mentor")));
    }

    @Test
    void groupNamesAreMatchedExactlyAndUnknownValuesGrantNothing() {
        assertTrue(mapping.rolesFor(List.of("FS-HR", "fs-hr ", "everyone", "")).isEmpty());
        assertTrue(mapping.rolesFor(List.of()).isEmpty());
    }

    @Test
    void anEmptySettingMapsNothing() {
        assertEquals(0, RoleMapping.parse(null).size());
        assertEquals(0, RoleMapping.parse("  ").size());
        assertEquals(1, RoleMapping.parse("fs-hr=HR,").size());
    }

    @Test
    void aGroupNameMayContainAnEqualsSign() {
        assertEquals(Set.of(Role.HR), RoleMapping.parse("cn=fs-hr=HR").rolesFor(List.of("cn=fs-hr")));
    }

    @Test
    void mistakesAreRefusedNamingTheEntry() {
        var unknownRole = assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("fs-hr=HR,fs-boss=BOSS"));
        assertTrue(unknownRole.getMessage().contains("fs-boss=BOSS"), unknownRole.getMessage());
        var noRole = assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("fs-hr"));
        assertTrue(noRole.getMessage().contains("group=ROLE"), noRole.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RoleMapping.parse("=HR"));
    }
}
