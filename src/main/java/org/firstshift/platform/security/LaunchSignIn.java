package org.firstshift.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Optional;
import java.util.Set;

/**
 * How {@link FirstShiftAuthentication} signs in a person who arrives with a signed message from
 * another system (an LTI 1.3 launch from another learning platform) without knowing the protocol:
 * the integration module implements it (a CDI bean). The platform only asks "is this such a
 * message" and "whom does it sign in"; checking signatures, nonces and mapping the person to an
 * account belong to the module, which also leaves the outcome for its own endpoint to show.
 */
public interface LaunchSignIn {

    /** Whether the request is a launch this bean answers (checked before the session is looked at). */
    boolean handles(HttpServletRequest request);

    /** The person to sign in for this session, or empty (refused, or a message that signs nobody in). */
    Optional<Launched> signIn(HttpServletRequest request);

    /** The principal name and groups the launch signs in. */
    record Launched(String name, Set<String> groups) {
        public Launched {
            groups = Set.copyOf(groups);
        }
    }
}
