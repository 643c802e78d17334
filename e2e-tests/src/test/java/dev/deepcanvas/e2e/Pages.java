package dev.deepcanvas.e2e;

import java.time.Duration;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small helpers for waiting on and describing pages in failure messages. */
public final class Pages {

    private static final int PAGE_TEXT_CHARS = 2_000;

    private Pages() {
    }

    /**
     * A {@link WebDriverWait} polling every 250 ms. An element Vaadin replaced between finding and reading it is
     * simply looked up again at the next poll.
     */
    public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        return (WebDriverWait) new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250))
                .ignoring(StaleElementReferenceException.class);
    }

    /**
     * True when no Vaadin Flow client has a server round trip in flight and the loading bar has faded out, so a
     * screenshot shows the settled page rather than Vaadin's progress indicator.
     */
    private static final String VAADIN_IDLE_SCRIPT = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return document.readyState === 'complete'; }
            for (const id in flow.clients) {
              const client = flow.clients[id];
              if (client && typeof client.isActive === 'function' && client.isActive()) { return false; }
            }
            // Lumo keeps the bar displayed after a round trip and fades its opacity out over about 800 ms.
            const bar = document.querySelector('.v-loading-indicator');
            if (!bar) { return true; }
            const style = getComputedStyle(bar);
            return style.display === 'none' || style.visibility === 'hidden' || parseFloat(style.opacity) === 0;
            """;

    /** Waits (up to 30 s) until Vaadin has finished talking to the server; see {@link #VAADIN_IDLE_SCRIPT}. */
    public static void awaitVaadinIdle(WebDriver driver) {
        waitUpTo(driver, Duration.ofSeconds(30))
                .withMessage(() -> "Expected Vaadin to finish its server round trips" + describe(driver))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE_SCRIPT)));
    }

    /** The text content of an element, trimmed; unlike {@code getText()} it also reads hidden elements. */
    public static String text(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.strip();
    }

    /** URL, title and the beginning of the visible text of the current page, for assertion messages. */
    public static String describe(WebDriver driver) {
        try {
            Object bodyText = ((JavascriptExecutor) driver)
                    .executeScript("return document.body ? document.body.innerText : '(no body)';");
            String text = String.valueOf(bodyText).strip().replaceAll("\\s*\\n\\s*", " | ");
            if (text.length() > PAGE_TEXT_CHARS) {
                text = text.substring(0, PAGE_TEXT_CHARS) + "…";
            }
            return "\n--- page " + driver.getCurrentUrl() + " titled \"" + driver.getTitle() + "\" shows: ---\n"
                    + (text.isEmpty() ? "(no visible text)" : text) + "\n--- end of page ---";
        } catch (RuntimeException e) {
            return "\n(could not describe the page: " + e + ")";
        }
    }

    /** Scrolls the element to the top of the view, to take a screenshot of it. */
    public static void scrollTo(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    /**
     * Clicks as a user would: with the element scrolled to the middle of the view (pages are taller than the
     * window), and again while a notification still covers it, once it has faded.
     */
    public static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waitUpTo(driver, Duration.ofSeconds(15))
                .withMessage(() -> "Expected to be able to click " + element + describe(driver))
                .ignoring(ElementClickInterceptedException.class)
                .until(d -> {
                    element.click();
                    return true;
                });
    }
}
