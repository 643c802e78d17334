package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What CI measures afresh and what it takes from the recorded verification run, and which files a recorded figure
 * depends on. Every template's default run (its own settings and seed, what Train gives) is measured afresh in CI
 * unless it is listed in {@link #RECORDED_ONLY}; a GAN's second training seed is always taken from the record.
 * Every recorded figure, trained again in CI or not, stands only while nothing it depends on has changed since the
 * commit it was measured on.
 */
public final class VerificationPlan {

    /** A GAN's second training seed: its figures show whether the first seed's were luck. */
    public static final long SECOND_SEED = 7;

    /**
     * Templates whose default run does not fit CI's time budget, so CI checks their recorded figures against the
     * files they depend on instead of training them. Decided by measured times (bench/README.md, "Verification").
     */
    static final Set<String> RECORDED_ONLY = Set.of();

    /**
     * Templates whose latest verification misses a bar, with what they miss: an open gap, not a pass. Their cards say
     * "Aims for" with the figures reached, CI still checks that the record is of the current code and agrees with a
     * fresh run, and it fails once such a template's record meets its bars, so that it leaves this list.
     */
    static final Map<String, String> SHORT_OF_ITS_BARS = Map.of();

    /** The code and data every figure depends on: compiler, training, datasets, evaluation, the instrument. */
    static final List<String> SHARED_PATHS = List.of(
            "pom.xml",
            "graph-compiler/pom.xml",
            "graph-compiler/core/pom.xml",
            "graph-compiler/core/src/main",
            "graph-compiler/dl4j/pom.xml",
            "graph-compiler/dl4j/src/main",
            "backend/pom.xml",
            "backend/src/main/java/dev/deepcanvas/backend/training",
            "backend/src/main/java/dev/deepcanvas/backend/dataset",
            "backend/src/main/java/dev/deepcanvas/backend/results",
            "backend/src/main/resources/dev/deepcanvas/backend/dataset",
            "bench/src/main/java/dev/deepcanvas/bench/quality");

    static final String TEMPLATES = "templates/src/main/resources/dev/deepcanvas/templates/";

    private VerificationPlan() {
    }

    /** Whether CI trains this template's default run itself. */
    public static boolean measuredInCi(String templateId) {
        return !RECORDED_ONLY.contains(templateId);
    }

    /** The files a template's figures depend on: the shared ones, its graph and its judge's graph. */
    public static List<String> watchedPaths(Template template) {
        List<String> paths = new ArrayList<>(SHARED_PATHS);
        paths.add(TEMPLATES + template.id() + ".graph.json");
        if (template.judgeId() != null) {
            paths.add(TEMPLATES + template.judgeId() + ".graph.json");
        }
        return paths;
    }
}
