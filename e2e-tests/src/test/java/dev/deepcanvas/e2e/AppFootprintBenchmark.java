package dev.deepcanvas.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Benchmark, not a test (surefire's default includes skip it; run it with bench/app-footprint.sh): how long the
 * packaged app takes to start, how much heap it holds once started, and how much heap each open editor session
 * adds.
 *
 * <ul>
 *   <li>Start-up: {@value #DEFAULT_COLD_STARTS} cold starts, each on a fresh, empty data directory (so Flyway
 *       creates the database every time, as on a first run), timed from launching {@code java -jar} to the
 *       ready line. The heap is read once the first page has been served, after full collections.</li>
 *   <li>Sessions: one app; a first session (sign-up, sign-in, LeNet opened from the gallery) takes the one-time
 *       costs — class loading, caches, the first editor — and is left out of the per-session figure. Then the
 *       heap is read, {@value #DEFAULT_SESSIONS} more sessions are opened, each in its own headless Chromium
 *       (its own cookies, so its own Vaadin session), signed in, with LeNet opened from the gallery, and the heap
 *       is read again while all browsers are still open. Per session = the difference ÷ the number of sessions.</li>
 * </ul>
 */
@ExtendWith(BrowserExtension.class)
class AppFootprintBenchmark {

    static final int DEFAULT_COLD_STARTS = 3;
    static final int DEFAULT_SESSIONS = 10;
    /** Overridable with -Dfootprint.starts=… and -Dfootprint.sessions=…, for a quicker check. */
    private static final int COLD_STARTS = Integer.getInteger("footprint.starts", DEFAULT_COLD_STARTS);
    private static final int SESSIONS = Integer.getInteger("footprint.sessions", DEFAULT_SESSIONS);

    private static final String USER = "footprint";
    private static final String TEMPLATE = "lenet-mnist";
    private static final String TEMPLATE_FAMILY_TAB = "family-cnn";
    /** ImageInput, two Conv2D + MaxPool2D pairs, Dense, Output: the editor is open once all seven are drawn. */
    private static final int TEMPLATE_NODES = 7;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final double MIB = 1024.0 * 1024.0;

    @Test
    void startUpTimeAndHeapPerEditorSession(Browser firstSession) throws Exception {
        String loadBefore = loadAverage();
        List<StartSample> starts = new ArrayList<>();
        for (int i = 0; i < COLD_STARTS; i++) {
            starts.add(coldStart());
        }
        SessionHeap sessions = heapPerEditorSession(firstSession);
        printTable(starts, sessions, loadBefore, loadAverage());
    }

    /** One start on an empty data directory: time to the ready line, to the first page, and the heap then. */
    private static StartSample coldStart() throws IOException, InterruptedException {
        Path dataDir = E2ePaths.freshDirectory("e2e-data", "footprint-start-");
        try (ColdStart app = ColdStart.launch(E2ePaths.applicationJar(), dataDir)) {
            Duration firstPage = app.firstPage();
            long heap = HeapUsage.usedAfterFullGc(app.pid());
            return new StartSample(app.toReadyLine(), app.toReadyLine().plus(firstPage), heap,
                    HeapUsage.residentBytes(app.pid()));
        }
    }

    private static SessionHeap heapPerEditorSession(Browser firstSession) {
        try (AppProcess app = AppProcess.start(E2ePaths.freshDirectory("e2e-data", "footprint-sessions-"))) {
            long started = HeapUsage.usedAfterFullGc(app.pid());
            Account user = Account.fresh(USER);
            Accounts.signUpAndSignIn(firstSession.driver(), app.baseUrl(), user);
            openTemplateInEditor(firstSession.driver(), app.baseUrl());
            long before = HeapUsage.usedAfterFullGc(app.pid());

            List<Browser> browsers = new ArrayList<>();
            try {
                for (int i = 0; i < SESSIONS; i++) {
                    Browser browser = Browser.start();
                    browsers.add(browser);
                    WebDriver driver = browser.driver();
                    driver.get(app.baseUrl() + "/login");
                    Accounts.signIn(driver, user);
                    openTemplateInEditor(driver, app.baseUrl());
                }
                // Every browser must still show its editor: a session that fell back to the sign-in page would
                // not be an open editor session.
                for (Browser browser : browsers) {
                    if (!browser.driver().getCurrentUrl().contains("/editor/")) {
                        throw new IllegalStateException("A session left the editor: " + Pages.describe(browser.driver()));
                    }
                }
                long after = HeapUsage.usedAfterFullGc(app.pid());
                return new SessionHeap(started, before, after, SESSIONS);
            } finally {
                browsers.forEach(Browser::close);
            }
        }
    }

    /**
     * Opens the template's card in the gallery, which saves an editable copy and shows it in the editor. The card
     * is filtered to by its family, as a person would, because in the full gallery it lies below the fold.
     */
    private static void openTemplateInEditor(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/gallery");
        Pages.waitUpTo(driver, WAIT).until(d -> d.findElement(By.id(TEMPLATE_FAMILY_TAB))).click();
        Pages.awaitVaadinIdle(driver);
        // Filtering replaces the cards; a card found mid-way goes stale, so find, scroll to and click it as one try.
        Pages.waitUpTo(driver, WAIT).ignoring(ElementClickInterceptedException.class)
                .withMessage(() -> "the " + TEMPLATE + " card's Open button" + Pages.describe(driver))
                .until(d -> {
                    WebElement open = d.findElement(
                            By.cssSelector(".gallery-card[data-template='" + TEMPLATE + "'] .gallery-open"));
                    ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'});", open);
                    open.click();
                    return true;
                });
        Canvas canvas = new Canvas(driver);
        Pages.waitUpTo(driver, WAIT).withMessage(() -> TEMPLATE + " open in the editor" + Pages.describe(driver))
                .until(d -> d.getCurrentUrl().contains("/editor/") && canvas.nodeIds().size() == TEMPLATE_NODES);
        Pages.awaitVaadinIdle(driver);
    }

    private static void printTable(List<StartSample> starts, SessionHeap sessions, String loadBefore, String loadAfter) {
        System.out.println();
        System.out.println("| measure | value | detail |");
        System.out.println("|---|---|---|");
        row("start-up to ready line", seconds(median(starts, s -> s.toReadyLine().toMillis())),
                starts.size() + " cold start" + (starts.size() == 1 ? "" : "s") + ", fresh data dir each: " + each(starts, s -> seconds(s.toReadyLine().toMillis())));
        row("start-up to first page", seconds(median(starts, s -> s.toFirstPage().toMillis())),
                "ready line + first GET / answered: " + each(starts, s -> seconds(s.toFirstPage().toMillis())));
        row("heap used after start", mib(median(starts, StartSample::heapBytes)),
                "after the first page, full GC: " + each(starts, s -> mib(s.heapBytes())));
        row("resident memory after start", mib(median(starts, StartSample::residentBytes)),
                "RSS of the whole process (heap, metaspace, native libraries), same moment: "
                        + each(starts, s -> mib(s.residentBytes())));
        row("heap, sessions app after start", mib(sessions.started()), "second app, full GC, nobody signed in yet");
        row("heap with 1 warm-up session", mib(sessions.before()),
                "+ " + mib(sessions.before() - sessions.started()) + " (one-time costs + first editor)");
        row("heap with " + (sessions.count() + 1) + " sessions", mib(sessions.after()),
                sessions.count() + " more, each its own browser, LeNet open, all still open");
        // Two decimals here: a session is well under a mebibyte, and one decimal would hide most of the figure.
        row("heap per editor session", String.format(Locale.ROOT, "%.2f MiB (%.0f KiB)",
                        sessions.perSession() / MIB, sessions.perSession() / 1024),
                "(" + mib(sessions.after()) + " − " + mib(sessions.before()) + ") ÷ " + sessions.count());
        row("load average (1, 5, 15 min)", loadBefore + " → " + loadAfter, "at the start → at the end of the run");
        System.out.println();
    }

    private static void row(String measure, String value, String detail) {
        System.out.println("| " + measure + " | " + value + " | " + detail + " |");
    }

    private static double median(List<StartSample> samples, ToDoubleFunction<StartSample> figure) {
        double[] sorted = samples.stream().mapToDouble(figure).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String each(List<StartSample> samples, Function<StartSample, String> format) {
        return samples.stream().map(format).collect(Collectors.joining(", "));
    }

    private static String seconds(double millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000);
    }

    private static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / MIB);
    }

    /** The first three fields of /proc/loadavg: the machine is shared, so the figures say how busy it was. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + ", " + fields[1] + ", " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private record StartSample(Duration toReadyLine, Duration toFirstPage, long heapBytes, long residentBytes) {
    }

    private record SessionHeap(long started, long before, long after, int count) {
        double perSession() {
            return (double) (after - before) / count;
        }
    }
}
