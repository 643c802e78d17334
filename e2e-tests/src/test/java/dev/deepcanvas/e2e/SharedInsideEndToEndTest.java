package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Inside view through a share link: one person trains the Iris template and shares it with its results; a
 * signed-out browser opens the link, goes from the shared run's row to the run's Inside view and sees its first layer
 * and its output. The same link does not open a run it does not share, and stops working when it is turned off.
 */
class SharedInsideEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration TRAINING = Duration.ofMinutes(4);

    @Test
    @SignedIn("inside-sharer")
    void aSignedOutVisitorLooksInsideASharedRun(Browser owner, AppProcess app) {
        WebDriver a = owner.driver();
        a.get(app.baseUrl() + "/gallery");
        WebElement train = Pages.waitUpTo(a, WAIT).until(d -> d.findElement(
                By.cssSelector(".gallery-card[data-template='iris-mlp'] .gallery-train")));
        Pages.click(a, train);
        Pages.waitUpTo(a, WAIT).withMessage(() -> "the run page of the Iris copy" + Pages.describe(a))
                .until(d -> d.getCurrentUrl().contains("/runs/"));
        String runId = a.getCurrentUrl().replaceAll(".*/runs/([0-9]+).*", "$1");
        Pages.waitUpTo(a, TRAINING).withMessage(() -> "the owner's Inside view once the run has succeeded"
                        + Pages.describe(a) + app.diagnostics())
                .until(d -> !d.findElements(By.cssSelector("#inside-layers .inside-layer")).isEmpty());

        // The trained copy is the owner's latest graph: share it with its results.
        a.get(app.baseUrl() + "/editor");
        Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("share-button"))).click();
        Pages.click(a, Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("share-with-runs"))));
        a.findElement(By.id("create-link")).click();
        String link = Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("share-link"))).getDomProperty("value");
        assertThat(link).matches(".*/shared/[A-Za-z0-9_-]{43}$");

        try (Browser visitor = Browser.start()) {
            WebDriver b = visitor.driver();
            b.get(link);
            WebElement inside = Pages.waitUpTo(b, WAIT).withMessage(() -> "the shared run's way inside"
                            + Pages.describe(b))
                    .until(d -> d.findElements(By.cssSelector(".shared-run-inside[data-run='" + runId + "']"))
                            .stream().findFirst().orElse(null));
            Pages.awaitVaadinIdle(b);
            visitor.screenshot("shared-results-inside-link.png");
            Pages.click(b, inside);
            Pages.waitUpTo(b, WAIT).withMessage(() -> "the shared run's Inside view" + Pages.describe(b))
                    .until(d -> d.getCurrentUrl().endsWith("/runs/" + runId)
                            && !d.findElements(By.cssSelector("#inside-layers .inside-layer")).isEmpty());
            assertThat(Pages.text(b.findElement(By.id("shared-run-title")))).startsWith("Run #" + runId + " · ");
            assertThat(b.findElement(By.id("read-only-badge")).getText()).isEqualTo("Read-only");
            Pages.awaitVaadinIdle(b);
            visitor.screenshot("shared-inside-head.png");
            List<String> layers = b.findElements(By.cssSelector("#inside-layers .inside-layer")).stream()
                    .map(l -> l.getDomAttribute("data-node")).toList();
            assertThat(layers).containsExactly("input", "dense1", "output");
            WebElement first = b.findElement(By.cssSelector("#inside-layers .inside-layer[data-node='input']"));
            assertThat(first.findElements(By.cssSelector(".inside-units div[title^='feature ']")))
                    .as("a bar for each of the four measurements of a flower").hasSize(4);
            WebElement output = b.findElement(By.cssSelector("#inside-layers .inside-layer[data-kind='OUTPUT']"));
            assertThat(output.findElements(By.className("bar-row"))).as("one bar per species").hasSize(3);
            assertThat(Pages.text(b.findElement(By.id("inside-summary"))))
                    .startsWith("Example #0 · true answer: ").contains("predicted: ");
            Pages.click(b, b.findElement(By.id("inside-next")));
            Pages.waitUpTo(b, WAIT).withMessage(() -> "the next held-out flower" + Pages.describe(b))
                    .until(d -> Pages.text(d.findElement(By.id("inside-summary"))).startsWith("Example #1 · "));
            Pages.scrollTo(b, b.findElement(By.id("inside")));
            Pages.awaitVaadinIdle(b);
            visitor.screenshot("shared-inside-iris.png");

            Pages.click(b, b.findElement(By.id("shared-run-back")));
            Pages.waitUpTo(b, WAIT).withMessage(() -> "back on the shared graph" + Pages.describe(b))
                    .until(d -> d.getCurrentUrl().equals(link) && !d.findElements(By.id("shared-title")).isEmpty());

            // A run the link does not share answers in one line, exactly like one that does not exist.
            String runsPath = link + "/runs/";
            b.get(runsPath + (Long.parseLong(runId) + 100_000));
            WebElement notShown = Pages.waitUpTo(b, WAIT).until(d -> d.findElement(By.id("not-shared")));
            assertThat(notShown.getText()).isEqualTo("This link does not show run #" + (Long.parseLong(runId) + 100_000)
                    + ": it may have been turned off, or the run is not among the results it shares.");

            // The owner turns the link off: the visitor's run page stops working at once.
            a.navigate().refresh();
            Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("share-button"))).click();
            Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("revoke-link"))).click();
            Pages.waitUpTo(a, WAIT).until(d -> !d.findElements(By.id("create-link")).isEmpty());
            b.get(runsPath + runId);
            WebElement revoked = Pages.waitUpTo(b, WAIT).until(d -> d.findElement(By.id("not-shared")));
            assertThat(revoked.getText()).startsWith("This link does not show run #" + runId + ":");
            assertThat(Pages.describe(b)).doesNotContain("Exception");
            Pages.awaitVaadinIdle(b);
            visitor.screenshot("shared-inside-revoked.png");
        }
    }
}
