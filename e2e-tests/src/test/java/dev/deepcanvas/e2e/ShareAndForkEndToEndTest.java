package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Sharing from the users' side: one browser shares a graph by link and lists it publicly; a second, signed-out
 * browser opens the link read-only, signs up, lands back on the graph and forks it; a revoked link stops working.
 * The graph's name carries HTML, which must show as text and never run.
 */
class ShareAndForkEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String HOSTILE_NAME = "<img src=x onerror=\"window.pwned=1\"> Iris";

    @Test
    @SignedIn("alice")
    void aSignedOutVisitorOpensASharedLinkSignsUpAndForks(Browser alice, AppProcess app, Account aliceAccount) {
        WebDriver a = alice.driver();
        Canvas aliceCanvas = new Canvas(a);
        Pages.waitUpTo(a, WAIT).until(d -> aliceCanvas.nodeIds().size() == 3);

        WebElement name = a.findElement(By.id("graph-name")).findElement(By.cssSelector("input"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), HOSTILE_NAME, Keys.TAB);
        Pages.awaitVaadinIdle(a);
        a.findElement(By.id("save-button")).click();
        Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("save-state")).getText().startsWith("Saved"));

        a.findElement(By.id("share-button")).click();
        Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("create-link"))).click();
        WebElement linkField = Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("share-link")));
        String link = linkField.getDomProperty("value");
        assertThat(link).matches(".*/shared/[A-Za-z0-9_-]{43}$");
        a.findElement(By.id("share-public")).click();
        Pages.awaitVaadinIdle(a);
        alice.screenshot("share-dialog.png");

        try (Browser bob = Browser.start()) {
            WebDriver b = bob.driver();
            b.get(link);
            WebElement title = Pages.waitUpTo(b, WAIT).withMessage(() -> "the shared graph" + Pages.describe(b))
                    .until(d -> d.findElement(By.id("shared-title")));
            assertThat(title.getText()).isEqualTo(HOSTILE_NAME);
            assertThat(title.findElements(By.tagName("img"))).as("names render as text").isEmpty();
            assertThat(b.findElement(By.id("read-only-badge")).getText()).isEqualTo("Read-only");
            Canvas bobCanvas = new Canvas(b);
            Pages.waitUpTo(b, WAIT).until(d -> bobCanvas.nodeIds().size() == 3);
            assertThat(b.findElements(By.cssSelector("#graph-canvas .dc-palette"))).as("no palette when read-only").isEmpty();
            assertThat(b.findElements(By.id("fork-button"))).as("visitors are offered an account first").isEmpty();
            Pages.awaitVaadinIdle(b);
            bob.screenshot("shared-read-only.png");

            b.findElement(By.id("signup-to-fork")).click();
            Pages.waitUpTo(b, WAIT).until(d -> d.getCurrentUrl().contains("/signup"));
            Account bobAccount = Account.fresh("bob");
            Accounts.signUpHere(b, bobAccount);
            Accounts.signIn(b, bobAccount);
            Pages.waitUpTo(b, WAIT).withMessage(() -> "back on the shared graph after signing in" + Pages.describe(b))
                    .until(d -> d.getCurrentUrl().contains("/shared/"));
            Pages.waitUpTo(b, WAIT).until(d -> d.findElement(By.id("fork-button"))).click();
            Pages.waitUpTo(b, WAIT).withMessage(() -> "bob's own copy in the editor" + Pages.describe(b))
                    .until(d -> d.getCurrentUrl().contains("/editor/"));
            Pages.waitUpTo(b, WAIT).until(d -> bobCanvas.nodeIds().size() == 3);
            assertThat(b.findElement(By.id("graph-name")).findElement(By.cssSelector("input")).getDomProperty("value"))
                    .isEqualTo(HOSTILE_NAME);

            b.get(app.baseUrl() + "/community");
            Pages.waitUpTo(b, WAIT).withMessage(() -> "alice's graph in the community gallery" + Pages.describe(b))
                    .until(d -> d.findElements(By.cssSelector("#community-grid vaadin-grid-cell-content")).stream()
                            .anyMatch(c -> c.getText().equals(aliceAccount.displayName())));
            Pages.awaitVaadinIdle(b);
            bob.screenshot("community.png");

            // Bob has the link open again when Alice revokes it, then presses Fork on that page.
            b.get(link);
            Pages.waitUpTo(b, WAIT).until(d -> d.findElement(By.id("fork-button")));
            Pages.awaitVaadinIdle(b);

            // Alice sees the fork counted, then revokes the link: it stops working at once.
            a.navigate().refresh();
            Pages.waitUpTo(a, WAIT).until(d -> d.findElement(By.id("share-button"))).click();
            Pages.waitUpTo(a, WAIT).withMessage(() -> "the fork counted in alice's share dialog" + Pages.describe(a))
                    .until(d -> !d.findElements(By.xpath("//p[text()='Forked 1 time.']")).isEmpty());
            a.findElement(By.id("revoke-link")).click();
            Pages.waitUpTo(a, WAIT).until(d -> !d.findElements(By.id("create-link")).isEmpty());

            // The stale page's Fork says why nothing was forked, in place of the graph (it used to do nothing).
            b.findElement(By.id("fork-button")).click();
            WebElement refused = Pages.waitUpTo(b, WAIT).withMessage(() -> "the revoked link explained after Fork"
                    + Pages.describe(b)).until(d -> d.findElement(By.id("not-shared")));
            assertThat(refused.getText()).contains("does not lead to a shared graph");
            assertThat(b.getCurrentUrl()).as("no fork was made").contains("/shared/");
            Pages.awaitVaadinIdle(b);
            bob.screenshot("fork-revoked-link.png");

            b.get(link);
            WebElement gone = Pages.waitUpTo(b, WAIT).until(d -> d.findElement(By.id("not-shared")));
            assertThat(gone.getText()).contains("does not lead to a shared graph");
            assertThat(((JavascriptExecutor) b).executeScript("return window.pwned || null;")).isNull();
        }
        assertThat(((JavascriptExecutor) a).executeScript("return window.pwned || null;")).isNull();
    }
}
