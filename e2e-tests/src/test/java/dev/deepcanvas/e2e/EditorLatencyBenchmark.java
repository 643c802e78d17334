package dev.deepcanvas.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Benchmark, not a test (surefire's default includes skip it; run it with bench/editor-latency.sh): how long a
 * structural edit of a 100-node graph takes to come back as updated badges in the browser. Both ends are timed
 * inside the page: from the field's change event to the first change of the canvas nodes' DOM, so the figure
 * covers the round trip, the server's validation and shape inference, and React's repaint.
 */
class EditorLatencyBenchmark {

    private static final int NODES = 100;
    private static final int WARM_UP = 5;
    private static final int MEASURED = 25;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String INSTALL_PROBE = """
            window.__dcLatencies = [];
            window.__dcStart = null;
            document.addEventListener('change', () => { window.__dcStart = performance.now(); }, true);
            const nodes = document.querySelector('#graph-canvas .react-flow__nodes');
            new MutationObserver(() => {
              if (window.__dcStart !== null) {
                window.__dcLatencies.push(performance.now() - window.__dcStart);
                window.__dcStart = null;
              }
            }).observe(nodes, { subtree: true, childList: true, characterData: true });
            """;

    @Test
    @SignedIn("bench")
    void editToBadgesOnAHundredNodeGraph(Browser browser) throws Exception {
        WebDriver driver = browser.driver();
        Canvas canvas = new Canvas(driver);
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.nodeIds().size() == 3);

        Path file = Files.writeString(Files.createTempFile("chain-" + NODES, ".json"), chain(NODES));
        driver.findElement(By.id("import-button")).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("import-upload")))
                .getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        // React Flow renders only the nodes in view, so count the server's totals rather than DOM nodes.
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.totalParams() == 1_056L * (NODES - 2) + 330);
        Pages.awaitVaadinIdle(driver);
        ((JavascriptExecutor) driver).executeScript(INSTALL_PROBE);

        String node = "dense50";
        canvas.select(node);
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            int units = 32 + (i % 2 == 0 ? 1 : 0);
            WebElement input = driver.findElement(By.id("param-units")).findElement(By.cssSelector("input"));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(units), Keys.TAB);
            int expected = i + 1;
            Pages.waitUpTo(driver, WAIT).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return window.__dcLatencies.length;")).intValue() >= expected);
            Pages.awaitVaadinIdle(driver);
            double ms = ((Number) ((JavascriptExecutor) driver)
                    .executeScript("return window.__dcLatencies[arguments[0]];", i)).doubleValue();
            if (i >= WARM_UP) {
                samples.add(ms);
            }
        }
        Collections.sort(samples);
        System.out.println();
        System.out.println("| graph | edits | median ms | p90 ms | max ms | bar |");
        System.out.println("|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| %d nodes | %d | %.1f | %.1f | %.1f | < 100 ms |%n", NODES, samples.size(),
                samples.get(samples.size() / 2), samples.get((int) (samples.size() * 0.9)),
                samples.get(samples.size() - 1));
        System.out.println();
    }

    /** Input(32) → Dense(32) × (n − 2) → Output(10), laid out ten to a row. */
    static String chain(int n) {
        StringBuilder nodes = new StringBuilder();
        StringBuilder edges = new StringBuilder();
        String previous = null;
        for (int i = 0; i < n; i++) {
            String id;
            String node;
            if (i == 0) {
                id = "input1";
                node = "\"type\":\"Input\",\"params\":{\"size\":32}";
            } else if (i == n - 1) {
                id = "output1";
                node = "\"type\":\"Output\",\"params\":{\"units\":10,\"activation\":\"softmax\",\"loss\":\"mcxent\"}";
            } else {
                id = "dense" + i;
                node = "\"type\":\"Dense\",\"params\":{\"units\":32,\"activation\":\"relu\"}";
            }
            nodes.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",").append(node)
                    .append(",\"position\":{\"x\":").append((i % 10) * 260).append(",\"y\":").append((i / 10) * 160)
                    .append("},\"group\":null}");
            if (previous != null) {
                edges.append(edges.length() == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"source\":\"")
                        .append(previous).append("\",\"target\":\"").append(id).append("\",\"targetPort\":0}");
            }
            previous = id;
        }
        return "{\"format\":\"deepcanvas-graph\",\"version\":1,\"name\":\"Chain of " + n + "\",\"description\":\"\","
                + "\"nodes\":[" + nodes + "],\"edges\":[" + edges + "],\"training\":{\"optimizer\":\"adam\","
                + "\"learningRate\":0.01,\"batchSize\":16,\"epochs\":5,\"weightInit\":\"xavier\",\"l2\":0.0,\"seed\":42}}";
    }
}
