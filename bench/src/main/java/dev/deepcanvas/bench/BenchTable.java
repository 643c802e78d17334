package dev.deepcanvas.bench;

import dev.deepcanvas.backend.quality.Measurement;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Formats bench measurements as a Markdown table, ready to paste into the bench README. */
final class BenchTable {

    private BenchTable() {
    }

    static String render(TemplateCatalog catalog, List<Measurement> rows) {
        StringBuilder out = new StringBuilder("| template | metric | bar | reached | met | time |\n"
                + "|---|---|---|---|---|---|\n");
        for (Measurement row : rows) {
            out.append(row(catalog.find(row.templateId()).orElseThrow(), row)).append('\n');
        }
        return out.toString();
    }

    static String row(Template template, Measurement m) {
        String reached = Double.isNaN(m.reached()) ? "— (" + m.note() + ")" : figure(m.bar().metric(), m.reached());
        return "| " + template.id() + " | " + label(m.bar().metric()) + " | ≥ " + figure(m.bar().metric(),
                m.bar().target()) + " | " + reached + " | " + (m.met() ? "yes" : "**no**") + " | " + time(m.time())
                + " |";
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
