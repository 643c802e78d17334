package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the npm registry, installed by Maven under {@code src/test/axe}) in the page the browser shows
 * and reports its serious and critical violations, one line each with the elements concerned.
 */
final class AccessibilityCheck {

    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']})
              .then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                  + v.nodes.slice(0, 4).map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '')
                    .replace(/\\s+/g, ' ')).join(' | '))))
              .catch(e => done(['axe did not run: ' + e]));
            """;

    private static String axeSource;

    private AccessibilityCheck() {
    }

    /** The page's serious and critical violations; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(axe());
        }
        return (List<String>) js.executeAsyncScript(RUN_AXE);
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            Path file = Path.of(System.getProperty("e2e.axe", "src/test/axe/node_modules/axe-core/axe.min.js"));
            try {
                axeSource = Files.readString(file);
            } catch (IOException e) {
                throw new UncheckedIOException(file + " is missing: the e2e-tests build installs axe-core with "
                        + "`npm ci` in src/test/axe (run `mvn -pl e2e-tests verify`, or npm ci there)", e);
            }
        }
        return axeSource;
    }
}
