package org.firstshift.it;

import org.firstshift.testing.Api;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The author pages belong to authors (and admins); everyone else is refused, strangers sign in first. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringSecurityIT {

    @ArquillianResource
    URL base;

    @ParameterizedTest(name = "{0} opens {1} -> {2}")
    @CsvSource({
            "newhire, /author/standard.xhtml?code=RETAIL,    403",
            "newhire, /author/course.xhtml?code=STORE-BASICS, 403",
            "newhire, /author/draft.xhtml?code=RETAIL,       403",
            "newhire, /author/review.xhtml?code=RETAIL,      403",
            "newhire, /author/rule.xhtml?id=GREET-01,        403",
            "hr,      /author/standard.xhtml?code=RETAIL,    403",
            "hr,      /author/course.xhtml?code=STORE-BASICS, 403",
            "hr,      /author/rule.xhtml?id=GREET-01,        403",
            "mentor,  /author/standard.xhtml?code=RETAIL,    403",
            "auditor, /author/course.xhtml?code=STORE-BASICS, 403",
            "author,  /author/standard.xhtml?code=RETAIL,    200",
            "author,  /author/course.xhtml?code=STORE-BASICS, 200",
            "author,  /author/rule.xhtml?id=GREET-01,        200",
            "author,  /author/review.xhtml?code=RETAIL,      200",
            "admin,   /author/standard.xhtml?code=RETAIL,    200",
            "admin,   /author/course.xhtml?code=STORE-BASICS, 200",
            "author,  /author/standard.xhtml?code=NO-SUCH,   404",
            "author,  /author/rule.xhtml?id=NOPE-99,         404",
    })
    void authorPagesBelongToAuthors(String user, String page, int expected) {
        assertEquals(expected, Api.as(base, user).get(page).status());
    }

    @Test
    void strangersAreSentToSignIn() {
        Api.Reply reply = Api.anonymous(base).get("/author/course.xhtml?code=STORE-BASICS");
        assertEquals(302, reply.status());
        assertTrue(reply.header("Location").contains("/login.xhtml"), reply.header("Location"));
    }

    @Test
    void theRuleTraceShowsTheDemoLessonThatTeachesTheRule() {
        Api.Reply page = Api.as(base, "author").get("/author/rule.xhtml?id=GREET-01");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("L-GREET"), "STORE-BASICS lesson L-GREET teaches GREET-01");
        assertTrue(page.body().contains("/author/course.xhtml?code=STORE-BASICS#L-GREET"));
    }
}
