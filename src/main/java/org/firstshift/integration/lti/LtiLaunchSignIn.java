package org.firstshift.integration.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.firstshift.platform.security.LaunchSignIn;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The platform's sign-in hook for {@code POST /lti/launch}: checks the launch, signs in the employee
 * of a resource-link launch, and leaves the outcome (or the refusal) in a request attribute for
 * {@link LtiEndpoints}. A deep-linking request signs nobody in: its picker only lists activities.
 * Every refusal is logged at WARNING with its code, never with the token.
 */
@ApplicationScoped
public class LtiLaunchSignIn implements LaunchSignIn {
    private static final Logger LOG = Logger.getLogger(LtiLaunchSignIn.class.getName());
    static final String OUTCOME = "firstshift.lti.outcome";
    static final String REFUSAL = "firstshift.lti.refusal";
    static final String LAUNCH_PATH = "/lti/launch";

    @Inject
    LaunchCheck check;

    @Override
    public boolean handles(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && LAUNCH_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    public Optional<Launched> signIn(HttpServletRequest request) {
        try {
            LaunchCheck.Checked checked = check.check(request.getParameter("id_token"), request.getParameter("state"));
            request.setAttribute(OUTCOME, checked);
            if (checked.launch() == null) {
                return Optional.empty();
            }
            LOG.info(() -> "LTI launch of " + checked.launch().activityType() + ":" + checked.launch().activityRef()
                    + " by " + checked.launch().username() + " from platform " + checked.launch().platformId());
            return Optional.of(new Launched(checked.launch().username(), checked.launch().groups()));
        } catch (LaunchRefused refused) {
            LOG.warning(() -> "LTI launch refused (" + refused.reason() + "): " + refused.getMessage());
            request.setAttribute(REFUSAL, refused);
            return Optional.empty();
        } catch (RuntimeException e) {
            // A transaction rolled back by the container wraps the refusal.
            LaunchRefused refused = cause(e);
            if (refused == null) {
                throw e;
            }
            LOG.warning(() -> "LTI launch refused (" + refused.reason() + "): " + refused.getMessage());
            request.setAttribute(REFUSAL, refused);
            return Optional.empty();
        }
    }

    static LaunchRefused cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LaunchRefused r) {
                return r;
            }
        }
        return null;
    }
}
