package dev.deepcanvas.bench.verify;

import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.bench.quality.Measurement;
import dev.deepcanvas.bench.quality.TemplateQuality;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Reference;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * CI's check of the gallery's promises. Every template is trained with its own default settings (what a user's
 * Train gives: its epochs, batch size and seed), measured on the held-out part against its unchanged bars, and its
 * figures compared with those the results file records, which are what the gallery shows. Every record stands only
 * while none of the files its figures depend on has changed since the commit they were measured on; a template that
 * CI does not train ({@link VerificationPlan#RECORDED_ONLY}, each with why) and every GAN's second training seed are
 * taken from the record. A template short of its bars ({@link VerificationPlan#SHORT_OF_ITS_BARS}) is an open gap
 * whose card says "Aims for". A failure names the command that measures a template again.
 */
@Tag("quality")
class GalleryVerificationTest {

    private static final TemplateCatalog CATALOG = TemplateCatalog.load();
    private static final VerifiedResults RECORDED = VerifiedResults.load();
    private static BenchContext bench;
    private static GalleryVerification verification;
    private static Git git;

    @BeforeAll
    static void start() throws Exception {
        NativeBackend.configure();
        GalleryVerification.stepOneFixedWay();
        git = Git.here();
        bench = BenchContext.start("deepcanvas-ci-verify");
        verification = new GalleryVerification(bench.bean(TemplateQuality.class), CATALOG.all().stream()
                .collect(Collectors.toMap(Template::id, Function.identity())), System.out::println);
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyTemplateIsVerifiedOnTheCurrentCodeAndTheGalleryShowsWhatItReached() {
        return CATALOG.all().stream().map(template -> DynamicTest.dynamicTest(template.id(), () -> check(template)));
    }

    private void check(Template template) throws Exception {
        VerifiedResult recorded = RECORDED.find(template.id()).orElseThrow(() -> new AssertionError(template.id()
                + " has no recorded verification: run " + remeasure(template)));
        assertThat(recorded.bars()).as("the bars %s was recorded against are the catalog's (re-measure: %s)",
                template.id(), remeasure(template)).isEqualTo(template.bars());
        String gap = VerificationPlan.SHORT_OF_ITS_BARS.get(template.id());
        if (gap == null) {
            assertThat(recorded.met()).as("%s meets every bar from every training seed in its record (after "
                    + "changing the template, re-measure with: %s)", template.id(), remeasure(template)).isTrue();
        } else {
            // its card says "Aims for" with what was reached; once it reaches its bars the list must lose it
            System.out.println("  " + template.id() + " is short of its bars (" + gap + "): its card says Aims for");
            assertThat(recorded.met()).as("%s meets its bars in its record: take it off "
                    + "VerificationPlan.SHORT_OF_ITS_BARS so that its card says Reaches", template.id()).isFalse();
        }
        // the record must come from the current code, whatever this processor measures
        assertUnchangedSinceRecorded(template, recorded, "its figures");
        if (VerificationPlan.measuredInCi(template.id())) {
            measureAgain(template, recorded);
        } else {
            System.out.println("  " + template.id() + " is taken from its record: "
                    + VerificationPlan.whyRecordedOnly(template.id()));
            if (template.judgeId() != null) {
                assertThat(BarMeaning.problems(template.bars(), recorded.references()))
                        .as("the bars of %s against its recorded reference sets", template.id()).isEmpty();
            }
        }
    }

    private void measureAgain(Template template, VerifiedResult recorded) throws Exception {
        Instant start = Instant.now();
        GalleryVerification.Verified fresh = verification.verify(template, false);
        Measurement run = fresh.runs().get(0);
        System.out.printf(Locale.ROOT, "verified %s in %d s (its run %.0f s; recorded run %.0f s at load %.1f); "
                        + "load now %.1f%n", template.id(), Duration.between(start, Instant.now()).toSeconds(),
                run.time().toMillis() / 1000.0, recorded.defaults().seconds(), recorded.load(), Machine.load());
        assertThat(run.note()).as("the run of %s", template.id()).isNull();
        Agreement agreement = Agreement.between(recorded.machine(), Machine.here().processor());
        System.out.printf(Locale.ROOT, "  recorded on %s, measured on %s: %s%n", recorded.machine(),
                Machine.here().processor(), agreement);
        List<String> problems = new ArrayList<>();
        for (QualityBar bar : template.bars()) {
            double figure = run.figure(bar.metric());
            if ((Double.isNaN(figure) || !bar.isMet(figure))
                    && !VerificationPlan.SHORT_OF_ITS_BARS.containsKey(template.id())) {
                problems.add(template.id() + " misses its bar " + bar.describe() + ": "
                        + (Double.isNaN(figure) ? "no figure" : bar.metric().format(figure)));
            }
            String differs = agreement.disagreement(bar.metric(), recorded.defaults().figure(bar.metric()), figure,
                    spread(recorded, bar.metric()));
            if (differs != null) {
                problems.add("the results file disagrees with the run: " + differs);
            }
        }
        for (Reference reference : fresh.references()) {
            Reference kept = recorded.references().stream().filter(r -> r.name().equals(reference.name()))
                    .findFirst().orElse(null);
            if (kept == null) {
                problems.add("the results file lacks the baseline '" + reference.name() + "'");
                continue;
            }
            for (var figure : reference.figures().entrySet()) {
                String differs = agreement.disagreement(figure.getKey(),
                        kept.figures().getOrDefault(figure.getKey(), Double.NaN), figure.getValue());
                if (differs != null) {
                    problems.add("baseline '" + reference.name() + "': " + differs);
                }
            }
        }
        if (template.judgeId() != null) {
            problems.addAll(BarMeaning.problems(template.bars(), fresh.references()));
        }
        if (template.headline().metric() == QualityBar.Metric.CHARACTER_ACCURACY) {
            // what it writes from held-out prompts is text, not a loop of one character: the corpus's sentences
            // use many different letters
            bench.bean(TemplateQuality.class).result(run.runId()).sequence().samples().forEach(sample -> {
                System.out.println("  prompt \"" + sample.source() + "\" → \"" + sample.generated() + "\"");
                if (sample.generated().chars().distinct().count() <= 8) {
                    problems.add(template.id() + " writes '" + sample.generated() + "' from a held-out prompt");
                }
            });
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems) + "\nRe-measure with: " + remeasure(template));
        }
    }

    /** How far apart the recorded training seeds' figures lie. */
    private static double spread(VerifiedResult recorded, QualityBar.Metric metric) {
        DoubleSummaryStatistics figures = recorded.runs().stream().mapToDouble(r -> r.figure(metric))
                .filter(f -> !Double.isNaN(f)).summaryStatistics();
        return figures.getCount() < 2 ? 0 : figures.getMax() - figures.getMin();
    }

    private void assertUnchangedSinceRecorded(Template template, VerifiedResult recorded, String what) {
        String again = "; measure it again with: " + remeasure(template);
        assertThat(recorded.clean()).as("%s of %s were measured from uncommitted code%s", what, template.id(),
                again).isTrue();
        if (!git.knows(recorded.commit())) {
            fail("the commit " + recorded.commit() + " that " + what + " of " + template.id() + " were measured "
                    + "on is not in this clone's history (a shallow clone? fetch the full history)" + again);
        }
        assertThat(git.isAncestorOfHead(recorded.commit())).as("%s of %s come from commit %s, which is not an "
                + "ancestor of this one%s", what, template.id(), recorded.commit(), again).isTrue();
        List<String> changed = git.changedSince(recorded.commit(), VerificationPlan.watchedPaths(template));
        assertThat(changed).as("files %s of %s depend on changed since commit %s%s", what, template.id(),
                recorded.commit(), again).isEmpty();
    }

    private static String remeasure(Template template) {
        return VerifiedResults.COMMAND + " " + template.id();
    }
}
