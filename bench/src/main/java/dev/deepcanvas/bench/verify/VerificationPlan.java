package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.Template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
     * Templates that CI does not train, each with why: CI checks their recorded figures against the files they depend
     * on instead (and a GAN's bars against its recorded reference sets).
     */
    static final Map<String, String> RECORDED_ONLY = Map.of(
            "digit-gan", GanInCi.WHY,
            "dcgan-shapes", GanInCi.WHY);

    /**
     * Templates whose latest verification misses a bar, with what they miss: an open gap, not a pass. Their cards say
     * "Aims for" with the figures reached; CI checks that the record is of the current code (and, when it trains
     * them, that it agrees with a fresh run), and it fails once such a template's record meets its bars, so that it
     * leaves this list.
     */
    static final Map<String, String> SHORT_OF_ITS_BARS = Map.of();

    /** Why the GANs are taken from their record in CI. */
    private static final class GanInCi {
        static final String WHY = "a GAN trained on another processor takes another path, as another seed would"
                + " (the game between its two networks amplifies the kernels' different rounding), so its fresh"
                + " figures cannot be compared with a record made elsewhere, and its two recorded seeds already show"
                + " how far such paths lie apart; the commit check keeps the record of the current code";
    }

    /**
     * The code and data every figure depends on: compiler, training, datasets, evaluation, the instrument, and how
     * the verification trains (its fixed way of using the cores).
     */
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
            "bench/src/main/java/dev/deepcanvas/bench/quality",
            "bench/src/main/java/dev/deepcanvas/bench/verify/GalleryVerification.java");

    static final String TEMPLATES = "templates/src/main/resources/dev/deepcanvas/templates/";

    private VerificationPlan() {
    }

    /** Why CI takes this template from its record, or null when CI trains its default run itself. */
    public static String whyRecordedOnly(String templateId) {
        return RECORDED_ONLY.get(templateId);
    }

    /** Whether CI trains this template's default run itself. */
    public static boolean measuredInCi(String templateId) {
        return !RECORDED_ONLY.containsKey(templateId);
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
