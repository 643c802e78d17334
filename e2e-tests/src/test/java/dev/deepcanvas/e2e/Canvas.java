package dev.deepcanvas.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Drives the editor's React Flow canvas, palette and property panel as a person would. */
final class Canvas {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final WebDriver driver;

    Canvas(WebDriver driver) {
        this.driver = driver;
    }

    @SuppressWarnings("unchecked")
    List<String> nodeIds() {
        Object ids = ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('#graph-canvas .react-flow__node')].map(n => n.getAttribute('data-id'));");
        return (List<String>) ids;
    }

    int edgeCount() {
        return driver.findElements(By.cssSelector("#graph-canvas .react-flow__edge")).size();
    }

    /** Finds the layer in the palette through its search box and double-clicks it to append it to the graph. */
    void addFromPalette(String type) {
        int before = nodeIds().size();
        WebElement search = driver.findElement(By.cssSelector("#graph-canvas .dc-palette-search"));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), type);
        WebElement item = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector("#graph-canvas .dc-palette-item[data-type='" + type + "']")));
        new Actions(driver).doubleClick(item).perform();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "a " + type + " node to appear" + Pages.describe(driver))
                .until(d -> nodeIds().size() == before + 1);
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        Pages.awaitVaadinIdle(driver);
    }

    /** Drags from the source handle of one node to the target handle of another, like connecting by hand. */
    void connect(String sourceId, String targetId) {
        int before = edgeCount();
        // The canvas re-frames itself after additions; a drag started mid-animation misses the handle. Wait for
        // the view to settle, and try the drag again (three times in all) if it did not land.
        for (int attempt = 1; ; attempt++) {
            awaitStableViewport();
            WebElement from = node(sourceId).findElement(By.cssSelector(".react-flow__handle.source"));
            WebElement to = node(targetId).findElement(By.cssSelector(".react-flow__handle.target"));
            // Short pauses between the moves: on a loaded machine the canvas may not have seen the pointer reach the
            // handle before the release, and the drop then lands on nothing (seen once in a fresh-clone CI run).
            new Actions(driver).moveToElement(from).clickAndHold().pause(Duration.ofMillis(100)).moveByOffset(10, 5)
                    .pause(Duration.ofMillis(100)).moveToElement(to, 2, 2).pause(Duration.ofMillis(100))
                    .moveToElement(to).pause(Duration.ofMillis(150)).release().perform();
            try {
                Pages.waitUpTo(driver, attempt < 3 ? Duration.ofSeconds(8) : WAIT)
                        .withMessage(() -> "an edge " + sourceId + " → " + targetId + Pages.describe(driver))
                        .until(d -> edgeCount() == before + 1);
                break;
            } catch (org.openqa.selenium.TimeoutException missed) {
                if (attempt >= 3) {
                    throw missed;
                }
            }
        }
        Pages.awaitVaadinIdle(driver);
    }

    private void awaitStableViewport() {
        String script = "const v = document.querySelector('#graph-canvas .react-flow__viewport');"
                + "return v ? v.style.transform : '';";
        String[] last = {""};
        Pages.waitUpTo(driver, WAIT).pollingEvery(Duration.ofMillis(400)).until(d -> {
            String now = String.valueOf(((JavascriptExecutor) d).executeScript(script));
            boolean stable = now.equals(last[0]);
            last[0] = now;
            return stable;
        });
    }

    WebElement node(String id) {
        return Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector("#graph-canvas .react-flow__node[data-id='" + id + "']")));
    }

    void select(String id) {
        node(id).findElement(By.cssSelector(".dc-node-type")).click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the properties of " + id + Pages.describe(driver))
                .until(d -> d.findElements(By.id("properties-title")).size() == 1
                        && !d.findElements(By.xpath("//*[@id='properties-panel']//span[text()='" + id + "']")).isEmpty());
    }

    /** Types a value into a generated property field and leaves it, which applies it. */
    void setParam(String nodeId, String param, String value) {
        select(nodeId);
        WebElement field = driver.findElement(By.id("param-" + param));
        WebElement input = field.findElement(By.cssSelector("input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        Pages.awaitVaadinIdle(driver);
    }

    String shapeOf(String id) {
        return Pages.text(node(id).findElement(By.cssSelector(".dc-shape")));
    }

    long totalParams() {
        return Long.parseLong(driver.findElement(By.id("graph-totals")).getDomAttribute("data-params"));
    }

    boolean isBroken(String id) {
        return node(id).findElement(By.cssSelector(".dc-node")).getDomAttribute("class").contains("dc-broken");
    }

    /** The graph document exactly as the Export button would download it. */
    String exportedJson() {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('#export-link').href).then(r => r.text()).then(done)"
                        + ".catch(e => done('fetch failed: ' + e));");
    }
}
