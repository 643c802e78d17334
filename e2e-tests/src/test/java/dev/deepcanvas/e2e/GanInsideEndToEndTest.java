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
 * Inside a GAN: the gallery's conditional DCGAN of coloured shapes trained for one short epoch, its run page's
 * Inside section with the strip from noise A to noise B, the shape, size and colour pickers (another shape or colour
 * redraws strip and sheet), and one picture of the strip followed through the generator's layers; the per-epoch
 * timeline stays above.
 */
class GanInsideEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofMinutes(8);

    @Test
    @SignedIn("gan-inside-viewer")
    void aTrainedConditionalGanWalksBetweenTwoNoiseVectorsAndDrawsTheChosenShapeAndColour(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        // found afresh on each try: the gallery may still be replacing its cards when it first shows them
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the DCGAN's card" + Pages.describe(driver))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    WebElement open = d.findElement(
                            By.cssSelector(".gallery-card[data-template='dcgan-shapes'] .gallery-open"));
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", open);
                    open.click();
                    return true;
                });
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the GAN open in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/"));
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.id("train-button")).stream()
                .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst().orElse(null))
                .click();
        assertThat(StartDialog.awaitOpen(driver)).startsWith("Coloured shapes");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the GAN to fit the shapes" + Pages.describe(driver))
                .until(d -> "true".equals(StartDialog.fits(d)));
        // one short epoch: 4,000 pictures, 200 at a time (20 steps; the pictures are still noise, the views are not)
        StartDialog.setField(driver, "start-epochs", "1");
        StartDialog.setField(driver, "start-batch-size", "200");
        StartDialog.start(driver);
        Pages.waitUpTo(driver, TRAINING).withMessage(() -> "the GAN run to succeed" + Pages.describe(driver)
                        + app.diagnostics())
                .until(d -> Pages.text(d.findElement(By.id("run-status"))).equals("Succeeded"));
        WebElement detail = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("run-detail-link")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", detail);
        Pages.waitUpTo(driver, WAIT).until(d -> d.getCurrentUrl().matches(".*/runs/[0-9]+$"));

        WebElement walk = Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "the strip from noise A to noise B" + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElements(By.cssSelector("#gan-inside #gan-walk")).stream().findFirst()
                        .orElse(null));
        assertThat(walk.findElements(By.cssSelector(".gan-walk-step img"))).as("9 steps, A and B included")
                .hasSize(9);
        assertThat(walk.findElements(By.cssSelector(".gan-walk-step span")).stream().map(Pages::text).toList())
                .startsWith("A", "12.5%").endsWith("B");
        assertThat(driver.findElements(By.cssSelector("#gan-samples .gan-thumb"))).as("the per-epoch timeline")
                .hasSize(1);
        assertThat(Pages.text(driver.findElement(By.id("gan-timeline-pointer")))).startsWith("The per-epoch view");
        List<WebElement> classes = driver.findElements(By.cssSelector("#gan-class-picker vaadin-button"));
        assertThat(classes).as("one button per shape").hasSize(5);
        assertThat(driver.findElements(By.cssSelector("#gan-sheet img"))).hasSize(16);
        assertThat(driver.findElement(By.id("gan-sheet")).getDomAttribute("data-class")).isEqualTo("0");
        assertAllPicturesDecoded(driver);
        Pages.scrollTo(driver, driver.findElement(By.id("gan-inside")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-gan-strip.png");

        WebElement third = classes.get(2);
        String shape = Pages.text(third);
        Pages.click(driver, third);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the sheet redrawn for " + shape + Pages.describe(driver))
                .until(d -> "2".equals(d.findElement(By.id("gan-sheet")).getDomAttribute("data-class")));
        // the template's generator is told the size and the colour too: the first of each until another is chosen
        assertThat(Pages.text(driver.findElement(By.id("gan-walk")))).contains("all asked for “small red " + shape
                + "”");
        assertThat(driver.findElement(By.cssSelector("#gan-class-picker vaadin-button[data-class='2']"))
                .getDomAttribute("aria-pressed")).isEqualTo("true");
        List<WebElement> colours = driver.findElements(By.cssSelector("#gan-attribute-picker-colour vaadin-button"));
        assertThat(colours.stream().map(Pages::text).toList()).containsExactly("red", "green", "blue", "yellow",
                "white");
        Pages.click(driver, colours.get(2));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the strip redrawn in blue" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("gan-walk"))).contains("all asked for “small blue "
                        + shape + "”"));
        assertThat(driver.findElement(By.cssSelector("#gan-attribute-picker-colour vaadin-button[data-value='2']"))
                .getDomAttribute("aria-pressed")).isEqualTo("true");
        List<WebElement> sizes = driver.findElements(By.cssSelector("#gan-attribute-picker-size vaadin-button"));
        assertThat(sizes.stream().map(Pages::text).toList()).containsExactly("small", "large");
        Pages.click(driver, sizes.get(1));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the strip redrawn large" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("gan-walk"))).contains("all asked for “large blue "
                        + shape + "”"));
        assertAllPicturesDecoded(driver);
        Pages.scrollTo(driver, driver.findElement(By.id("gan-class-picker")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-gan-class.png");

        Pages.click(driver, driver.findElement(By.cssSelector("#gan-walk .gan-walk-step[data-step='4']")));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the generator's layers for the middle of the strip"
                        + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("gan-layers-caption"))).contains("50% of the way"));
        List<String> layers = driver.findElements(By.cssSelector("#gan-layers .gan-layer")).stream()
                .map(l -> l.getDomAttribute("data-node")).toList();
        assertThat(layers).containsExactly("noise", "shape", "join", "g1", "gn1", "ga1", "grid", "up1", "gn2", "ga2",
                "up2", "gn3", "ga3", "picture");
        WebElement up1 = driver.findElement(By.cssSelector("#gan-layers .gan-layer[data-node='up1']"));
        assertThat(up1.findElements(By.cssSelector(".inside-channel img"))).as("up1's 64 channels").hasSize(64);
        Pages.scrollTo(driver, driver.findElement(By.id("gan-layers")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-gan-layers.png");
        Pages.scrollTo(driver, driver.findElement(By.cssSelector("#gan-layers .gan-layer[data-node='grid']")));
        browser.screenshot("inside-gan-feature-maps.png");
        Pages.scrollTo(driver, driver.findElement(By.cssSelector("#gan-layers .gan-layer[data-node='picture']")));
        browser.screenshot("inside-gan-picture-channels.png");
        Pages.scrollTo(driver, driver.findElement(By.id("gan-samples")));
        browser.screenshot("inside-gan-timeline.png");
    }

    /** Every picture of the panel arrived and decoded (a broken data URL leaves naturalWidth at 0). */
    private static void assertAllPicturesDecoded(WebDriver driver) {
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "every picture of the GAN panel decoded"
                        + Pages.describe(driver))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return [...document.querySelectorAll('#gan-inside img')]"
                                + ".every(i => i.complete && i.naturalWidth > 0);")));
    }
}
