package dev.deepcanvas.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** A person with a keyboard and no mouse: Tab moves the focus, keys go wherever the focus is. */
final class Keyboard {

    /** What has the focus, looking through shadow roots; described as tag, id, aria-label, data-id and text. */
    private static final String FOCUSED = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
            if (!e) { return ''; }
            const ids = [];
            for (let a = e; a; a = a.parentElement || (a.getRootNode().host || null)) { if (a.id) { ids.push(a.id); } }
            const node = e.closest('.react-flow__node');
            return [e.tagName.toLowerCase(), 'id=' + (e.id || ''), 'in=' + ids.join(','),
                    'label=' + (e.getAttribute('aria-label') || ''), 'node=' + (node ? node.getAttribute('data-id') : ''),
                    'text=' + (e.textContent || '').trim().slice(0, 40)].join(' ');
            """;

    private static final int MAX_TABS = 400;

    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    void chord(Keys modifier, String key) {
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
    }

    /** What has the focus now (see {@link #FOCUSED}). */
    String focused() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(FOCUSED));
    }

    /** The focus is on the element with this id, or inside it. */
    static Predicate<String> inside(String id) {
        return focused -> java.util.Arrays.stream(focused.replaceAll(".* in=([^ ]*) .*", "$1").split(","))
                .anyMatch(id::equals);
    }

    /** Presses Tab until the focused element matches, as a person tabs through the page to a control. */
    void tabTo(String what, Predicate<String> wanted) {
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < MAX_TABS; i++) {
            String now = focused();
            if (wanted.test(now)) {
                return;
            }
            if (i < 60) {
                seen.append("\n  ").append(now);
            }
            press(Keys.TAB);
            pause();
        }
        throw new AssertionError("Tab never reached " + what + " in " + MAX_TABS + " presses; the focus went through:"
                + seen + Pages.describe(driver));
    }

    private static void pause() {
        try {
            Thread.sleep(15);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Duration settle() {
        return Duration.ofMillis(300);
    }
}
