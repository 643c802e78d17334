package dev.deepcanvas.bench;

import dev.deepcanvas.backend.quality.HeldOutCheck;
import dev.deepcanvas.backend.quality.Measurement;
import dev.deepcanvas.backend.quality.StrictFigures;
import dev.deepcanvas.backend.quality.StrictJudge;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Formats bench measurements as a Markdown table, ready to paste into the bench README. A GAN row also shows the
 * share of uniform-noise pictures its template judge accepts ("on noise": a figure near it means nothing) and the
 * strict judge's figure with its own noise baseline; "met" says which of the two figures decided.
 */
final class BenchTable {

    private BenchTable() {
    }

    static String render(TemplateCatalog catalog, List<Measurement> rows, Collection<StrictJudge> strictJudges) {
        StringBuilder out = new StringBuilder("| template | metric | bar | reached | on noise "
                + "| strict judge: reached | strict: on noise | met | time |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Measurement row : rows) {
            out.append(row(catalog.find(row.templateId()).orElseThrow(), row)).append('\n');
        }
        for (StrictJudge strict : strictJudges) {
            out.append('\n').append(strictJudgeLine(strict)).append('\n');
        }
        return out.toString();
    }

    static String row(Template template, Measurement m) {
        QualityBar.Metric metric = m.bar().metric();
        String reached = Double.isNaN(m.reached()) ? "— (" + m.note() + ")" : figure(metric, m.reached());
        StrictFigures strict = m.strict();
        return "| " + template.id() + " | " + label(metric) + " | ≥ " + figure(metric, m.bar().target()) + " | "
                + reached + " | " + optional(metric, m.judgeOnNoise()) + " | "
                + (strict == null ? "—" : figure(metric, strict.reached())) + " | "
                + (strict == null ? "—" : figure(metric, strict.onNoise())) + " | "
                + (m.met() ? "yes" : "**no**") + (m.byStrict() ? " (by the strict judge)" : "") + " | "
                + time(m.time()) + " |";
    }

    /** What the strict judge is worth: its figures on held-out real pictures and non-examples. */
    static String strictJudgeLine(StrictJudge strict) {
        HeldOutCheck h = strict.heldOut();
        StringJoiner kinds = new StringJoiner(", ");
        h.acceptedByKind().forEach((kind, share) -> kinds.add(String.format(Locale.ROOT, "%s %.0f%%",
                kind.name().toLowerCase(Locale.ROOT).replace('_', ' '), 100 * share)));
        return String.format(Locale.ROOT, "strict judge of %s (its network + a \"none\" class), trained in %s: "
                        + "held-out accuracy %.1f%%, accepts %.1f%% of real held-out pictures and %.1f%% of held-out "
                        + "non-examples (%s)", strict.templateId(), time(strict.trainingTime()), 100 * h.accuracy(),
                100 * h.realAccepted(), 100 * h.nonExamplesAccepted(), kinds);
    }

    private static String optional(QualityBar.Metric metric, double value) {
        return Double.isNaN(value) ? "—" : figure(metric, value);
    }

    static String label(QualityBar.Metric metric) {
        return switch (metric) {
            case ACCURACY -> "held-out accuracy";
            case R2 -> "held-out R²";
            case SEQUENCE_MATCH -> "exact sequence match";
            case LOSS_DROP -> "training loss drop";
            case CONFIDENT_SAMPLES -> "samples judged with p ≥ 0.9";
        };
    }

    private static String figure(QualityBar.Metric metric, double value) {
        return metric == QualityBar.Metric.R2 ? String.format(Locale.ROOT, "%.3f", value)
                : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String time(Duration d) {
        long s = d.toSeconds();
        return s < 60 ? s + " s" : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
