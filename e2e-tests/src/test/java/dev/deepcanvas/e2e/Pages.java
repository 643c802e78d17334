package dev.deepcanvas.e2e;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Small helpers for waiting on and describing pages in failure messages. */
public final class Pages {

    private static final int PAGE_TEXT_CHARS = 2_000;

    private Pages() {
    }

    /** A {@link WebDriverWait} polling every 250 ms. */
    public static WebDriverWait waitUpTo(WebDriver driver, Duration timeout) {
        return (WebDriverWait) new WebDriverWait(driver, timeout).pollingEvery(Duration.ofMillis(250));
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
}
