package org.firstshift.it;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment every integration and browser test shares: the real WAR that {@code package}
 * built, deployed once into one Payara Micro per database run. Tests are black-box clients.
 */
@ArquillianSuiteDeployment
public class SuiteDeployment {

    @Deployment(testable = false)
    public static WebArchive firstshift() {
        File war = new File(System.getProperty("firstshift.war", "target/firstshift.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
