package org.firstshift.testing;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WCAG 2.1 AA check of a page: axe-core (the npm package, as the WebJar
 * {@code org.webjars.npm:axe-core} from Maven Central, so {@code mvn verify} needs no npm) is
 * injected into the page the browser shows and run with the WCAG 2.0/2.1 A and AA rule tags only.
 * Every violation fails the check with its rule id, impact, the CSS selectors of the offending
 * elements and axe's help text, so the message alone says what to fix.
 * <p>
 * No rule is switched off: a page with FirstShift's markup or PrimeFaces widgets must pass them all.
 * {@code -Daxe.script=node_modules/axe-core/axe.min.js} runs a newer axe from npm instead.
 */
public final class Accessibility {
    /** The WebJar's path of the script; the version is the test dependency's (see pom.xml). */
    private static final String AXE_SCRIPT = "META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
               .then(function (r) {
                   done(r.violations.map(function (v) {
                       return {id: v.id, impact: String(v.impact), help: v.help,
                               targets: v.nodes.map(function (n) { return n.target.join(' ') + ' :: ' + n.html.substring(0, 160); })};
                   }));
               })
               .catch(function (e) { done([{id: 'axe-error', impact: 'n/a', help: String(e), targets: []}]); });
            """;
    private static String script;

    private Accessibility() {
    }

    /** Runs axe on the page the driver shows and fails with every WCAG 2.1 A/AA violation found. */
    public static void assertNoViolations(WebDriver driver) {
        List<String> violations = violations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("WCAG 2.1 AA violations on " + driver.getCurrentUrl() + ":\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** The violations on the current page, one line each: id [impact] help: target selectors. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axeScript());
        }
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            lines.add(v.get("id") + " [" + v.get("impact") + "] " + v.get("help") + ": " + v.get("targets"));
        }
        return lines;
    }

    private static synchronized String axeScript() {
        if (script == null && System.getProperty("axe.script") != null) {
            // A newer axe.min.js from `npm install axe-core`, to try a release Maven Central lacks.
            try {
                script = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("axe.script")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (script == null) {
            try (InputStream in = Accessibility.class.getClassLoader().getResourceAsStream(AXE_SCRIPT)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is missing from the test class path (" + AXE_SCRIPT
                            + "): the test dependency org.webjars.npm:axe-core provides it");
                }
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return script;
    }

    /** The WebJar's own version (from its pom.properties), so upgrading it is a pom.xml change only. */
    private static String version() {
        try (InputStream in = Accessibility.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is missing from the test class path: "
                        + "the test dependency org.webjars.npm:axe-core provides it");
            }
            java.util.Properties p = new java.util.Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
