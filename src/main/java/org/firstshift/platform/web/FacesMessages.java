package org.firstshift.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.firstshift.platform.api.InvalidInputException;
import org.firstshift.platform.api.ProblemItem;

/** Shows domain outcomes on pages: one message per problem, naming where it is. */
public final class FacesMessages {
    private FacesMessages() {
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to (post-redirect-get). */
    public static void keepAcrossRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public static void problems(InvalidInputException e) {
        if (e.problems().isEmpty()) {
            error(e.getMessage());
        }
        for (ProblemItem p : e.problems()) {
            // A form field's internal name ("column rule: ...") means nothing on a page; a file's line does.
            error(p.file() == null && p.row() == null ? p.message() : p.describe());
        }
    }

    /** Runs a change; domain refusals become messages instead of error pages. Returns whether it worked. */
    public static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof InvalidInputException) && !(cause instanceof IllegalArgumentException)) {
                cause = cause.getCause();
            }
            if (cause instanceof InvalidInputException invalid) {
                problems(invalid);
            } else if (cause instanceof IllegalArgumentException illegal) {
                error(illegal.getMessage());
            } else {
                throw e;
            }
            return false;
        }
    }
}
