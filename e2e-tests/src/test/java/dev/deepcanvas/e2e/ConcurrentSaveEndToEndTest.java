package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/** Two tabs save one graph: the later save is not lost; it is offered as a copy, and the first stays intact. */
class ConcurrentSaveEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    @SignedIn("carol")
    void theLaterSaveBecomesACopyInsteadOfOverwriting(Browser first, AppProcess app, Account carol) {
        WebDriver a = first.driver();
        Pages.waitUpTo(a, WAIT).until(d -> new Canvas(d).nodeIds().size() == 3);
        String editorUrl = a.getCurrentUrl();

        try (Browser second = Browser.start()) {
            WebDriver b = second.driver();
            b.get(app.baseUrl() + "/login");
            Accounts.signIn(b, carol);
            b.get(editorUrl);
            Pages.waitUpTo(b, WAIT).until(d -> new Canvas(d).nodeIds().size() == 3);

            rename(a, "First tab's name");
            a.findElement(By.id("save-button")).click();
            Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("save-state")).getText().contains("version 2"));

            rename(b, "Second tab's name");
            b.findElement(By.id("save-button")).click();
            Pages.waitUpTo(b, WAIT).withMessage(() -> "the conflict choice" + Pages.describe(b))
                    .until(d -> !d.findElements(By.xpath("//vaadin-button[normalize-space()='Save mine as a copy']")).isEmpty());
            second.screenshot("save-conflict.png");
            b.findElement(By.xpath("//vaadin-button[normalize-space()='Save mine as a copy']")).click();
            Pages.waitUpTo(b, WAIT).withMessage(() -> "the copy open in the editor at " + b.getCurrentUrl())
                    .until(d -> d.findElement(By.id("graph-name")).findElement(By.cssSelector("input"))
                            .getDomProperty("value").equals("Second tab's name (my copy)")
                            && d.findElement(By.id("save-state")).getText().startsWith("Saved"));

            // Both versions survive: the first tab's save and the second tab's copy.
            a.get(app.baseUrl() + "/graphs");
            Pages.waitUpTo(a, WAIT).withMessage(() -> "both graphs listed" + Pages.describe(a)).until(d -> {
                var cells = d.findElements(By.cssSelector("#graphs-grid vaadin-grid-cell-content")).stream()
                        .map(c -> c.getText()).toList();
                return cells.contains("First tab's name") && cells.contains("Second tab's name (my copy)");
            });
        }
    }

    private static void rename(WebDriver driver, String name) {
        driver.findElement(By.id("graph-name")).findElement(By.cssSelector("input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), name, Keys.TAB);
        Pages.awaitVaadinIdle(driver);
    }
}
