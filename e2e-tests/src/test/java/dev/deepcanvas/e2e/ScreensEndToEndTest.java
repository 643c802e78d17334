package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Every main screen at 1440, 1366, 1280 and 1024 pixels, and the read-only ones at a phone's 390: the primary actions are
 * in view without scrolling sideways, axe-core finds no serious or critical violation, and a screenshot of each is
 * saved under {@code target/screenshots/screens/}. The editor is also checked with problems in its status text,
 * which used to push Train off the screen.
 */
class ScreensEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofSeconds(180);

    /** A page to check: where it is, what shows it has loaded, and the actions that must be in view. */
    private record Screen(String name, String path, String loaded, List<String> primaryActions) {
    }

    @Test
    @SignedIn("surveyor")
    void everyMainScreenFitsEveryWidthAndPassesAxe(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        Viewport.resize(driver, 1440);
        String runPage = train(driver);
        long publicId = graphId(driver, app);
        String editor = app.baseUrl() + "/editor/" + publicId;
        String sharedLink = shareLink(driver, editor);

        List<Screen> signedIn = List.of(
                new Screen("editor", editor, "#graph-canvas .react-flow__node",
                        List.of("#train-button", "#save-button", "#share-button", "#undo-button")),
                new Screen("my-graphs", app.baseUrl() + "/graphs", "#graphs-grid", List.of("#new-graph-menu")),
                new Screen("gallery", app.baseUrl() + "/gallery", "#gallery-cards .gallery-card",
                        List.of("#family-filter", ".gallery-card .gallery-open")),
                new Screen("runs", app.baseUrl() + "/runs", "#runs-grid", List.of("#compare-button")),
                new Screen("run-page", runPage, "#detail-status", List.of("#download-model", "#detail-delete")),
                new Screen("datasets", app.baseUrl() + "/datasets", "#builtin-datasets",
                        List.of("#upload-dataset-button")),
                new Screen("community", app.baseUrl() + "/community", "#community-grid",
                        List.of("#community-search")),
                new Screen("community-graph", app.baseUrl() + "/community/" + publicId, "#shared-title",
                        List.of("#graph-canvas")),
                new Screen("shared-graph", sharedLink, "#shared-title", List.of("#fork-button")));
        List<String> problems = new ArrayList<>();
        for (int width : Viewport.DESKTOP_WIDTHS) {
            Viewport.resize(driver, width);
            for (Screen screen : signedIn) {
                check(browser, screen, width, problems);
            }
        }
        // The read-only pages on a phone.
        Viewport.resize(driver, Viewport.PHONE_WIDTH);
        for (Screen screen : signedIn) {
            if (List.of("gallery", "run-page", "community", "community-graph", "shared-graph")
                    .contains(screen.name())) {
                check(browser, screen, Viewport.PHONE_WIDTH, problems);
            }
        }

        // With problems in the status text ("… · 2 problems"), Train still fits, down to 1024 px.
        Viewport.resize(driver, 1440);
        driver.get(editor);
        Canvas canvas = new Canvas(driver);
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.nodeIds().size() == 3);
        canvas.addFromPalette("Conv2D");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the status to count problems" + Pages.describe(driver))
                .until(d -> d.findElement(By.id("graph-totals")).getText().contains("problem"));
        for (int width : Viewport.DESKTOP_WIDTHS) {
            Viewport.resize(driver, width);
            Pages.awaitVaadinIdle(driver);
            List<String> hidden = Viewport.notInView(driver, List.of("#train-button", "#save-button", "#share-button"));
            if (!hidden.isEmpty() || !Viewport.sidewaysScroll(driver).isEmpty()) {
                problems.add("editor with problems at " + width + " px: cut off " + hidden + ", scrolls "
                        + Viewport.sidewaysScroll(driver));
            }
            browser.screenshot("screens/" + width + "/editor-with-problems.png");
        }
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
        Pages.awaitVaadinIdle(driver);

        // Signed out: sign-in, sign-up, the shared link and the community, at every width and on a phone.
        try (Browser visitor = Browser.start()) {
            WebDriver v = visitor.driver();
            List<Screen> signedOut = List.of(
                    new Screen("sign-in", app.baseUrl() + "/login", "#login-form", List.of("#login-form")),
                    new Screen("sign-up", app.baseUrl() + "/signup", "#signup-button", List.of("#signup-button")),
                    new Screen("shared-graph-visitor", sharedLink, "#shared-title", List.of("#signup-to-fork")),
                    new Screen("community-visitor", app.baseUrl() + "/community", "#community-grid",
                            List.of("#community-search", "#nav-sign-up")));
            for (int width : Viewport.DESKTOP_WIDTHS) {
                Viewport.resize(v, width);
                for (Screen screen : signedOut) {
                    check(visitor, screen, width, problems);
                }
            }
            Viewport.resize(v, Viewport.PHONE_WIDTH);
            for (Screen screen : signedOut) {
                check(visitor, screen, Viewport.PHONE_WIDTH, problems);
            }
        }
        assertThat(problems).as("screens with actions out of view, sideways scrolling or axe violations").isEmpty();
    }

    private static void check(Browser browser, Screen screen, int width, List<String> problems) {
        WebDriver driver = browser.driver();
        driver.get(screen.path());
        Pages.waitUpTo(driver, WAIT).withMessage(() -> screen.name() + " at " + width + " px" + Pages.describe(driver))
                .until(d -> !d.findElements(By.cssSelector(screen.loaded())).isEmpty());
        Pages.awaitVaadinIdle(driver);
        String where = screen.name() + " at " + width + " px (" + Viewport.size(driver) + ")";
        List<String> hidden = Viewport.notInView(driver, screen.primaryActions());
        if (!hidden.isEmpty()) {
            problems.add(where + ": primary actions not in view: " + hidden);
        }
        String sideways = Viewport.sidewaysScroll(driver);
        if (!sideways.isEmpty()) {
            problems.add(where + ": scrolls sideways: " + sideways);
        }
        AccessibilityCheck.seriousViolations(driver).forEach(v -> problems.add(where + ": axe: " + v));
        browser.screenshot("screens/" + width + "/" + screen.name() + ".png");
    }

    /** Trains the starter graph for a few epochs from the editor; returns the run's page. */
    private static String train(WebDriver driver) {
        Pages.waitUpTo(driver, WAIT).until(d -> new Canvas(d).nodeIds().size() == 3);
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("train-button"))).click();
        StartDialog.awaitOpen(driver);
        StartDialog.setField(driver, "start-epochs", "5");
        StartDialog.start(driver);
        Pages.waitUpTo(driver, TRAINING).withMessage(() -> "the run to succeed" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("run-status"))).equals("Succeeded"));
        WebElement detail = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("run-detail-link")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", detail);
        Pages.waitUpTo(driver, WAIT).until(d -> d.getCurrentUrl().matches(".*/runs/[0-9]+$"));
        return driver.getCurrentUrl();
    }

    /** The id of the account's only graph, as My graphs lists it. */
    private static long graphId(WebDriver driver, AppProcess app) {
        driver.get(app.baseUrl() + "/graphs");
        WebElement row = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.cssSelector("[data-graph]")));
        return Long.parseLong(row.getDomAttribute("data-graph"));
    }

    /** Shares the graph by link with its results, lists it publicly, and returns the link. */
    private static String shareLink(WebDriver driver, String editor) {
        driver.get(editor);
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("share-button"))).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("share-with-runs"))).click();
        driver.findElement(By.id("create-link")).click();
        String link = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("share-link")))
                .getDomProperty("value");
        driver.findElement(By.id("share-public")).click();
        Pages.awaitVaadinIdle(driver);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        return link;
    }
}
