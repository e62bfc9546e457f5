package org.firstshift.elearning.xapi.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.firstshift.elearning.xapi.application.Authority;
import org.firstshift.elearning.xapi.domain.XapiVersion;

import java.io.IOException;

/** The document resources (state, activity and agent profiles), activities and agents. */
@ApplicationScoped
public class XapiDocumentsEndpoint {

    /** Answers the request if the path is a document resource; false otherwise. */
    boolean handle(String path, HttpServletRequest request, HttpServletResponse response, Authority authority,
                   XapiVersion version) throws IOException {
        return false;
    }
}
