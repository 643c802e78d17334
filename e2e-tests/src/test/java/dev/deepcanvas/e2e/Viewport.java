package dev.deepcanvas.e2e;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The browser's width, and whether what matters on a page can be seen without scrolling sideways. */
final class Viewport {

    /** The widths every main screen is checked at, and the phone width for the read-only pages. */
    static final List<Integer> DESKTOP_WIDTHS = List.of(1440, 1366, 1280, 1024);
    static final int PHONE_WIDTH = 390;

    /** Widths that scroll sideways: the page itself, or the app layout's content area. */
    private static final String SIDEWAYS = """
            const page = document.scrollingElement || document.documentElement;
            const found = [];
            if (page.scrollWidth > page.clientWidth + 1) { found.push('page ' + page.scrollWidth + ' > ' + page.clientWidth); }
            const layout = document.querySelector('vaadin-app-layout');
            const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[content]');
            if (content && content.scrollWidth > content.clientWidth + 1) {
              found.push('content ' + content.scrollWidth + ' > ' + content.clientWidth);
            }
            return found.join(', ');
            """;

    private static final String HORIZONTALLY_VISIBLE = """
            const r = arguments[0].getBoundingClientRect();
            const width = document.documentElement.clientWidth;
            return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= width + 0.5;
            """;

    private Viewport() {
    }

    static void resize(WebDriver driver, int width) {
        int height = width <= PHONE_WIDTH ? 844 : 860;
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Empty when nothing scrolls sideways, else what does. */
    static String sidewaysScroll(WebDriver driver) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript(SIDEWAYS));
    }

    /** The selectors of the elements that are missing, hidden, or cut off left or right of the window. */
    static List<String> notInView(WebDriver driver, List<String> selectors) {
        return selectors.stream().filter(selector -> {
            List<WebElement> found = driver.findElements(By.cssSelector(selector));
            return found.isEmpty() || !Boolean.TRUE.equals(((JavascriptExecutor) driver)
                    .executeScript(HORIZONTALLY_VISIBLE, found.get(0)));
        }).toList();
    }

    static Map<String, Object> size(WebDriver driver) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "return {inner: window.innerWidth, client: document.documentElement.clientWidth};");
        return size;
    }
}
