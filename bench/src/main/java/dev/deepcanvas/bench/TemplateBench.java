package dev.deepcanvas.bench;

import dev.deepcanvas.backend.quality.Measurement;
import dev.deepcanvas.backend.quality.StrictJudge;
import dev.deepcanvas.backend.quality.TemplateQuality;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains gallery templates with their full default settings, one after another, and prints a table: template,
 * metric, bar, reached, time, and for a GAN both judges' figures with their noise baselines. Usage:
 * {@code bench/run.sh [template-id …]} (all templates when none are given). A GAN needs its judge (the classifier
 * template of the same data): the bench trains the judge first when it was not asked for, and trains the strict
 * judge of the same template (once, shared by the GANs of that data) just before the first GAN that needs it.
 */
public final class TemplateBench {

    /** Generous: a run slower than this on two cores has missed its time bar by far anyway. */
    static final Duration TIMEOUT = Duration.ofMinutes(60);

    private TemplateBench() {
    }

    public static void main(String[] args) throws Exception {
        // Set up the native back end before any network exists, as the application does at start.
        NativeBackend.configure();
        TemplateCatalog catalog = TemplateCatalog.load();
        List<Template> chosen = choose(catalog, args);
        List<Measurement> rows = new ArrayList<>();
        Map<String, StrictJudge> strictJudges = new LinkedHashMap<>();
        try (BenchContext bench = BenchContext.start("deepcanvas-bench")) {
            TemplateQuality quality = bench.bean(TemplateQuality.class);
            Map<String, Long> trained = new HashMap<>();
            for (Template template : chosen) {
                Long judge = template.judgeId() == null ? null : trained.get(template.judgeId());
                StrictJudge strict = template.judgeId() == null ? null : strictJudges.computeIfAbsent(
                        template.judgeId(), id -> trainStrictJudge(quality, catalog.find(id).orElseThrow()));
                System.out.println("training " + template.id() + " with its defaults …");
                Measurement row = quality.measure(template, RunOptions.none(), judge, strict, TIMEOUT);
                System.out.println(BenchTable.row(template, row));
                rows.add(row);
                if (row.note() == null) {
                    trained.put(template.id(), row.runId());
                }
            }
        }
        System.out.println();
        System.out.println(BenchTable.render(catalog, rows, strictJudges.values()));
    }

    private static StrictJudge trainStrictJudge(TemplateQuality quality, Template judgeTemplate) {
        System.out.println("training the strict judge of " + judgeTemplate.id() + " …");
        StrictJudge strict = quality.trainStrictJudge(judgeTemplate);
        System.out.println(BenchTable.strictJudgeLine(strict));
        return strict;
    }

    /** The templates asked for, each GAN preceded by its judge, in gallery order. */
    static List<Template> choose(TemplateCatalog catalog, String[] ids) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids.length == 0 ? catalog.all().stream().map(Template::id).toArray(String[]::new) : ids) {
            Template template = catalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "No template '" + id + "'. Templates: " + catalog.all().stream().map(Template::id).toList()));
            if (template.judgeId() != null) {
                wanted.add(template.judgeId());
            }
            wanted.add(id);
        }
        return catalog.all().stream().filter(t -> wanted.contains(t.id())).toList();
    }
}
