package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The editor from the user's side: LeNet built from an empty canvas with the palette, the mouse and the property
 * forms; the server's shapes and parameter count on the canvas; save and reload; a broken connection shown in
 * red and undone; a broken import refused with the canvas untouched.
 */
class EditorEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<String> LENET = List.of(
            "imageinput1", "conv2d1", "maxpool2d1", "conv2d2", "maxpool2d2", "dense1", "output1");

    @Test
    @SignedIn("lenet-builder")
    void buildsLeNetFromAnEmptyCanvasThenBreaksAndRepairsIt(Browser browser, AppProcess app) throws Exception {
        WebDriver driver = browser.driver();
        Canvas canvas = new Canvas(driver);

        createBlankGraph(driver, app, "LeNet");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "an empty canvas" + Pages.describe(driver))
                .until(d -> !d.findElements(By.cssSelector("#graph-canvas .dc-canvas-hint")).isEmpty());

        for (String type : List.of("ImageInput", "Conv2D", "MaxPool2D", "Conv2D", "MaxPool2D", "Dense", "Output")) {
            canvas.addFromPalette(type);
        }
        assertThat(canvas.nodeIds()).containsExactlyElementsOf(LENET);
        for (int i = 0; i + 1 < LENET.size(); i++) {
            canvas.connect(LENET.get(i), LENET.get(i + 1));
        }

        canvas.setParam("conv2d1", "filters", "20");
        canvas.setParam("conv2d1", "kernel", "5, 5");
        canvas.setParam("conv2d2", "filters", "50");
        canvas.setParam("conv2d2", "kernel", "5, 5");
        canvas.setParam("dense1", "units", "500");
        canvas.setParam("output1", "units", "10");

        Pages.waitUpTo(driver, WAIT).withMessage(() -> "LeNet's 431,080 parameters" + Pages.describe(driver))
                .until(d -> canvas.totalParams() == 431_080L);
        assertThat(canvas.shapeOf("conv2d1")).isEqualTo("24×24×20");
        assertThat(problemCountLabel(driver)).as("the Problems tab counts none").isEqualTo("Problems");

        driver.findElement(By.id("save-button")).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("save-state")).getText().startsWith("Saved"));
        String saved = canvas.exportedJson();
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("editor-lenet.png");

        driver.navigate().refresh();
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.nodeIds().size() == LENET.size());
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.totalParams() == 431_080L);
        assertThat(canvas.exportedJson()).as("the graph after a reload").isEqualTo(saved);
        assertThat(canvas.edgeCount()).isEqualTo(LENET.size() - 1);

        // Break it: a Conv2D fed by a plain vector input.
        canvas.addFromPalette("Input");
        canvas.addFromPalette("Conv2D");
        canvas.connect("input1", "conv2d3");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "conv2d3 painted red" + Pages.describe(driver))
                .until(d -> canvas.isBroken("conv2d3"));
        driver.findElement(By.id("problems-tab")).click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "SHAPE_MISMATCH listed for conv2d3" + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("#problems-panel .problem-item[data-node='conv2d3']"))
                        .stream().anyMatch(item -> item.getText().contains("SHAPE_MISMATCH")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("editor-broken.png");

        // Undo the connection and both additions: the valid LeNet is back.
        for (int i = 0; i < 3; i++) {
            new Actions(driver).keyDown(Keys.CONTROL).sendKeys("z").keyUp(Keys.CONTROL).perform();
            Pages.awaitVaadinIdle(driver);
        }
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the valid LeNet after undo" + Pages.describe(driver))
                .until(d -> canvas.nodeIds().equals(LENET) && problemCountLabel(d).equals("Problems"));
        assertThat(canvas.totalParams()).isEqualTo(431_080L);

        // A broken file is refused with a message and the canvas stays as it was.
        Path broken = Files.writeString(Files.createTempFile("broken-graph", ".json"), "{\"format\": \"deepcanvas-graph\", \"nodes\": [");
        String before = canvas.exportedJson();
        driver.findElement(By.id("import-button")).click();
        WebElement upload = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("import-upload")));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(broken.toString());
        WebElement error = Pages.waitUpTo(driver, WAIT).until(d -> {
            WebElement e = d.findElement(By.id("import-error"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(error.getText()).contains("is not a graph DeepCanvas can open").contains("The canvas was not changed");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("import-refused.png");
        assertThat(canvas.exportedJson()).isEqualTo(before);
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        Pages.awaitVaadinIdle(driver);

        // Put two layers into the Generator block, collapse it to one node, expand it again.
        canvas.select("dense1");
        driver.findElement(By.id("block-select")).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().equals("Generator block")).findFirst().orElse(null)).click();
        Pages.waitUpTo(driver, WAIT).until(d -> !d.findElements(By.id("toggle-generator")).isEmpty());
        driver.findElement(By.id("toggle-generator")).click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the Generator block collapsed" + Pages.describe(driver))
                .until(d -> canvas.nodeIds().contains("__block-generator") && !canvas.nodeIds().contains("dense1"));
        assertThat(canvas.totalParams()).as("collapsing only changes the view").isEqualTo(431_080L);
        browser.screenshot("editor-collapsed-block.png");
        driver.findElement(By.id("toggle-generator")).click();
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.nodeIds().contains("dense1")
                && !canvas.nodeIds().contains("__block-generator"));
    }

    /** "Problems" when the compiler found none, "Problems (3)" otherwise. */
    private static String problemCountLabel(WebDriver driver) {
        return Pages.text(driver.findElement(By.id("problems-tab")));
    }

    private static void createBlankGraph(WebDriver driver, AppProcess app, String name) {
        driver.get(app.baseUrl() + "/graphs");
        WebElement menu = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("new-graph-menu")));
        menu.findElement(By.cssSelector("vaadin-menu-bar-button")).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("new-blank"))).click();
        WebElement field = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("name-dialog-field")));
        field.findElement(By.cssSelector("input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        driver.findElement(By.id("name-dialog-ok")).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.getCurrentUrl().contains("/editor/"));
    }
}
