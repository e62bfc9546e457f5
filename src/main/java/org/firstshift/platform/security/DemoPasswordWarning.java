package org.firstshift.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The demo company signs in with passwords equal to the user names (admin/admin). That is right for
 * the zero-set-up demo on http://localhost, and a takeover anywhere real. So when FirstShift is
 * published over https ({@code firstshift.public-url}) and a privileged demo login still has its demo
 * password, every start logs a loud SEVERE warning naming the logins to change or deactivate.
 * (The production image also turns demo loading off: {@code FIRSTSHIFT_CONTENT_LOAD_ON_EMPTY=false}.)
 */
@Singleton
@Startup
@DependsOn({"Migrations", "ContentBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoPasswordWarning {
    private static final Logger LOG = Logger.getLogger(DemoPasswordWarning.class.getName());

    /** The demo logins that can do harm beyond their own learning (content/demo/people.yaml). */
    static final List<String> DEMO_LOGINS = List.of("admin", "hr", "author", "auditor", "mentor");

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "firstshift.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    @PostConstruct
    void check() {
        if (!isPublished(publicUrl)) {
            return; // the local demo: checking would only slow every start down
        }
        List<String> open = DEMO_LOGINS.stream().filter(name -> accounts.verify(name, name).isPresent()).toList();
        warning(publicUrl, open).ifPresent(LOG::severe);
    }

    /** Whether this address is a real publication (https), as opposed to the local demo. */
    static boolean isPublished(String url) {
        return url != null && url.strip().toLowerCase(Locale.ROOT).startsWith("https://");
    }

    /** The warning to log, if demo logins with demo passwords are reachable at a published address. */
    static Optional<String> warning(String url, List<String> loginsWithDemoPasswords) {
        if (!isPublished(url) || loginsWithDemoPasswords.isEmpty()) {
            return Optional.empty();
        }
        String bar = "*".repeat(78);
        return Optional.of("\n" + bar + "\n SECURITY: FirstShift is published at " + url.strip()
                + " and the demo login(s) " + String.join(", ", loginsWithDemoPasswords)
                + " still have their demo password (the user name).\n Anyone can sign in as them. Set new passwords or"
                + " deactivate them now (HR > Employees, as an admin), and keep\n FIRSTSHIFT_CONTENT_LOAD_ON_EMPTY=false"
                + " in production so an empty database never gets the demo company.\n" + bar);
    }
}
