package org.firstshift.platform.activity;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActivityTypesTest {

    @Test
    void anUnknownTypeDegradesToAnUnavailableStandIn() {
        ActivityType missing = new ActivityTypes.Unavailable("scorm2004");
        assertEquals("scorm2004", missing.key());
        assertTrue(missing.features().isEmpty());
        assertFalse(missing.supports(ActivityFeature.GRADED));
        assertEquals("/activity-unavailable.xhtml", missing.learnerView());
        assertEquals(Integer.MAX_VALUE, missing.order(), "unavailable types sort last");
    }
}
