package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The template gallery: a card per template, filtered by family; Open gives an editable copy in the editor. */
class GalleryEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    @SignedIn("learner")
    void filtersByFamilyAndOpensAnEditableCopy(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        int total = openGalleryWithAllCards(driver, app);
        browser.screenshot("gallery.png");

        driver.findElement(By.id("family-rnn")).click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "only recurrent templates" + Pages.describe(driver))
                .until(d -> {
                    List<WebElement> cards = d.findElements(By.cssSelector("#gallery-cards .gallery-card"));
                    return !cards.isEmpty() && cards.size() < total
                            && cards.stream().allMatch(c -> c.getText().contains("Recurrent"));
                });

        driver.findElement(By.id("family-mlp")).click();
        WebElement iris = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='iris-mlp'] .gallery-open")));
        iris.click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the copy open in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/"));
        Canvas canvas = new Canvas(driver);
        Pages.waitUpTo(driver, WAIT).until(d -> canvas.nodeIds().size() == 3);
        assertThat(canvas.totalParams()).isEqualTo(131);
        assertThat(driver.findElement(By.id("save-state")).getText()).startsWith("Saved");
    }

    @Test
    @SignedIn("encoder")
    void theAutoencoderShowsHeldOutDigitsBesideWhatItGivesBack(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        int total = openGalleryWithAllCards(driver, app);
        driver.findElement(By.id("family-cnn")).click();
        // the filter replaces every card: wait until the CNN cards stand alone, then look the card up afresh
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "only convolutional templates" + Pages.describe(driver))
                .until(d -> {
                    List<WebElement> cards = d.findElements(By.cssSelector("#gallery-cards .gallery-card"));
                    return !cards.isEmpty() && cards.size() < total;
                });
        Pages.awaitVaadinIdle(driver);
        WebElement card = driver.findElement(By.cssSelector(".gallery-card[data-template='autoencoder-mnist']"));
        assertShowsItsVerification(driver, "autoencoder-mnist");
        assertThat(card.getText()).contains("mean picture's squared error").contains("principal components");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", card);
        browser.screenshot("gallery-autoencoder.png");
    }

    /** Opens the gallery and waits until every family's cards are shown; returns how many there are. */
    private static int openGalleryWithAllCards(WebDriver driver, AppProcess app) {
        driver.get(app.baseUrl() + "/gallery");
        List<WebElement> all = Pages.waitUpTo(driver, WAIT).until(d -> {
            List<WebElement> cards = d.findElements(By.cssSelector("#gallery-cards .gallery-card"));
            return cards.size() >= 4 ? cards : null;
        });
        Pages.awaitVaadinIdle(driver);
        return all.size();
    }

    /**
     * A card built from the results file: a picture from the verification run, "Reaches" or "Aims for" with the
     * figure each bar got, and when and where it was verified.
     */
    private static void assertShowsItsVerification(WebDriver driver, String template) {
        String card = ".gallery-card[data-template='" + template + "'] ";
        WebElement samples = driver.findElement(By.cssSelector(card + "img.gallery-samples"));
        assertThat(samples.getDomAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;",
                samples)).intValue()).as("the samples picture of %s decodes", template).isGreaterThan(100);
        String expected = driver.findElement(By.cssSelector(card + ".gallery-expected")).getText();
        assertThat(expected).matches("(?s)(Reaches|Aims for) .*").contains("reached ").contains("verified ")
                .contains("at commit ");
    }

    @Test
    @SignedIn("gamer")
    void aGanOpenedFromTheGalleryIsOfferedItsPicturesToTrainOn(Browser browser, AppProcess app) {
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl() + "/gallery");
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id("family-gan"))).click();
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.cssSelector("#gallery-cards .gallery-card")).stream()
                .allMatch(c -> c.getText().contains("Generative adversarial")));
        Pages.awaitVaadinIdle(driver);
        // each GAN card shows samples its latest verification run drew, and what that run reached against each bar
        for (String gan : List.of("dcgan-shapes", "digit-gan")) {
            assertShowsItsVerification(driver, gan);
        }
        browser.screenshot("gallery-gan.png");
        WebElement open = Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='digit-gan'] .gallery-open")));
        // the cards are taller than the window: bring the button to the middle, as a user scrolls to it
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", open);
        open.click();
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the GAN open in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/"));
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElements(By.id("train-button")).stream()
                .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst().orElse(null))
                .click();

        assertThat(StartDialog.awaitOpen(driver)).startsWith("MNIST");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "the GAN to fit MNIST" + Pages.describe(driver))
                .until(d -> "true".equals(StartDialog.fits(d)));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("train-dialog-gan.png");
        assertThat(driver.findElement(By.id("start-run-button")).getDomAttribute("disabled")).isNull();
    }
}
