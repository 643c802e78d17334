package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Reference;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedRun;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Verification results as a Markdown table, ready for bench/README.md: a row per bar with the figure of each
 * training seed, whether every seed met it, and the run's time and the machine's load; then the baselines.
 */
final class VerificationTable {

    static final String HEADER = "| template | bar | reached | other seed | met | time | load |\n"
            + "|---|---|---|---|---|---|---|";

    private VerificationTable() {
    }

    static String render(TemplateCatalog catalog, List<VerifiedResult> results) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (VerifiedResult result : results) {
            out.append(row(catalog.find(result.templateId()).orElseThrow(), result)).append('\n');
        }
        StringBuilder references = new StringBuilder();
        for (VerifiedResult result : results) {
            for (Reference reference : result.references()) {
                references.append(referenceRow(result, reference)).append('\n');
            }
        }
        if (!references.isEmpty()) {
            out.append("\n| template | baseline | figures |\n|---|---|---|\n").append(references);
        }
        return out.toString();
    }

    /** One line per bar; the template, time and load only on the first. */
    static String row(Template template, VerifiedResult result) {
        StringJoiner lines = new StringJoiner("\n");
        boolean first = true;
        for (QualityBar bar : result.bars()) {
            VerifiedRun defaults = result.defaults();
            String other = result.runs().size() < 2 ? "—" : figure(bar, result.runs().get(1)) + " (seed "
                    + result.runs().get(1).seed() + ")";
            boolean met = result.runs().stream().allMatch(run -> run.meets(bar));
            lines.add("| " + (first ? template.id() : "") + " | " + bar.describe() + " | " + figure(bar, defaults)
                    + " (seed " + defaults.seed() + ") | " + other + " | " + (met ? "yes" : "**no**") + " | "
                    + (first ? time(defaults.seconds()) : "") + " | "
                    + (first ? String.format(Locale.ROOT, "%.1f", result.load()) : "") + " |");
            first = false;
        }
        return lines.toString();
    }

    static String referenceRow(VerifiedResult result, Reference reference) {
        StringJoiner figures = new StringJoiner(", ");
        for (QualityBar bar : result.bars()) {
            Double value = reference.figures().get(bar.metric());
            if (value != null) {
                figures.add(bar.metric().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                        + bar.metric().format(value));
            }
        }
        return "| " + result.templateId() + " | " + reference.name() + " | " + figures + " |";
    }

    private static String figure(QualityBar bar, VerifiedRun run) {
        double value = run.figure(bar.metric());
        return Double.isNaN(value) ? "—" : bar.metric().format(value);
    }

    static String time(double seconds) {
        long whole = Math.round(seconds);
        return whole < 60 ? whole + " s" : String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
    }
}
