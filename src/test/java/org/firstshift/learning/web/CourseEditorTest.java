package org.firstshift.learning.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CourseEditorTest {

    @Test
    void ruleIdsAreSeparatedByCommasOrSpacesTakenInUpperCaseAndListedOnce() {
        assertEquals(List.of("GREET-01", "GREET-02", "NEEDS-01"), CourseEditor.ruleIds(" GREET-01, greet-02  NEEDS-01;GREET-01 "));
        assertEquals(List.of(), CourseEditor.ruleIds("  "));
        assertEquals(List.of(), CourseEditor.ruleIds(null));
    }
}
