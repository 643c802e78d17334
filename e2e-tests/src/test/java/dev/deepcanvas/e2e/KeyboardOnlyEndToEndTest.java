package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Without a mouse: a blank graph, Input → Dense → Output added from the palette, connected from the Properties
 * panel, a layer deleted and brought back with undo, saved with Ctrl+S and trained from the Train dialog. Every
 * step is Tab, typing, Enter or a shortcut; the browser is only told where to go once, by address.
 */
class KeyboardOnlyEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofSeconds(180);

    @Test
    @SignedIn("keyboarder")
    void buildsConnectsSavesAndTrainsWithTheKeyboardAlone(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        Keyboard keys = new Keyboard(driver);
        Canvas canvas = new Canvas(driver);

        // A blank graph from My graphs: the New graph menu, its first item, a name, Enter.
        driver.get(app.baseUrl() + "/graphs");
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("new-graph-menu")));
        Pages.awaitVaadinIdle(driver);
        keys.tabTo("the New graph menu", Keyboard.inside("new-graph-menu"));
        keys.press(Keys.ENTER);
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("new-blank")).isDisplayed());
        keys.press(Keys.ENTER);
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("name-dialog-field")));
        Pages.awaitVaadinIdle(driver);
        keys.chord(Keys.CONTROL, "a");
        keys.type("Keyboard graph");
        keys.press(Keys.ENTER);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the blank graph in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/")
                        && !d.findElements(By.cssSelector("#graph-canvas .dc-canvas-hint")).isEmpty());
        Pages.awaitVaadinIdle(driver);

        for (String type : List.of("Input", "Dense", "Output", "Dropout")) {
            int before = canvas.nodeIds().size();
            keys.tabTo("the palette's + for " + type, f -> f.contains("label=Add " + type + " "));
            keys.press(Keys.ENTER);
            Pages.waitUpTo(driver, WAIT).withMessage(() -> type + " on the canvas" + Pages.describe(driver))
                    .until(d -> canvas.nodeIds().size() == before + 1);
            Pages.awaitVaadinIdle(driver);
        }
        assertThat(canvas.nodeIds()).containsExactly("input1", "dense1", "output1", "dropout1");

        // Delete the Dropout from the keyboard, bring it back with undo, delete it again.
        selectNode(keys, driver, "dropout1");
        keys.press(Keys.DELETE);
        Pages.waitUpTo(driver, WAIT).until(d -> !canvas.nodeIds().contains("dropout1"));
        Pages.awaitVaadinIdle(driver);
        keys.chord(Keys.CONTROL, "z");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "undo to bring dropout1 back" + Pages.describe(driver))
                .until(d -> canvas.nodeIds().contains("dropout1"));
        Pages.awaitVaadinIdle(driver);
        selectNode(keys, driver, "dropout1");
        keys.press(Keys.DELETE);
        Pages.waitUpTo(driver, WAIT).until(d -> !canvas.nodeIds().contains("dropout1"));
        Pages.awaitVaadinIdle(driver);

        connect(keys, driver, canvas, "input1", "dense1", 1);
        connect(keys, driver, canvas, "dense1", "output1", 2);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "a graph without problems" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("problems-tab"))).equals("Problems"));

        keys.chord(Keys.CONTROL, "s");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "saved by Ctrl+S" + Pages.describe(driver))
                .until(d -> d.findElement(By.id("save-state")).getText().startsWith("Saved · version 2"));

        keys.tabTo("Train", Keyboard.inside("train-button"));
        keys.press(Keys.ENTER);
        StartDialog.awaitOpen(driver);
        Pages.waitUpTo(driver, WAIT).until(d -> "true".equals(StartDialog.fits(d)));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("keyboard-train-dialog.png");
        keys.tabTo("Start training", Keyboard.inside("start-run-button"));
        keys.press(Keys.ENTER);
        Pages.waitUpTo(driver, TRAINING).withMessage(() -> "the run to succeed" + Pages.describe(driver))
                .until(d -> !d.findElements(By.id("run-status")).isEmpty()
                        && Pages.text(d.findElement(By.id("run-status"))).equals("Succeeded"));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("keyboard-trained.png");
    }

    /** Tabs to the node on the canvas and selects it with Enter, as React Flow lets a keyboard do. */
    private static void selectNode(Keyboard keys, WebDriver driver, String id) {
        keys.tabTo("node " + id, f -> f.contains("node=" + id));
        keys.press(Keys.ENTER);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> id + " selected" + Pages.describe(driver))
                .until(d -> !d.findElements(By.xpath("//*[@id='properties-panel']//span[text()='" + id + "']"))
                        .isEmpty());
        Pages.awaitVaadinIdle(driver);
    }

    /** Properties → Connect output to: type the target's id, Enter, then Tab to Connect and press Enter. */
    private static void connect(Keyboard keys, WebDriver driver, Canvas canvas, String from, String to, int edges) {
        selectNode(keys, driver, from);
        keys.tabTo("Connect output to", Keyboard.inside("connect-target"));
        keys.type(to);
        Pages.awaitVaadinIdle(driver);
        keys.press(Keys.ENTER);
        Pages.awaitVaadinIdle(driver);
        keys.tabTo("the Connect button", Keyboard.inside("connect-button"));
        keys.press(Keys.ENTER);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "an edge " + from + " → " + to + Pages.describe(driver))
                .until(d -> canvas.edgeCount() == edges);
        Pages.awaitVaadinIdle(driver);
    }
}
