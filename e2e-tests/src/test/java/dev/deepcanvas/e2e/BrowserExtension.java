package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Gives each test method a fresh {@link Browser} (declare a {@code Browser} parameter) and quits it afterwards.
 *
 * <p>When the test fails, before the browser is closed, it saves what the browser showed under
 * {@code target/failures/}: {@code <Class>.<method>.png} (screenshot), {@code .html} (page source) and
 * {@code .txt} (URL, title, the failure and the browser console).
 */
public final class BrowserExtension
        implements ParameterResolver, TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return browserFor(extensionContext);
    }

    /** The test method's browser, started on first use; other extensions prepare it through this method. */
    static Browser browserFor(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .getOrComputeIfAbsent(BrowserResource.class, key -> new BrowserResource(Browser.start()),
                        BrowserResource.class)
                .browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        saveFailureArtifacts(context, throwable);
        throw throwable;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        saveFailureArtifacts(context, throwable);
        throw throwable;
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        saveFailureArtifacts(context, throwable);
        throw throwable;
    }

    /** Saves what the test method's browser shows, if it has one; see the class comment. */
    static void saveFailureArtifacts(ExtensionContext context, Throwable failure) {
        BrowserResource resource = context.getStore(NAMESPACE).get(BrowserResource.class, BrowserResource.class);
        if (resource == null) {
            return;
        }
        String testName = E2ePaths.safeFileName(context.getRequiredTestClass().getSimpleName() + "."
                + context.getTestMethod().map(m -> m.getName()).orElse(context.getDisplayName()));
        Path dir = E2ePaths.failuresDir();
        List<String> problems = new ArrayList<>();
        WebDriver driver = resource.browser.driver();

        try {
            resource.browser.screenshot(dir.resolve(testName + ".png"));
        } catch (RuntimeException e) {
            problems.add("screenshot: " + e);
        }
        String url = "";
        String title = "";
        try {
            url = driver.getCurrentUrl();
            title = driver.getTitle();
            write(dir.resolve(testName + ".html"), driver.getPageSource());
        } catch (RuntimeException e) {
            problems.add("page source: " + e);
        }

        StringBuilder report = new StringBuilder()
                .append("test: ").append(context.getDisplayName()).append('\n')
                .append("url: ").append(url).append('\n')
                .append("title: ").append(title).append('\n');
        problems.forEach(p -> report.append("could not save ").append(p).append('\n'));
        report.append("\nbrowser console:\n");
        try {
            for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
                report.append("  ").append(entry.getLevel()).append(' ').append(entry.getMessage()).append('\n');
            }
        } catch (RuntimeException e) {
            report.append("  (not available: ").append(e.getClass().getSimpleName()).append(")\n");
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        report.append("\nfailure:\n").append(trace);
        write(dir.resolve(testName + ".txt"), report.toString());
        System.err.println("[e2e] failure artifacts saved as " + dir.resolve(testName) + ".{png,html,txt}");
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("[e2e] cannot write " + file + ": " + e);
        }
    }

    /** Quits the browser when JUnit closes the test method's store, after the failure handlers have run. */
    private static final class BrowserResource implements ExtensionContext.Store.CloseableResource {
        private final Browser browser;

        private BrowserResource(Browser browser) {
            this.browser = browser;
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
