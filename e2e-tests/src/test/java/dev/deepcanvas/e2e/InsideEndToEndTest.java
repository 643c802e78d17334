package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Inside the model: a LeNet trained from the gallery with its defaults, its run page, a held-out digit, the first
 * convolution's 20 feature maps (one enlarged) and the output's 10 digit probabilities, then the next digit.
 */
class InsideEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofMinutes(8);

    @Test
    @SignedIn("inside-viewer")
    void aTrainedLeNetShowsTheFeatureMapsAndTheOutputOfAHeldOutDigit(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        // Train on the gallery card trains a copy with the template's defaults and opens the run's page.
        WebElement train = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='lenet-mnist'] .gallery-train")));
        click(driver, train);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the run page of the LeNet copy" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/runs/"));

        WebElement conv1 = Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "the first convolution's feature maps once the run has succeeded"
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElements(By.cssSelector("#inside-layers .inside-layer[data-node='conv1']")).stream()
                        .findFirst().orElse(null));
        assertThat(conv1.getDomAttribute("data-kind")).isEqualTo("FEATURE_MAPS");
        assertThat(conv1.findElements(By.cssSelector(".inside-channel img"))).as("LeNet's 20 first filters")
                .hasSize(20);
        List<String> layers = driver.findElements(By.cssSelector("#inside-layers .inside-layer")).stream()
                .map(l -> l.getDomAttribute("data-node")).toList();
        assertThat(layers).containsExactly("pixels", "conv1", "pool1", "conv2", "pool2", "dense", "digit");
        WebElement output = driver.findElement(By.cssSelector("#inside-layers .inside-layer[data-kind='OUTPUT']"));
        assertThat(output.findElements(By.className("bar-row"))).as("one bar per digit").hasSize(10);
        WebElement summary = driver.findElement(By.id("inside-summary"));
        assertThat(Pages.text(summary)).startsWith("Example #0 · true answer: ").contains("predicted: ");

        scrollTo(driver, driver.findElement(By.id("inside")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lenet-feature-maps.png");
        scrollTo(driver, output);
        browser.screenshot("inside-lenet-output.png");

        click(driver, conv1.findElements(By.className("inside-channel")).get(3));
        WebElement enlarged = Pages.waitUpTo(driver, WAIT).withMessage(() -> "channel 3 enlarged"
                        + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay img")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(enlarged.getDomAttribute("alt")).isEqualTo("conv1 channel 3");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lenet-enlarged.png");
        click(driver, driver.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button")).stream()
                .filter(b -> Pages.text(b).equals("Close")).findFirst().orElseThrow());
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay img")).stream()
                .noneMatch(WebElement::isDisplayed));

        click(driver, driver.findElement(By.id("inside-next")));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the next held-out digit" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("inside-summary"))).startsWith("Example #1 · "));
    }

    private static void scrollTo(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    }

    private static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        Pages.waitUpTo(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    element.click();
                    return true;
                });
    }
}
