package dev.deepcanvas.e2e;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Signs up and signs in through the real pages, as a new user of a fresh installation would. */
final class Accounts {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Looks into the login form's light DOM first, then its shadow roots, wherever Vaadin renders the field. */
    private static final String FIND_IN_LOGIN_FORM = """
            const selector = arguments[0];
            const form = document.querySelector('#login-form');
            if (!form) { return null; }
            const queue = [form];
            while (queue.length) {
              const root = queue.shift();
              const hit = root.querySelector(selector);
              if (hit) { return hit; }
              root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { queue.push(e.shadowRoot); } });
              if (root.shadowRoot) { queue.push(root.shadowRoot); }
            }
            return null;
            """;

    private Accounts() {
    }

    /** Creates the account on the sign-up page, then signs in with it. */
    static void signUpAndSignIn(WebDriver driver, String baseUrl, Account account) {
        driver.get(baseUrl + "/signup");
        signUpHere(driver, account);
        signIn(driver, account);
    }

    /** Fills in and sends the sign-up page the browser shows, and waits for the sign-in page it leads to. */
    static void signUpHere(WebDriver driver, Account account) {
        fill(driver, "signup-username", account.username());
        fill(driver, "signup-display-name", account.displayName());
        fill(driver, "signup-password", Account.PASSWORD);
        fill(driver, "signup-repeat", Account.PASSWORD);
        driver.findElement(By.id("signup-button")).click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the sign-in page after sign-up" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/login"));
    }

    /** Signs in on the sign-in page the browser shows. */
    static void signIn(WebDriver driver, Account account) {
        String username = account.username();
        WebElement user = Pages.waitUpTo(driver, WAIT).withMessage(() -> "the sign-in form" + Pages.describe(driver))
                .until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(FIND_IN_LOGIN_FORM, "input[name='username']"));
        user.sendKeys(Keys.chord(Keys.CONTROL, "a"), username);
        WebElement password = (WebElement) ((JavascriptExecutor) driver)
                .executeScript(FIND_IN_LOGIN_FORM, "input[name='password']");
        password.sendKeys(Account.PASSWORD, Keys.ENTER);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "to be signed in as " + username + Pages.describe(driver))
                .until(d -> !d.findElements(By.id("signed-in-as")).isEmpty());
    }

    private static void fill(WebDriver driver, String id, String value) {
        WebElement field = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id(id)));
        field.findElement(By.cssSelector("input")).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }
}
