package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Inside a model that writes sequences: the translation template opened from the gallery and trained for a few
 * epochs, its run page, a held-out number in words, the attention heat map with the source words and the written
 * digits on its axes, the digit written at every step, and the decoder LSTM's gates; then the next example. The
 * captioning template likewise, its attention over the picture's regions drawn on the picture once per word.
 */
class InsideAttentionEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofMinutes(8);
    private static final int STEPS = 8;

    @Test
    @SignedIn("inside-translator")
    void aTrainedTranslationShowsWhereEachDigitLookedInTheWords(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        WebElement open = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='translation-attention'] .gallery-open")));
        Pages.click(driver, open);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the translation open in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/"));
        Pages.click(driver, Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.id("train-button")).stream()
                .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst().orElse(null)));
        assertThat(StartDialog.awaitOpen(driver)).startsWith("Number words");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the translation to fit its dataset" + Pages.describe(driver))
                .until(d -> "true".equals(StartDialog.fits(d)));
        // A few epochs keep the test quick; the attention map is drawn for any trained model.
        StartDialog.setField(driver, "start-epochs", "2");
        StartDialog.start(driver);
        Pages.click(driver, Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.id("run-detail-link")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));

        WebElement attention = Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "the attention heat map once the run has succeeded" + Pages.describe(driver)
                        + app.diagnostics())
                .until(d -> d.findElements(By.cssSelector(
                        "#inside-layers .inside-layer[data-node='attention'] .inside-attention")).stream()
                        .findFirst().orElse(null));
        WebElement summary = driver.findElement(By.id("inside-summary"));
        assertThat(Pages.text(summary)).startsWith("Example #0 · true answer: ").contains("predicted: ");
        String text = Pages.text(driver.findElement(By.id("inside-text")));
        assertThat(text).as("the held-out number in words and in digits").contains(" → ");
        List<String> sources = texts(attention, ".inside-attention-source");
        assertThat(sources).hasSize(STEPS);
        assertThat(String.join(" ", sources)).as("the source words on the columns")
                .startsWith(text.substring(0, text.indexOf(" → ")));
        List<String> written = texts(attention, ".inside-attention-output");
        assertThat(written).as("the digits written on the rows").hasSize(STEPS)
                .allMatch(t -> t.matches("[0-9]|<end>"));
        List<WebElement> cells = attention.findElements(By.className("inside-attention-cell"));
        assertThat(cells).hasSize(STEPS * STEPS);
        for (int row = 0; row < STEPS; row++) {
            double sum = 0;
            for (int column = 0; column < STEPS; column++) {
                sum += Double.parseDouble(cells.get(row * STEPS + column).getDomAttribute("data-share"));
            }
            assertThat(sum).as("the shares of output step %d", row).isCloseTo(1.0, within(1e-3));
        }
        WebElement digits = driver.findElement(By.cssSelector("#inside-layers .inside-layer[data-node='digits']"));
        assertThat(texts(digits, ".inside-step-token")).as("the digit written at each step").isEqualTo(written);
        WebElement decoder = driver.findElement(By.cssSelector("#inside-layers .inside-layer[data-node='decoder']"));
        assertThat(decoder.findElements(By.className("inside-gate"))).extracting(g -> g.getDomAttribute("data-gate"))
                .containsExactly("input gate", "forget gate", "output gate", "cell state");

        Pages.scrollTo(driver, attention);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-translation-attention.png");
        Pages.scrollTo(driver, digits);
        browser.screenshot("inside-translation-output.png");
        Pages.scrollTo(driver, decoder.findElement(By.className("inside-gates")));
        browser.screenshot("inside-translation-decoder-gates.png");

        Pages.click(driver, driver.findElement(By.id("inside-next")));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the next held-out number" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("inside-summary"))).startsWith("Example #1 · "));
        assertThat(Pages.text(driver.findElement(By.id("inside-text")))).isNotEqualTo(text);
        assertThat(driver.findElements(By.cssSelector("#inside-layers .inside-attention-cell"))).hasSize(STEPS * STEPS);
    }

    @Test
    @SignedIn("inside-captioner")
    void aTrainedCaptionerShowsWhereEachWordLookedInThePicture(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        Pages.click(driver, Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='image-captioning'] .gallery-open"))));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the captioner open in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/"));
        Pages.click(driver, Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.id("train-button")).stream()
                .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst().orElse(null)));
        assertThat(StartDialog.awaitOpen(driver)).startsWith("Coloured shapes with captions");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the captioner to fit its dataset" + Pages.describe(driver))
                .until(d -> "true".equals(StartDialog.fits(d)));
        StartDialog.setField(driver, "start-epochs", "2");
        StartDialog.start(driver);
        Pages.click(driver, Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.id("run-detail-link")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null)));

        WebElement pictures = Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "the attention drawn on the picture once the run has succeeded"
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElements(By.cssSelector(
                        "#inside-layers .inside-layer[data-node='attention'] .inside-attention-pictures")).stream()
                        .findFirst().orElse(null));
        List<String> words = pictures.findElements(By.className("inside-attention-picture-token")).stream()
                .map(Pages::text).skip(1).toList();
        WebElement caption = driver.findElement(By.cssSelector("#inside-layers .inside-layer[data-node='caption']"));
        assertThat(words).as("a picture per word of the caption it wrote")
                .isEqualTo(texts(caption, ".inside-step-token"));
        assertThat(pictures.findElements(By.className("inside-attention-picture"))).as("the picture, then a word each")
                .hasSize(4)
                .allMatch(p -> p.getDomAttribute("src").startsWith("data:image/png;base64,"));
        WebElement map = driver.findElement(By.cssSelector(
                "#inside-layers .inside-layer[data-node='attention'] .inside-attention"));
        List<String> regions = texts(map, ".inside-attention-source");
        assertThat(regions).as("the 8 × 8 regions on the columns").hasSize(64)
                .startsWith("(1, 1)").endsWith("(8, 8)");

        Pages.scrollTo(driver, pictures);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-captioning-attention.png");
    }

    private static List<String> texts(WebElement root, String selector) {
        return root.findElements(By.cssSelector(selector)).stream().map(e -> e.getDomAttribute("title")).toList();
    }
}
