package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Issue 5 from the user's side, on one application: train Iris from the Train dialog and watch the loss chart grow
 * by server push; open the run page's confusion matrix and playground; download the model and restore it with
 * DL4J; train a second run with another learning rate and compare the two; and have a malformed CSV upload refused
 * with the service's message and nothing imported.
 */
class RunsAndDatasetsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofSeconds(180);
    private static final int IRIS_HELD_OUT = 30;

    /** The application under test, kept for the helpers' failure messages. */
    private AppProcess app;

    @Test
    @SignedIn("runner")
    void trainsComparesDownloadsAndRefusesABadUpload(Browser browser, AppProcess app) throws Exception {
        this.app = app;
        WebDriver driver = browser.driver();
        driver.get(app.baseUrl());
        awaitDisplayed(driver, "train-button").click();
        StartDialog.awaitOpen(driver);
        // Enough epochs that the run lasts a few seconds and the chart is seen growing.
        StartDialog.setField(driver, "start-epochs", "100");
        StartDialog.start(driver);

        List<Integer> pointCounts = watchChartWhileTraining(driver, "loss-chart", browser);
        awaitText(driver, "run-status", "Succeeded");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("run-panel-finished.png");
        assertThat(pointCounts.stream().distinct().count())
                .as("#loss-chart[data-points] must grow while the run trains, by server push; observed "
                        + pointCounts)
                .isGreaterThanOrEqualTo(3);
        assertThat(pointCounts).as("points are only ever added: " + pointCounts).isSorted();

        // The run page: results with the confusion matrix, downloads, playground.
        click(driver, awaitDisplayed(driver, "run-detail-link"));
        WebElement matrix = awaitDisplayed(driver, "confusion-matrix");
        int total = matrix.findElements(By.className("cm-cell")).stream()
                .mapToInt(c -> Integer.parseInt(c.getDomAttribute("data-count"))).sum();
        assertThat(total).as("the confusion matrix counts every held-out flower").isEqualTo(IRIS_HELD_OUT);
        assertThat(matrix.findElements(By.className("cm-cell"))).as("3×3 cells for Iris' three species").hasSize(9);
        assertThat(chartPoints(driver, "epoch-chart")).as("the run page draws the stored per-epoch curves")
                .isGreaterThan(0);
        click(driver, awaitDisplayed(driver, "use-example-button"));
        String predicted = Pages.text(awaitDisplayed(driver, "prediction-class"));
        assertThat(predicted).as("the playground predicts a species for a held-out flower")
                .isIn("setosa", "versicolor", "virginica", "Iris-setosa", "Iris-versicolor", "Iris-virginica");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("run-detail-playground.png");
        scrollTo(driver, matrix);
        browser.screenshot("run-detail-results.png");
        scrollTo(driver, driver.findElement(By.id("loss-chart")));
        browser.screenshot("run-detail-charts.png");
        // How the layers moved: Iris' two layers over 100 epochs in each chart, the healthy level drawn in, and a
        // line of hints (or that every layer stayed healthy) above them.
        WebElement ratioChart = awaitDisplayed(driver, "layer-ratio-chart");
        assertThat(chartPoints(driver, "layer-ratio-chart")).as("#layer-ratio-chart: 2 layers × 100 epochs and the "
                + "two ends of the healthy line").isEqualTo(2 * 100 + 2);
        assertThat(chartPoints(driver, "layer-gradient-chart")).isEqualTo(2 * 100);
        assertThat(chartPoints(driver, "layer-std-chart")).isEqualTo(2 * 100);
        assertThat(chartPoints(driver, "layer-mean-chart")).isEqualTo(2 * 100);
        String hints = Pages.text(awaitDisplayed(driver, "layer-hints"));
        assertThat(hints).as("#layer-hints names a layer or says all stayed healthy")
                .containsAnyOf("Every layer's updates stayed within", "Layer \"dense1\"", "Layer \"output\"");
        assertThat(driver.findElements(By.id("layer-stats-note")).stream().filter(WebElement::isDisplayed))
                .as("a run with statistics shows no note about missing ones").isEmpty();
        scrollTo(driver, ratioChart);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("run-detail-layers.png");

        Path model = download(driver, "download-model", "model.zip");
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(model.toFile(), false);
        INDArray output = restored.outputSingle(Nd4j.zeros(1, 4));
        assertThat(output.shape()).as("the restored model maps 4 measurements to 3 class probabilities")
                .containsExactly(1, 3);
        assertThat(output.sumNumber().doubleValue()).as("softmax output").isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-4));
        String graphJson = Files.readString(download(driver, "download-graph", "graph.json"), StandardCharsets.UTF_8);
        assertThat(graphJson).as("the graph download is the run's graph document").contains("\"nodes\"");

        // Back in the editor, the Training tab shows the graph's newest run again, with its curves.
        driver.findElement(By.id("nav-editor")).click();
        awaitDisplayed(driver, "training-tab").click();
        awaitText(driver, "run-status", "Succeeded");
        assertThat(chartPoints(driver, "epoch-chart")).as("the returning editor redraws run #1's 100 epochs × 3 "
                + "per-epoch series").isEqualTo(300);

        // A second run with another learning rate, then both compared.
        awaitDisplayed(driver, "train-button").click();
        StartDialog.awaitOpen(driver);
        StartDialog.setField(driver, "start-epochs", "15");
        StartDialog.setField(driver, "start-learning-rate", "0.001");
        // this one also measures its layers every 5 steps: its layer charts run over steps
        StartDialog.setField(driver, "start-layer-statistics-every", "5");
        StartDialog.start(driver);
        awaitText(driver, "run-status", "Succeeded");
        click(driver, awaitDisplayed(driver, "run-detail-link"));
        WebElement stepsChart = awaitDisplayed(driver, "layer-ratio-chart");
        assertThat(chartPoints(driver, "layer-ratio-chart")).as("#layer-ratio-chart of a run measured every 5 "
                + "steps: more points per layer than its 15 epochs").isGreaterThan(2 * 15 * 2 + 2);
        assertThat(Pages.text(awaitDisplayed(driver, "hyperparameters"))).as("the run's settings say how it measured")
                .contains("every 5 steps and each epoch's last");
        scrollTo(driver, stepsChart);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("run-detail-layers-every-5-steps.png");

        driver.findElement(By.id("nav-runs")).click();
        WebElement grid = awaitDisplayed(driver, "runs-grid");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected two run rows with checkboxes" + Pages.describe(driver))
                .until(d -> grid.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox")).size() >= 2);
        List<WebElement> boxes = grid.findElements(By.cssSelector("vaadin-grid-cell-content vaadin-checkbox"));
        // One "Compare" box per run (there is no "select all"); tick the two rows one by one as a user would.
        ((JavascriptExecutor) driver).executeScript("arguments[0].click(); arguments[1].click();", boxes.get(0),
                boxes.get(1));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected Compare (#compare-button) to be enabled with two runs "
                        + "ticked" + Pages.describe(driver))
                .until(d -> d.findElement(By.id("compare-button")).getDomAttribute("disabled") == null);
        driver.findElement(By.id("compare-button")).click();
        WebElement settings = awaitDisplayed(driver, "compare-settings");
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected the differences table to list the learning rate and "
                        + "epochs" + Pages.describe(driver))
                .until(d -> {
                    String text = cellTexts(settings);
                    return text.contains("learning rate") && text.contains("epochs");
                });
        assertThat(chartPoints(driver, "compare-metric-chart")).as("overlaid held-out accuracy curves of 100 + 15 "
                + "epochs").isGreaterThanOrEqualTo(100 + 15);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("compare.png");

        // An image model: the Train dialog proposes the digits, the run page shows mistakes as pictures, and the
        // playground predicts a digit drawn with the mouse.
        trainDigitsAndDraw(driver, browser);
        trainHousePrices(driver, browser);

        // A malformed CSV: the service's message is shown and nothing is imported.
        driver.findElement(By.id("nav-datasets")).click();
        awaitDisplayed(driver, "builtin-datasets");
        browser.screenshot("datasets.png");
        awaitDisplayed(driver, "upload-dataset-button").click();
        Path bad = Files.writeString(Files.createTempFile("bad-", ".csv"),
                "a,b,label\n1,2,x\n3,4,y\n5,6\n7,8,x\n", StandardCharsets.UTF_8);
        awaitDisplayed(driver, "dataset-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(bad.toString());
        String error = Pages.text(awaitDisplayed(driver, "upload-error"));
        assertThat(error).as("the refusal names the malformed line").containsIgnoringCase("line 4")
                .contains("Nothing was imported");
        assertThat(driver.findElement(By.id("import-dataset-button")).getDomAttribute("disabled"))
                .as("Import stays disabled for a refused file").isNotNull();
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("upload-refused.png");
        driver.findElement(By.id("upload-cancel")).click();
        assertThat(driver.findElements(By.id("no-uploads"))).as("no dataset was imported").isNotEmpty();

        // A good CSV: previewed, imported, listed.
        awaitDisplayed(driver, "upload-dataset-button").click();
        StringBuilder csv = new StringBuilder("width,height,kind\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i % 2 == 0 ? 1 + i * 0.01 : 5 + i * 0.01).append(',').append(i % 7).append(',')
                    .append(i % 2 == 0 ? "small" : "large").append('\n');
        }
        Path good = Files.writeString(Files.createTempFile("boxes-", ".csv"), csv, StandardCharsets.UTF_8);
        awaitDisplayed(driver, "dataset-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(good.toString());
        String summary = Pages.text(awaitDisplayed(driver, "upload-summary"));
        assertThat(summary).as("the preview's summary of the good CSV").contains("40");
        assertThat(Pages.text(awaitDisplayed(driver, "upload-class-counts"))).contains("small: 20")
                .contains("large: 20");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("upload-preview.png");
        click(driver, driver.findElement(By.id("import-dataset-button")));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected the imported dataset's card under #uploaded-datasets"
                        + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("uploaded-datasets"))).contains("boxes-"));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("datasets-after-import.png");

        // A zip of pictures, one folder per class: the wizard switches to images by itself, and the preview shows
        // them resized, with counts per class.
        awaitDisplayed(driver, "upload-dataset-button").click();
        awaitDisplayed(driver, "dataset-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(imageZip().toString());
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected the zip's preview with pictures" + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("#upload-preview img")).size() >= 8);
        assertThat(Pages.text(awaitDisplayed(driver, "upload-class-counts"))).contains("dark: 6").contains("light: 6");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("upload-images-preview.png");
        driver.findElement(By.id("upload-cancel")).click();
    }

    /** Six dark and six light 20×20 squares in two class folders. */
    private static Path imageZip() throws IOException {
        Path zip = Files.createTempFile("squares-", ".zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (String kind : List.of("dark", "light")) {
                for (int i = 0; i < 6; i++) {
                    var image = new java.awt.image.BufferedImage(20, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
                    int level = kind.equals("dark") ? 20 + i * 5 : 220 - i * 5;
                    for (int y = 0; y < 20; y++) {
                        for (int x = 0; x < 20; x++) {
                            image.setRGB(x, y, (level << 16) | (level << 8) | level);
                        }
                    }
                    out.putNextEntry(new java.util.zip.ZipEntry(kind + "/" + i + ".png"));
                    javax.imageio.ImageIO.write(image, "png", out);
                    out.closeEntry();
                }
            }
        }
        return zip;
    }

    /** Replaces the editor's graph with a test resource through the Import dialog, as a user would. */
    private void importGraph(WebDriver driver, String resource) throws IOException {
        driver.findElement(By.id("nav-editor")).click();
        awaitDisplayed(driver, "import-button").click();
        Path graph = Files.createTempFile("graph-", ".json");
        try (var in = getClass().getResourceAsStream(resource)) {
            Files.write(graph, in.readAllBytes());
        }
        awaitDisplayed(driver, "import-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(graph.toString());
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected the Import dialog to close after importing "
                        + resource + Pages.describe(driver))
                .until(d -> d.findElements(By.id("import-upload")).stream().noneMatch(WebElement::isDisplayed));
    }

    /** A regression: R² and the predicted-vs-actual scatter on the run page; then the run is deleted. */
    private void trainHousePrices(WebDriver driver, Browser browser) throws IOException {
        importGraph(driver, "house-prices-mlp.graph.json");
        awaitDisplayed(driver, "train-button").click();
        assertThat(StartDialog.awaitOpen(driver)).as("Input(5) → Output(1, identity) is proposed the house prices")
                .containsIgnoringCase("house");
        StartDialog.start(driver);
        awaitText(driver, "run-status", "Succeeded");
        click(driver, awaitDisplayed(driver, "run-detail-link"));
        double r2 = Double.parseDouble(Pages.text(awaitDisplayed(driver, "result-r2")));
        assertThat(r2).as("held-out R² of a small MLP on the house prices").isGreaterThan(0.5);
        WebElement scatter = awaitDisplayed(driver, "predicted-actual");
        assertThat(chartPoints(driver, "predicted-actual")).as("one scatter point per held-out house plus the "
                + "diagonal's two").isEqualTo(200 + 2);
        click(driver, awaitPresent(driver, "use-example-button"));
        Pages.waitUpTo(driver, WAIT).withMessage(() -> "Expected the playground (#prediction) to predict a held-out "
                        + "house's price in thousand euros" + Pages.describe(driver))
                .until(d -> Pages.text(d.findElement(By.id("prediction"))).contains("thousand euros"));
        scrollTo(driver, scatter);
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("house-prices-results.png");

        String url = driver.getCurrentUrl();
        click(driver, awaitPresent(driver, "detail-delete"));
        // The confirmation's buttons live in its overlay, not under #delete-run-dialog.
        WebElement confirm = Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected the delete confirmation #delete-run-dialog with a Delete button"
                        + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened] [slot='confirm-button']")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        confirm.click();
        awaitDisplayed(driver, "runs-grid");
        driver.get(url);
        assertThat(Pages.text(awaitDisplayed(driver, "run-missing"))).as("a deleted run's page").contains("does not "
                + "exist");
    }

    private void trainDigitsAndDraw(WebDriver driver, Browser browser) throws IOException {
        importGraph(driver, "digits-mlp.graph.json");
        awaitDisplayed(driver, "train-button").click();
        String proposed = StartDialog.awaitOpen(driver);
        assertThat(proposed).as("an image graph 28×28×1 → 10 classes is proposed the digits, not its last dataset "
                + "(Iris)").containsIgnoringCase("MNIST");
        assertThat(StartDialog.fits(driver)).isEqualTo("true");
        StartDialog.start(driver);
        awaitText(driver, "run-status", "Succeeded");
        click(driver, awaitDisplayed(driver, "run-detail-link"));
        WebElement mistakes = awaitDisplayed(driver, "misclassified");
        assertThat(mistakes.findElements(By.tagName("img"))).as("misclassified digits are shown as pictures")
                .isNotEmpty();
        WebElement pad = awaitDisplayed(driver, "draw-pad").findElement(By.tagName("canvas"));
        scrollTo(driver, pad);
        // A "1": one vertical stroke down the middle.
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(pad, 0, -80).clickAndHold()
                .moveByOffset(0, 40).moveByOffset(0, 40).moveByOffset(0, 40).moveByOffset(0, 40).release().perform();
        String digit = Pages.text(awaitDisplayed(driver, "prediction-class"));
        assertThat(digit).as("the playground's prediction for the drawn digit").matches("[0-9]");
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("digits-playground.png");
        scrollTo(driver, mistakes);
        browser.screenshot("digits-results.png");
    }

    /** Samples the chart's point count every 250 ms until the run panel shows a final status. */
    private List<Integer> watchChartWhileTraining(WebDriver driver, String chartId, Browser browser) {
        List<Integer> counts = new ArrayList<>();
        scrollTo(driver, awaitDisplayed(driver, chartId));
        Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "Expected the run to finish while #" + chartId + " was watched; counts " + counts
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> {
                    counts.add(chartPoints(d, chartId));
                    if (counts.size() == 8) {
                        browser.screenshot("run-panel-training.png");
                    }
                    String status = Pages.text(d.findElement(By.id("run-status")));
                    return status.equals("Succeeded") || status.equals("Failed") || status.equals("Cancelled");
                });
        return counts;
    }

    private static void scrollTo(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    /**
     * Scrolls the element into view first (the run page is taller than the window) and, while a notification such
     * as "Saved version 2." still covers it, tries again as a user would once it has faded.
     */
    private static void click(WebDriver driver, WebElement element) {
        scrollTo(driver, element);
        Pages.waitUpTo(driver, Duration.ofSeconds(15))
                .withMessage(() -> "Expected to be able to click " + element + Pages.describe(driver))
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    element.click();
                    return true;
                });
    }

    private static int chartPoints(WebDriver driver, String chartId) {
        List<WebElement> chart = driver.findElements(By.id(chartId));
        String value = chart.isEmpty() ? null : chart.get(0).getDomAttribute("data-points");
        return value == null ? 0 : Integer.parseInt(value);
    }

    /** Fetches a download link's target with the browser's session cookie, as the browser would. */
    private Path download(WebDriver driver, String anchorId, String name) throws IOException, InterruptedException {
        // Wait for the link itself: its download address is what the test fetches.
        String href = Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected #" + anchorId + " with a download link" + Pages.describe(driver))
                .until(d -> d.findElements(By.id(anchorId)).stream().map(a -> a.getDomProperty("href"))
                        .filter(h -> h != null && h.startsWith("http")).findFirst().orElse(null));
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", cookies).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("GET " + href + " (#" + anchorId + ")").isEqualTo(200);
        Path file = E2ePaths.freshDirectory("downloads", "run-").resolve(name);
        Files.write(file, response.body());
        return file;
    }

    private static String cellTexts(WebElement grid) {
        return grid.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(Pages::text)
                .collect(Collectors.joining(" | "));
    }

    private WebElement awaitDisplayed(WebDriver driver, String id) {
        return Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected a visible #" + id + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElements(By.id(id)).stream().filter(WebElement::isDisplayed).findFirst()
                        .orElse(null));
    }

    /** For elements that may be scrolled out of the page's scrolling area, which Selenium counts as not shown. */
    private WebElement awaitPresent(WebDriver driver, String id) {
        return Pages.waitUpTo(driver, WAIT)
                .withMessage(() -> "Expected an element #" + id + Pages.describe(driver) + app.diagnostics())
                .until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    private void awaitText(WebDriver driver, String id, String expected) {
        List<String> seen = new ArrayList<>();
        Pages.waitUpTo(driver, TRAINING)
                .withMessage(() -> "Expected #" + id + " to read \"" + expected + "\"; it read " + seen
                        + Pages.describe(driver) + app.diagnostics())
                .until(d -> {
                    List<WebElement> e = d.findElements(By.id(id));
                    String text = e.isEmpty() ? "(absent)" : Pages.text(e.get(0));
                    if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(text)) {
                        seen.add(text);
                    }
                    return text.equals(expected);
                });
    }
}
