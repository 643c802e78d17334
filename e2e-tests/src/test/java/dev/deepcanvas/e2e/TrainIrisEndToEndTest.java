package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The walking skeleton from the user's side: the packaged jar on a fresh data directory, the template graph on
 * the canvas, Train (the dialog proposes Iris), the held-out accuracy pushed to the page, and the run still listed after a restart.
 */
class TrainIrisEndToEndTest {

    private static final Duration CANVAS_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration ELEMENT_TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> TEMPLATE_NODE_IDS = List.of("input", "dense1", "output");
    private static final double MIN_ACCURACY = 0.8;

    /** React Flow may render inside the adapter's light DOM or a shadow root; look in both. */
    private static final String CANVAS_NODE_IDS_SCRIPT = """
            const canvas = document.getElementById('graph-canvas');
            if (!canvas) { return null; }
            const nodes = [...canvas.querySelectorAll('.react-flow__node'),
                           ...(canvas.shadowRoot ? canvas.shadowRoot.querySelectorAll('.react-flow__node') : [])];
            return nodes.map(node => node.getAttribute('data-id'));
            """;

    /** The application under test, kept for the helpers' failure messages. */
    private AppProcess app;

    /** An application of its own: the test restarts it, which must not pull the shared one from under others. */
    @Test
    @SignedIn(value = "iris-trainer", ownApplication = true)
    void trainsIrisFromTheCanvasAndListsTheRunAfterARestart(Browser browser, AppProcess app, Account trainer) {
        this.app = app;
        WebDriver driver = browser.driver();

        driver.get(app.baseUrl());
        awaitTemplateGraphOnCanvas(driver);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("editor.png");

        // A marker on the window proves later that the result arrived by server push, not by a reload.
        ((JavascriptExecutor) driver).executeScript("window.deepcanvasE2eMarker = 'before-train';");
        clickTrain(driver);
        String dataset = StartDialog.awaitOpen(driver);
        assertThat(dataset).as("the Train dialog must propose Iris for the Iris template" + Pages.describe(driver))
                .containsIgnoringCase("iris");
        assertThat(StartDialog.fits(driver)).as("#dataset-fit[data-fits] for the Iris template on Iris")
                .isEqualTo("true");
        browser.screenshot("start-dialog.png");
        StartDialog.start(driver);
        awaitRunSucceeded(driver);
        String accuracyText = awaitAccuracy(driver);
        double accuracy = Double.parseDouble(accuracyText);
        System.out.println("[e2e] held-out accuracy (data-accuracy) " + accuracyText);
        assertThat(accuracy)
                .as("held-out Iris accuracy shown in #run-accuracy[data-accuracy]" + Pages.describe(driver))
                .isGreaterThanOrEqualTo(MIN_ACCURACY);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.deepcanvasE2eMarker || null;"))
                .as("the page must show the result by server push, without reloading after Train")
                .isEqualTo("before-train");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("run-finished.png");

        // Leave the app's page first: once the new process is up, the old page's push connection finds its session
        // gone and reloads itself, and a reload racing the navigation below can hang Chromium's renderer.
        driver.get("about:blank");
        app.restart();
        // Sessions do not survive a restart; the account and its runs do.
        driver.get(app.baseUrl() + "/login");
        Accounts.signIn(driver, trainer);
        driver.get(app.baseUrl() + "/runs");
        awaitRunListed(driver, accuracyText);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("runs.png");
    }

    private void awaitTemplateGraphOnCanvas(WebDriver driver) {
        AtomicReference<String> observed = new AtomicReference<>("nothing yet");
        Pages.waitUpTo(driver, CANVAS_TIMEOUT)
                .withMessage(() -> "Expected the canvas (element #graph-canvas) to show the template's React Flow "
                        + "nodes (.react-flow__node) with data-id " + TEMPLATE_NODE_IDS + "; found " + observed.get()
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> {
                    List<String> ids = canvasNodeIds(d);
                    if (ids == null) {
                        observed.set("no element with id graph-canvas");
                        return false;
                    }
                    observed.set("nodes with data-id " + ids);
                    return ids.size() == TEMPLATE_NODE_IDS.size()
                            && new HashSet<>(ids).equals(new HashSet<>(TEMPLATE_NODE_IDS));
                });
    }

    @SuppressWarnings("unchecked")
    private static List<String> canvasNodeIds(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(CANVAS_NODE_IDS_SCRIPT);
    }

    private void clickTrain(WebDriver driver) {
        WebElement train = Pages.waitUpTo(driver, ELEMENT_TIMEOUT)
                .withMessage(() -> "Expected an enabled, visible Train button (element #train-button)"
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElements(By.id("train-button")).stream()
                        .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null)
                        .findFirst()
                        .orElse(null));
        train.click();
    }

    /** Waits for a final status, remembering the ones passed through; {@code Failed} fails at once. */
    private void awaitRunSucceeded(WebDriver driver) {
        Set<String> statuses = new LinkedHashSet<>();
        String last = Pages.waitUpTo(driver, TRAINING_TIMEOUT)
                .withMessage(() -> "Expected #run-status to reach \"Succeeded\" within " + TRAINING_TIMEOUT.toSeconds()
                        + " s of pressing Train; it showed " + quoted(statuses) + Pages.describe(driver)
                        + app.diagnostics())
                .until(d -> {
                    List<WebElement> status = d.findElements(By.id("run-status"));
                    if (status.isEmpty()) {
                        statuses.add("(no #run-status element)");
                        return null;
                    }
                    String text = Pages.text(status.get(0));
                    statuses.add(text);
                    return text.equals("Succeeded") || text.equals("Failed") ? text : null;
                });
        if (last.equals("Failed")) {
            List<WebElement> message = driver.findElements(By.id("run-message"));
            fail("The training run failed (statuses shown: " + quoted(statuses) + "); #run-message says: "
                    + (message.isEmpty() ? "(no #run-message element)" : "\"" + Pages.text(message.get(0)) + "\"")
                    + Pages.describe(driver) + app.diagnostics());
        }
        System.out.println("[e2e] #run-status went through " + quoted(statuses));
    }

    private String awaitAccuracy(WebDriver driver) {
        return Pages.waitUpTo(driver, ELEMENT_TIMEOUT)
                .withMessage(() -> "Expected #run-accuracy to carry the held-out accuracy in data-accuracy (e.g. "
                        + "\"0.9667\") once the run succeeded; found " + describeAccuracy(driver)
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> {
                    String value = accuracyAttribute(d);
                    return value != null && value.strip().matches("[0-9]*\\.?[0-9]+") ? value.strip() : null;
                });
    }

    private static String accuracyAttribute(WebDriver driver) {
        List<WebElement> accuracy = driver.findElements(By.id("run-accuracy"));
        return accuracy.isEmpty() ? null : accuracy.get(0).getDomAttribute("data-accuracy");
    }

    private static String describeAccuracy(WebDriver driver) {
        List<WebElement> accuracy = driver.findElements(By.id("run-accuracy"));
        if (accuracy.isEmpty()) {
            return "no element with id run-accuracy";
        }
        return "data-accuracy=" + quoted(accuracy.get(0).getDomAttribute("data-accuracy"))
                + " and text " + quoted(Pages.text(accuracy.get(0)));
    }

    /** After the restart, the Runs grid must list the run as Succeeded with its accuracy as a percentage. */
    private void awaitRunListed(WebDriver driver, String accuracyText) {
        Set<String> percentages = percentagesWithOneDecimal(accuracyText);
        List<String> cells = new ArrayList<>();
        Pages.waitUpTo(driver, ELEMENT_TIMEOUT)
                .withMessage(() -> "Expected the Runs page's grid #runs-grid to list the run: a cell \"Succeeded\" "
                        + "and a cell starting with " + percentages + " (accuracy " + accuracyText + "); "
                        + (cells.isEmpty() ? "it shows no cells (or there is no #runs-grid)" : "its cells are " + cells)
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> {
                    List<WebElement> grid = d.findElements(By.id("runs-grid"));
                    if (grid.isEmpty()) {
                        return false;
                    }
                    List<String> texts = grid.get(0).findElements(By.tagName("vaadin-grid-cell-content")).stream()
                            .map(Pages::text)
                            .collect(Collectors.toList());
                    cells.clear();
                    cells.addAll(texts);
                    return texts.contains("Succeeded")
                            && texts.stream().anyMatch(t -> percentages.stream().anyMatch(t::startsWith));
                });
    }

    /** {@code 0.9667} → {@code 96.7%}; both half-up and half-even rounding are accepted. */
    private static Set<String> percentagesWithOneDecimal(String accuracyText) {
        BigDecimal percent = new BigDecimal(accuracyText).movePointRight(2);
        Set<String> formatted = new LinkedHashSet<>();
        formatted.add(percent.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%");
        formatted.add(percent.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%");
        return formatted;
    }

    private static String quoted(Object value) {
        if (value instanceof Set<?> set) {
            return set.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(" → ", "[", "]"));
        }
        return value == null ? "(absent)" : "\"" + value + "\"";
    }
}
