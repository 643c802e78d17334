package dev.deepcanvas.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The editor's Train dialog (#start-run-dialog): dataset picker, fit message, run settings, Start. */
public final class StartDialog {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private StartDialog() {
    }

    /** Waits for the dialog and returns the dataset picker's shown value (e.g. "Iris flowers"). */
    public static String awaitOpen(WebDriver driver) {
        WebElement picker = Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected the Train dialog with a dataset picker (#dataset-picker) after pressing "
                        + "Train" + Pages.describe(driver))
                .until(d -> d.findElements(By.id("dataset-picker")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
        Object value = ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].inputElement ? arguments[0].inputElement.value : arguments[0].value;", picker);
        return value == null ? "" : value.toString();
    }

    /** The fit panel's verdict: "true" when the graph fits the chosen dataset. */
    public static String fits(WebDriver driver) {
        List<WebElement> fit = driver.findElements(By.id("dataset-fit"));
        return fit.isEmpty() ? "(no #dataset-fit)" : fit.get(0).getDomAttribute("data-fits");
    }

    /** Types a value into one of the dialog's number fields (e.g. "start-epochs") as a user would. */
    public static void setField(WebDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript(
                "const f = arguments[0]; f.value = arguments[1];"
                        + "f.dispatchEvent(new CustomEvent('change', {bubbles: true}));", field, value);
    }

    public static void start(WebDriver driver) {
        WebElement start = Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected an enabled Start button (#start-run-button) in the Train dialog"
                        + Pages.describe(driver))
                .until(d -> d.findElements(By.id("start-run-button")).stream()
                        .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst()
                        .orElse(null));
        start.click();
        Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected the Train dialog to close after Start; it still shows"
                        + Pages.describe(driver))
                // The dialog element has no box of its own; its buttons vanish with its overlay.
                .until(d -> d.findElements(By.id("start-run-button")).stream().noneMatch(WebElement::isDisplayed));
    }
}
