package dev.deepcanvas.app.gallery;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Reference;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedResults;
import dev.deepcanvas.templates.VerifiedRun;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What a card promises, built only from the template's bars and its latest verification run (the results file
 * that {@code bench/verify.sh} writes): "Reaches" with the figures measured when every run met every bar, "Aims for"
 * with what was reached otherwise, and how long the run took, where and when. Nothing here is typed by hand.
 */
final class VerifiedExpectation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private VerifiedExpectation() {
    }

    /**
     * @param judgeTitle for a GAN, the title of the classifier template whose network judges it; else null
     */
    static Div of(Template template, VerifiedResult result, String judgeTitle) {
        Div box = new Div();
        box.addClassName("gallery-expected");
        if (result == null) {
            box.addClassName("gallery-expected-unmet");
            box.add(new Paragraph("Aims for " + bars(template.bars()) + "."),
                    note("Not verified yet: " + VerifiedResults.COMMAND + " " + template.id() + " measures it."));
            return box;
        }
        boolean met = result.met();
        if (!met) {
            box.addClassName("gallery-expected-unmet");
        }
        box.add(new Paragraph((met ? "Reaches " : "Aims for ") + bars(template.bars()) + "."));
        for (QualityBar bar : template.bars()) {
            box.add(figureLine(bar, result));
        }
        if (judgeTitle != null) {
            box.add(note("Judged on " + judgedSamples(result) + " by a strict judge: the " + judgeTitle
                    + " network trained with an extra \"none of these\" class."));
        }
        String baselines = baselines(template, result);
        if (!baselines.isEmpty()) {
            box.add(note("For comparison: " + baselines + "."));
        }
        box.add(note(time(result)));
        return box;
    }

    /** "≥ 97.0% held-out accuracy and …". */
    private static String bars(List<QualityBar> bars) {
        return bars.stream().map(QualityBar::describe).collect(Collectors.joining("; "));
    }

    /** "Reached 98.3% (seed 42)" or, with two seeds, "Reached 61.0% and 57.4% (seeds 42 and 7)". */
    private static Span figureLine(QualityBar bar, VerifiedResult result) {
        StringJoiner figures = new StringJoiner(" and ");
        StringJoiner seeds = new StringJoiner(" and ");
        boolean met = true;
        for (VerifiedRun run : result.runs()) {
            double value = run.figure(bar.metric());
            figures.add(Double.isNaN(value) ? "—" : bar.metric().format(value));
            seeds.add(String.valueOf(run.seed()));
            met &= run.meets(bar);
        }
        Span line = new Span((met ? "✓ " : "✗ ") + "reached " + bar.metric().phrase(figures.toString())
                + " (training " + (result.runs().size() > 1 ? "seeds " : "seed ") + seeds + ")");
        line.addClassNames(met ? "gallery-figure-met" : "gallery-figure-missed", LumoUtility.Display.BLOCK,
                LumoUtility.FontSize.XSMALL, met ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.WARNING);
        return line;
    }

    private static String judgedSamples(VerifiedResult result) {
        return result.runs().size() > 1 ? "500 samples from each training seed" : "500 samples";
    }

    /** The baselines of the headline metric: "always the most frequent class 11.4%". */
    private static String baselines(Template template, VerifiedResult result) {
        if (template.judgeId() != null) {
            // a GAN's references are the instrument's; the card names the two that frame its distance
            return result.references().stream()
                    .filter(VerifiedExpectation::framesTheDistance)
                    .map(r -> r.name() + ": distance " + QualityBar.Metric.FRECHET_DISTANCE.format(
                            r.figures().getOrDefault(QualityBar.Metric.FRECHET_DISTANCE, Double.NaN)))
                    .collect(Collectors.joining(", "));
        }
        QualityBar.Metric metric = template.headline().metric();
        return result.references().stream().filter(r -> r.figures().containsKey(metric))
                .map(r -> r.name() + " " + metric.format(r.figures().get(metric)))
                .collect(Collectors.joining(", "));
    }

    /**
     * How long the default run took, where, and how busy the machine was as it started: the recorded load is the
     * one-minute average read just before the run, so it also counts the verification's own previous step, and the
     * card says only that the cores may have been shared, not that other work slowed the run.
     */
    private static String time(VerifiedResult result) {
        long seconds = Math.round(result.defaults().seconds());
        String duration = seconds < 60 ? seconds + " s" : seconds < 3600
                ? String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60)
                : String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
        String busy = result.load() > result.cores()
                ? String.format(Locale.ROOT, ", started at a load average of %.1f (above its cores, so it may have "
                + "shared them)", result.load()) : "";
        return "Trained in " + duration + " on " + result.cores() + " cores" + busy + "; verified "
                + DAY.format(result.date()) + " at commit " + shortCommit(result.commit()) + ".";
    }

    private static String shortCommit(String commit) {
        return commit.length() > 7 ? commit.substring(0, 7) : commit;
    }

    private static Span note(String text) {
        Span span = new Span(text);
        span.addClassNames("gallery-note", LumoUtility.Display.BLOCK, LumoUtility.FontSize.XSMALL,
                LumoUtility.TextColor.SECONDARY);
        return span;
    }

    /** The floor (real pictures) and the ceiling (noise) of a GAN's distance. */
    private static boolean framesTheDistance(Reference reference) {
        return reference.name().equals("real held-out pictures") || reference.name().equals("uniform noise");
    }
}
