package org.firstshift.integration.lti;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GradePassBackTest {

    @Test
    void scoresGoToTheLineItemsScoresAddressKeepingItsQuery() {
        assertEquals("https://lms.example/api/lti/courses/7/line_items/3/scores",
                GradePassBack.scoresUrl("https://lms.example/api/lti/courses/7/line_items/3").toString());
        assertEquals("https://lms.example/mod/lti/services.php/2/lineitems/9/lineitem/scores?type_id=1",
                GradePassBack.scoresUrl("https://lms.example/mod/lti/services.php/2/lineitems/9/lineitem?type_id=1").toString());
        assertEquals("http://127.0.0.1:8000/lineitems/x/scores", GradePassBack.scoresUrl("http://127.0.0.1:8000/lineitems/x/").toString());
    }
}
