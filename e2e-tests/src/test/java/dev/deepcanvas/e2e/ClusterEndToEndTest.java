package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A cluster of real processes: one web node and two workers of the packaged jar, each worker training one run at a
 * time on one native thread, against a PostgreSQL database of the test's own and a shared folder. The browser talks
 * to the web node only; the test reads what the workers recorded straight from the database.
 *
 * <p>In order: six runs queued through the pages are shared by both workers and all finish with every epoch's
 * figures; a worker killed with SIGKILL in the middle of a run loses it when its lease runs out, and the other worker
 * resumes it from its checkpoint with every epoch and loss sample recorded exactly once; a 10-second PostgreSQL
 * outage during a run pauses it and the cluster carries on afterwards; Cancel pressed on the web node stops the
 * worker's run; Delete pressed on the web node stops a worker's run and leaves nothing of it. Along the way it
 * measures how soon a worker starts a queued run, how soon an epoch a worker records reaches the page on the web
 * node, and how soon a cancel and a delete reach the worker.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterEndToEndTest {

    /** The job engine's default lease, which the workers run with. */
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(6);

    private ClusterDatabase database;
    private ClusterRuns runs;
    private ClusterNode web;
    private final List<ClusterNode> workers = new ArrayList<>();
    private Browser browser;
    private Path shared;
    private final Map<String, String> measured = new LinkedHashMap<>();

    @BeforeAll
    void startCluster() {
        database = ClusterDatabase.create();
        runs = new ClusterRuns(database);
        shared = E2ePaths.freshDirectory("cluster-nodes", "shared-");
        // The web node migrates the schema; the workers refuse to start on a schema they do not match, so they wait
        // for it. Started together, they share the machine's cores while they start.
        web = ClusterNode.web("web", database, shared).launch();
        web.awaitReady();
        workers.add(ClusterNode.worker("worker-a", database, shared).launch());
        workers.add(ClusterNode.worker("worker-b", database, shared).launch());
        workers.forEach(ClusterNode::awaitReady);
        browser = Browser.start();
        Accounts.signUpAndSignIn(browser.driver(), web.baseUrl(), Account.fresh("cluster-user"));
    }

    @AfterAll
    void stopCluster() {
        measured.forEach((what, value) -> System.out.println("[e2e cluster] " + what + ": " + value));
        if (browser != null) {
            browser.close();
        }
        workers.forEach(ClusterNode::stop);
        if (web != null) {
            web.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void sixQueuedRunsAreSharedByBothWorkersAndAllFinishWithTheirMetrics() {
        WebDriver driver = browser.driver();
        List<Long> queued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queued.add(queueIris(driver, 40, 4).id());
        }

        List<ClusterRuns.Run> done = new ArrayList<>();
        for (long id : queued) {
            done.add(runs.await(id, RUN_TIMEOUT, "to end", ClusterRuns.Run::ended));
        }
        for (ClusterRuns.Run run : done) {
            assertThat(run.status()).as("run #%d: %s%s", run.id(), run.message(), diagnostics())
                    .isEqualTo("SUCCEEDED");
            assertThat(run.epochsCompleted()).isEqualTo(40);
            assertThat(runs.epochs(run.id()).keySet()).as("run #%d's epochs", run.id())
                    .containsExactlyElementsOf(range(40));
        }
        Set<String> trainedBy = done.stream().map(ClusterRuns.Run::workerId).collect(Collectors.toSet());
        assertThat(trainedBy).as("the workers that trained the six runs").containsExactlyInAnyOrderElementsOf(
                workers.stream().map(ClusterNode::workerId).toList());
        // The first run was queued while both workers were idle: it waited only for a worker's next look.
        ClusterRuns.Run first = done.get(0);
        measured.put("start latency of a run queued while a worker is idle (queued → running, database clocks)",
                Duration.between(first.createdAt(), first.startedAt()).toMillis() + " ms");
        assertThat(Duration.between(first.createdAt(), first.startedAt())).isLessThan(Duration.ofSeconds(2));

        driver.get(web.baseUrl() + "/runs");
        Pages.waitUpTo(driver, Duration.ofSeconds(60))
                .withMessage(() -> "the Runs page to name both workers" + Pages.describe(driver))
                .until(d -> gridCells(d).containsAll(trainedBy));
        Pages.awaitVaadinIdle(driver);
        browser.screenshot("cluster-runs.png");
    }

    @Test
    @Order(2)
    void aKilledWorkersRunIsResumedByTheOtherFromItsCheckpointWithEveryEpochOnce() {
        WebDriver driver = browser.driver();
        ClusterRuns.Run run = queueIris(driver, 60, 1);
        openRunPage(driver, run.id());
        ClusterRuns.Run running = runs.await(run.id(), RUN_TIMEOUT, "to record 3 epochs",
                r -> r.status().equals("RUNNING") && r.epochsCompleted() >= 3);
        Map<Integer, Instant> seenOnPage = followEpochsOnPage(driver, running.epochsCompleted() + 10);
        TreeMap<Integer, Instant> recordedWhileWatched = runs.epochs(run.id());
        List<Long> progressDelays = delays(recordedWhileWatched, seenOnPage);
        // epoch by epoch, for a reader who wants to see whether a late page caught up or fell behind
        System.out.println("[e2e cluster] epoch: recorded → seen on the page (ms), for each epoch seen arrive: "
                + seenOnPage.entrySet().stream().filter(e -> recordedWhileWatched.containsKey(e.getKey()))
                .map(e -> e.getKey() + ": " + Duration.between(recordedWhileWatched.get(e.getKey()), e.getValue())
                        .toMillis()).collect(Collectors.joining(", ")));
        measured.put("epoch recorded by a worker → shown on the web node's run page", progressDelays.isEmpty()
                ? "no epoch arrived while the page was watched"
                : progressDelays.size() + " epochs, median " + progressDelays.get(progressDelays.size() / 2)
                + " ms, max " + progressDelays.get(progressDelays.size() - 1) + " ms");

        ClusterNode victim = workers.stream().filter(w -> w.workerId().equals(running.workerId())).findFirst()
                .orElseThrow();
        ClusterNode survivor = workers.stream().filter(w -> w != victim).findFirst().orElseThrow();
        victim.kill();
        Instant killedAt = Instant.now();
        TreeMap<Integer, Instant> recordedBeforeKill = runs.epochs(run.id());

        ClusterRuns.Run takenOver = runs.await(run.id(), LEASE.multipliedBy(3), "to be taken over by "
                + survivor.workerId(), r -> survivor.workerId().equals(r.workerId()));
        Duration takeover = Duration.between(killedAt, Instant.now());
        measured.put("kill -9 of a worker → another worker resumes its run (lease " + LEASE.toSeconds() + " s)",
                takeover.toMillis() + " ms");
        assertThat(takenOver.claim()).isGreaterThan(running.claim());
        // The lease, one check for expired leases (every 2 heartbeats) and one poll of the survivor, with slack for
        // this busy machine.
        assertThat(takeover).isLessThan(LEASE.plusSeconds(20));

        ClusterRuns.Run done = runs.await(run.id(), RUN_TIMEOUT, "to end", ClusterRuns.Run::ended);
        assertThat(done.status()).as(done.message() + diagnostics()).isEqualTo("SUCCEEDED");
        TreeMap<Integer, Instant> epochs = runs.epochs(run.id());
        assertThat(epochs.keySet()).containsExactlyElementsOf(range(60));
        // The epochs recorded before the kill were kept as they were, not trained and written again.
        recordedBeforeKill.forEach((epoch, at) -> assertThat(epochs.get(epoch)).as("epoch %d", epoch).isEqualTo(at));
        // One example per minibatch: an epoch is as many minibatches as the training part has rows.
        assertThat(runs.iterations(run.id())).as("the loss samples, each exactly once")
                .containsExactlyElementsOf(ClusterRuns.expectedIterations(60, done.trainRows()));
        assertThat(victim.isRunning()).isFalse();
        assertThat(survivor.isRunning()).isTrue();
        // Progress reaches a browser on any web node within 2 seconds (issue 17): every epoch that arrived while the
        // page was watched. Checked last, so that a slow delivery does not hide how the take-over went.
        assertThat(progressDelays).as("delays in ms of the epochs that arrived while the page was watched")
                .isNotEmpty().allSatisfy(delay -> assertThat(delay).isLessThan(2_000L));
    }

    @Test
    @Order(3)
    void aTenSecondDatabaseOutagePausesTheRunAndTheClusterCarriesOn() throws Exception {
        WebDriver driver = browser.driver();
        // Every epoch ends with a write, so the run cannot get past the outage without the database.
        ClusterRuns.Run run = queueIris(driver, 40, 1);
        runs.await(run.id(), RUN_TIMEOUT, "to record 2 epochs",
                r -> r.status().equals("RUNNING") && r.epochsCompleted() >= 2);

        database.stopServer();
        Thread.sleep(10_000);
        database.resumeServer();

        ClusterRuns.Run done = runs.await(run.id(), RUN_TIMEOUT, "to end", ClusterRuns.Run::ended);
        assertThat(done.status()).as("a 10 s outage only pauses the run; it says: " + done.message()
                + diagnostics()).isEqualTo("SUCCEEDED");
        assertThat(runs.epochs(run.id()).keySet()).containsExactlyElementsOf(range(40));
        assertThat(runs.iterations(run.id())).as("the loss samples, each exactly once")
                .containsExactlyElementsOf(ClusterRuns.expectedIterations(40, done.trainRows()));

        // The cluster goes on: the web node's pages work and a new run trains.
        ClusterRuns.Run after = queueIris(driver, 10, 16);
        assertThat(runs.await(after.id(), RUN_TIMEOUT, "to end", ClusterRuns.Run::ended).status())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    @Order(4)
    void cancelOnTheWebNodeStopsTheWorkersRun() {
        WebDriver driver = browser.driver();
        ClusterRuns.Run run = queueIris(driver, 400, 1);
        runs.await(run.id(), RUN_TIMEOUT, "to record an epoch",
                r -> r.status().equals("RUNNING") && r.epochsCompleted() >= 1);
        openRunPage(driver, run.id());
        WebElement cancel = Pages.waitUpTo(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("detail-cancel")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
        Instant pressed = Instant.now();
        cancel.click();

        ClusterRuns.Run cancelled = runs.await(run.id(), Duration.ofSeconds(30), "to be cancelled",
                ClusterRuns.Run::ended);
        Duration toWorker = Duration.between(pressed, Instant.now());
        Pages.waitUpTo(driver, Duration.ofSeconds(30)).until(d -> Pages.text(d.findElement(By.id("detail-status")))
                .equals("Cancelled"));
        Duration toPage = Duration.between(pressed, Instant.now());
        measured.put("Cancel pressed on the web node → the worker recorded the run cancelled", toWorker.toMillis()
                + " ms");
        measured.put("Cancel pressed on the web node → the page shows it cancelled", toPage.toMillis() + " ms");
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.message()).startsWith("Cancelled after ");
        assertThat(toWorker).isLessThan(Duration.ofSeconds(2));
        browser.screenshot("cluster-cancelled-run.png");
    }

    @Test
    @Order(5)
    void deleteOnTheWebNodeStopsTheWorkersRunAndLeavesNothingOfIt() throws Exception {
        WebDriver driver = browser.driver();
        ClusterRuns.Run run = queueIris(driver, 400, 1);
        ClusterRuns.Run running = runs.await(run.id(), RUN_TIMEOUT, "to record an epoch",
                r -> r.status().equals("RUNNING") && r.epochsCompleted() >= 1);
        ClusterNode worker = workers.stream().filter(w -> w.workerId().equals(running.workerId())).findFirst()
                .orElseThrow();
        Path folder = shared.resolve("runs").resolve("run-" + run.id());
        assertThat(folder).as("the run's checkpoints in the shared folder").isDirectory();
        openRunPage(driver, run.id());
        WebElement delete = Pages.waitUpTo(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("detail-delete")).stream().filter(WebElement::isDisplayed)
                        .findFirst().orElse(null));
        delete.click();
        WebElement dialog = Pages.waitUpTo(driver, Duration.ofSeconds(30))
                .withMessage(() -> "the delete confirmation" + Pages.describe(driver))
                .until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay[opened]")).stream()
                        .filter(WebElement::isDisplayed).findFirst().orElse(null));
        WebElement confirm = dialog.findElement(By.cssSelector("[slot='confirm-button']"));
        assertThat(Pages.text(confirm)).as("the confirmation of a running run's delete says it stops the run")
                .isEqualTo("Stop and delete");
        Instant pressed = Instant.now();
        confirm.click();

        // The worker lets go once its job has stopped: the job engine's entry for the run goes with it.
        Instant deadline = pressed.plusSeconds(30);
        while (runs.queueEntries(run.id()) > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(10);
        }
        Duration toWorker = Duration.between(pressed, Instant.now());
        Pages.waitUpTo(driver, Duration.ofSeconds(30)).withMessage(() -> "the Runs page after the delete"
                + Pages.describe(driver)).until(d -> !d.findElements(By.id("runs-grid")).isEmpty());
        measured.put("Delete pressed on the web node → the worker let go of the running run", toWorker.toMillis()
                + " ms");
        assertThat(runs.queueEntries(run.id())).as("the run in the job engine's table" + diagnostics()).isZero();
        assertThat(toWorker).isLessThan(Duration.ofSeconds(2));

        // Nothing is written after the delete: give a worker that had not let go time to write, then look.
        Thread.sleep(2_000);
        assertThat(runs.rowsLeft(run.id())).as("rows of the deleted run").isZero();
        assertThat(folder).as("the deleted run's folder in the shared folder").doesNotExist();
        assertThat(worker.applicationLog()).as("the log of " + worker.workerId())
                .contains("Run " + run.id() + " was deleted while this worker held it");
        assertThat(worker.isRunning()).isTrue();
        driver.get(web.baseUrl() + "/runs/" + run.id());
        assertThat(Pages.text(Pages.waitUpTo(driver, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("run-missing")).stream().findFirst().orElse(null))))
                .as("the deleted run's page").contains("does not exist");
    }

    /** Queues an Iris run through the editor's Train dialog on the web node; returns it as stored. */
    private ClusterRuns.Run queueIris(WebDriver driver, int epochs, int batchSize) {
        long newestBefore = runs.newestId();
        driver.get(web.baseUrl() + "/");
        WebElement train = Pages.waitUpTo(driver, Duration.ofSeconds(90))
                .withMessage(() -> "an enabled Train button" + Pages.describe(driver))
                .until(d -> d.findElements(By.id("train-button")).stream()
                        .filter(b -> b.isDisplayed() && b.getDomAttribute("disabled") == null).findFirst()
                        .orElse(null));
        train.click();
        StartDialog.awaitOpen(driver);
        StartDialog.setField(driver, "start-epochs", String.valueOf(epochs));
        StartDialog.setField(driver, "start-batch-size", String.valueOf(batchSize));
        StartDialog.start(driver);
        return runs.awaitNew(newestBefore, Duration.ofSeconds(30));
    }

    private void openRunPage(WebDriver driver, long runId) {
        driver.get(web.baseUrl() + "/runs/" + runId);
        Pages.waitUpTo(driver, Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("detail-status")).isEmpty());
    }

    /**
     * When the page first showed each epoch as completed, watching it closely until {@code lastEpoch}: only the
     * epochs that arrived while it was watched, not those it already showed at the first look.
     */
    private static Map<Integer, Instant> followEpochsOnPage(WebDriver driver, int lastEpoch) {
        Map<Integer, Instant> seen = new TreeMap<>();
        Integer shownAtFirstLook = null;
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            List<WebElement> progress = driver.findElements(By.id("detail-progress-text"));
            String value = progress.isEmpty() ? null : progress.get(0).getDomAttribute("data-epochs-completed");
            if (value != null) {
                int epoch = Integer.parseInt(value);
                Instant now = Instant.now();
                if (shownAtFirstLook == null) {
                    shownAtFirstLook = epoch;
                }
                for (int e = shownAtFirstLook + 1; e <= epoch; e++) {
                    seen.putIfAbsent(e, now);
                }
                if (epoch >= lastEpoch) {
                    return seen;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return seen;
            }
        }
        return seen;
    }

    /** The delays in ms, smallest first, between an epoch's recording and its first showing, for epochs seen live. */
    private static List<Long> delays(TreeMap<Integer, Instant> recorded, Map<Integer, Instant> seen) {
        List<Long> delays = new ArrayList<>();
        for (Map.Entry<Integer, Instant> arrived : seen.entrySet()) {
            if (recorded.containsKey(arrived.getKey())) {
                delays.add(Duration.between(recorded.get(arrived.getKey()), arrived.getValue()).toMillis());
            }
        }
        delays.sort(Long::compare);
        return delays;
    }

    private static List<String> gridCells(WebDriver driver) {
        return driver.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(Pages::text).toList();
    }

    private static List<Integer> range(int epochs) {
        List<Integer> range = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            range.add(e);
        }
        return range;
    }

    private String diagnostics() {
        StringBuilder text = new StringBuilder();
        text.append(web.diagnostics());
        workers.forEach(w -> text.append(w.diagnostics()));
        return text.toString();
    }
}
