package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Sign-in failures from the user's side (docs/security.md): a wrong password and a name with no account get the same
 * answers, failure after failure and into the lock, so the page never tells which names exist; the name stays in
 * its field after a failure. Closing a tab of the app leaves no error in its log.
 */
class SignInLockoutEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String FORM_STATE = """
            const form = document.querySelector('#login-form');
            if (!form) { return 'not yet'; }
            const i18n = form.i18n || {};
            const error = i18n.errorMessage || {};
            return (form.error ? 'error' : 'ok') + ' | ' + (error.title || '') + ' | ' + (error.message || '');
            """;

    /** The first element matching arguments[0] in the login form, in its light DOM or any shadow root. */
    private static final String FIND = """
            const form = document.querySelector('#login-form');
            if (!form) { return null; }
            const queue = [form];
            while (queue.length) {
              const root = queue.shift();
              const hit = root.querySelector(arguments[0]);
              if (hit) { return hit; }
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { queue.push(e.shadowRoot); } });
            }
            return null;
            """;

    @Test
    @SignedIn("locksmith")
    void existingAndUnknownNamesGetTheSameAnswersIntoTheLock(Browser owner, AppProcess app, Account account) {
        List<String> forExisting;
        List<String> forUnknown;
        try (Browser guesser = Browser.start()) {
            forExisting = failRepeatedly(guesser.driver(), app, account.username());
            guesser.screenshot("sign-in-locked.png");
            forUnknown = failRepeatedly(guesser.driver(), app, "nobody-" + System.nanoTime() % 100_000);
        }
        assertThat(forExisting).as("answers for an existing name").hasSize(LOCK_AFTER + 1);
        assertThat(forExisting.get(0)).contains("Wrong user name or password");
        assertThat(forExisting.get(LOCK_AFTER)).contains("Too many failed sign-ins");
        assertThat(forUnknown).as("answers for a name without an account").isEqualTo(forExisting);

        // Closing a tab of the app is a normal disconnect, not an error in the log.
        int logBefore = app.log().length();
        try (Browser tab = Browser.start()) {
            tab.driver().get(app.baseUrl() + "/community");
            Pages.waitUpTo(tab.driver(), WAIT).until(d -> !d.findElements(
                    org.openqa.selenium.By.id("community-grid")).isEmpty());
            Pages.awaitVaadinIdle(tab.driver());
        }
        sleep(3000);
        assertThat(app.log().substring(logBefore)).as("the log after a tab closed")
                .doesNotContain("Exception in push connection");
    }

    private static final int LOCK_AFTER = 5;

    /** Six sign-ins with a wrong password: the five that count and the one the lock refuses. */
    private static List<String> failRepeatedly(WebDriver driver, AppProcess app, String username) {
        List<String> answers = new ArrayList<>();
        driver.get(app.baseUrl() + "/login");
        for (int attempt = 0; attempt <= LOCK_AFTER; attempt++) {
            WebElement user = Pages.waitUpTo(driver, WAIT).until(d -> find(d, "input[name='username']"));
            if (attempt == 0) {
                user.sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
            } else {
                assertThat(typedName(driver)).as("the name is kept after a failed sign-in").isEqualTo(username);
            }
            WebElement password = find(driver, "input[name='password']");
            password.sendKeys("wrong password " + attempt, Keys.ENTER);
            Pages.waitUpTo(driver, WAIT).withMessage(() -> "the answer to sign-in " + Pages.describe(driver))
                    .until(d -> d.getCurrentUrl().contains("?error") || d.getCurrentUrl().contains("?locked"));
            Pages.waitUpTo(driver, WAIT).until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(FORM_STATE))
                    .startsWith("error"));
            Pages.awaitVaadinIdle(driver);
            Pages.waitUpTo(driver, WAIT).withMessage(() -> "the name kept in its field" + Pages.describe(driver))
                    .until(d -> username.equals(typedName(d)));
            answers.add(String.valueOf(((JavascriptExecutor) driver).executeScript(FORM_STATE)));
        }
        return answers;
    }

    private static WebElement find(WebDriver driver, String selector) {
        return (WebElement) ((JavascriptExecutor) driver).executeScript(FIND, selector);
    }

    private static String typedName(WebDriver driver) {
        WebElement field = find(driver, "vaadin-text-field[name='username']");
        return field == null ? null : field.getDomProperty("value");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
