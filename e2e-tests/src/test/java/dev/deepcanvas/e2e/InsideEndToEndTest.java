package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Inside the model: a LeNet trained from the gallery with its defaults, its run page, a held-out digit, the first
 * convolution's 20 feature maps (one enlarged), the output's 10 digit probabilities and the predicted digit's
 * saliency over the picture, then the next digit and a digit drawn on the pad; a sentiment LSTM's hidden state over time, and the same layer
 * opened from its node on the canvas; a GRU sentiment model's update and reset gates.
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
        Pages.click(driver, train);
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
        assertThat(conv1.findElements(By.cssSelector(".inside-filters img.inside-filter")))
                .as("LeNet's 20 learned filters as pictures").hasSize(20);
        List<String> layers = driver.findElements(By.cssSelector("#inside-layers .inside-layer")).stream()
                .map(l -> l.getDomAttribute("data-node")).toList();
        assertThat(layers).containsExactly("pixels", "conv1", "pool1", "conv2", "pool2", "dense", "digit");
        WebElement output = driver.findElement(By.cssSelector("#inside-layers .inside-layer[data-kind='OUTPUT']"));
        assertThat(output.findElements(By.className("bar-row"))).as("one bar per digit").hasSize(10);
        WebElement summary = driver.findElement(By.id("inside-summary"));
        assertThat(Pages.text(summary)).startsWith("Example #0 · true answer: ").contains("predicted: ");

        Pages.scrollTo(driver, driver.findElement(By.id("inside")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lenet-feature-maps.png");
        Pages.scrollTo(driver, output);
        browser.screenshot("inside-lenet-output.png");

        WebElement saliency = driver.findElement(By.id("inside-saliency"));
        assertThat(saliency.findElements(By.className("inside-saliency-picture"))).extracting(
                p -> p.getDomAttribute("alt")).containsExactly("saliency over the input", "saliency");
        Pages.scrollTo(driver, saliency);
        browser.screenshot("inside-lenet-saliency.png");

        Pages.click(driver, conv1.findElements(By.className("inside-channel")).get(3));
        WebElement enlarged = Pages.waitUpTo(driver, WAIT).withMessage(() -> "channel 3 enlarged"
                        + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay img")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertThat(enlarged.getDomAttribute("alt")).isEqualTo("conv1 channel 3");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lenet-enlarged.png");
        Pages.click(driver, driver.findElements(By.cssSelector("vaadin-dialog-overlay vaadin-button")).stream()
                .filter(b -> Pages.text(b).equals("Close")).findFirst().orElseThrow());
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.cssSelector("vaadin-dialog-overlay img")).stream()
                .noneMatch(WebElement::isDisplayed));

        Pages.click(driver, driver.findElement(By.id("inside-next")));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the next held-out digit" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("inside-summary"))).startsWith("Example #1 · "));

        // A digit of one's own: a "1" drawn on the Inside view's pad, and every layer follows it.
        WebElement pad = driver.findElement(By.id("inside-draw-pad")).findElement(By.tagName("canvas"));
        Pages.scrollTo(driver, driver.findElement(By.id("inside-own")));
        new Actions(driver).moveToElement(pad, 0, -80).clickAndHold().moveByOffset(0, 40).moveByOffset(0, 40)
                .moveByOffset(0, 40).moveByOffset(0, 40).release().perform();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the layers of the drawn digit" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("inside-summary"))).matches("Your own input · predicted: [0-9]"));
        assertThat(driver.findElements(By.cssSelector("#inside-layers .inside-layer[data-node='conv1'] "
                + ".inside-channel img"))).as("the drawn digit's 20 first feature maps").hasSize(20);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lenet-drawn.png");
    }

    @Test
    @SignedIn("inside-reader")
    void aTrainedSentimentLstmShowsItsHiddenStateOverTime(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        WebElement train = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='sentiment-lstm'] .gallery-train")));
        Pages.click(driver, train);
        WebElement lstm = Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "the LSTM's hidden state once the run has succeeded" + Pages.describe(driver)
                        + app.diagnostics())
                .until(d -> d.findElements(By.cssSelector("#inside-layers .inside-layer[data-node='lstm']")).stream()
                        .findFirst().orElse(null));
        assertThat(lstm.getDomAttribute("data-kind")).isEqualTo("OVER_TIME");
        // the hidden state is the layer's own heat map; its gates follow in their own box
        assertThat(lstm.findElements(By.cssSelector(":scope > .inside-time .inside-time-picture"))).hasSize(1);
        assertThat(Pages.text(lstm)).contains("units 0–63", "time steps 0–15");
        assertThat(lstm.findElements(By.cssSelector(":scope > .inside-time .inside-time-words span")))
                .as("a word under each step").hasSize(16);
        assertThat(lstm.findElements(By.cssSelector(".inside-gates .inside-gate"))).extracting(
                g -> g.getDomAttribute("data-gate")).containsExactly("input gate", "forget gate", "output gate",
                "cell state");
        // the saliency per word: a chip for each of the example's 16 steps, or a word cut before them
        assertThat(driver.findElements(By.cssSelector("#inside-word-chips .inside-word")).size())
                .isGreaterThanOrEqualTo(16);
        assertThat(Pages.text(driver.findElement(By.id("inside-word-named")))).contains("up most");
        Pages.scrollTo(driver, lstm);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lstm-over-time.png");

        // A sentence of one's own, read as the model reads its data.
        WebElement sentence = driver.findElement(By.id("inside-sentence")).findElement(By.tagName("input"));
        Pages.scrollTo(driver, driver.findElement(By.id("inside-own")));
        sentence.sendKeys("the story was not truly forgettable");
        Pages.click(driver, driver.findElement(By.id("inside-sentence-show")));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the layers of the typed sentence" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("inside-summary"))).startsWith("Your own input · predicted: "));
        assertThat(Pages.text(driver.findElement(By.id("inside-text"))))
                .startsWith("Read as: the story was not truly forgettable");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lstm-typed.png");
        // the typed words coloured by how much each sways the predicted class; the padding before them has no value
        List<WebElement> read = driver.findElements(
                By.cssSelector("#inside-word-chips .inside-word[data-role='read']"));
        assertThat(read).extracting(Pages::text).containsExactly("the", "story", "was", "not", "truly",
                "forgettable");
        assertThat(read).allMatch(chip -> chip.getDomAttribute("title").contains("gradient × embedding"));
        assertThat(driver.findElements(By.cssSelector("#inside-word-chips .inside-word[data-role='padding']")))
                .hasSize(10);
        Pages.scrollTo(driver, driver.findElement(By.id("inside-saliency")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-lstm-word-saliency.png");

        // From the canvas: the copy is this person's latest graph; its LSTM node links to what it saw in the run.
        String runPage = driver.getCurrentUrl();
        driver.get(app.baseUrl() + "/editor");
        new Canvas(driver).select("lstm");
        WebElement link = Pages.waitUpTo(driver, WAIT).withMessage(() -> "the node's link to its run"
                + Pages.describe(driver)).until(d -> d.findElement(By.id("node-inside-link")));
        assertThat(Pages.text(link)).startsWith("What this layer saw in run #");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-node-link.png");
        Pages.click(driver, link);
        WebElement focused = Pages.waitUpTo(driver, WAIT).withMessage(() -> "the LSTM's section, marked"
                        + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("#inside-layers .inside-layer.inside-focus")).stream()
                        .findFirst().orElse(null));
        assertThat(focused.getDomAttribute("data-node")).isEqualTo("lstm");
        assertThat(driver.getCurrentUrl()).startsWith(runPage).endsWith("?layer=lstm");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the page scrolled to the LSTM's section" + Pages.describe(driver))
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("const r = arguments[0]"
                        + ".getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight / 3;", focused));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-from-the-canvas.png");
    }

    @Test
    @SignedIn("inside-gru-reader")
    void aTrainedGruShowsItsUpdateAndResetGatesOverTime(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        WebElement train = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='sentiment-bidirectional-gru'] .gallery-train")));
        Pages.click(driver, train);
        WebElement gru = Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "the GRU's hidden state once the run has succeeded" + Pages.describe(driver)
                        + app.diagnostics())
                .until(d -> d.findElements(By.cssSelector("#inside-layers .inside-layer[data-node='gru']")).stream()
                        .findFirst().orElse(null));
        assertThat(gru.findElements(By.cssSelector(".inside-gates .inside-gate"))).extracting(
                g -> g.getDomAttribute("data-gate")).containsExactly("update gate", "reset gate", "candidate state");
        assertThat(Pages.text(gru.findElement(By.className("inside-gates"))))
                .startsWith("Inside the GRU (recomputed from its trained weights");
        assertThat(gru.findElements(By.cssSelector(".inside-gates .inside-time-picture"))).hasSize(3);
        Pages.scrollTo(driver, gru.findElement(By.className("inside-gates")));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("inside-gru-gates.png");
    }
}
