package dev.deepcanvas.bench.gan;

import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * One GAN design to try: a gallery GAN template (which names the data and the judge), the graph document to train
 * (the template's own, or a changed copy from a file) and changes to its training settings.
 *
 * <p>Arguments: {@code <gan-template-id> [graph.json] [epochs=N] [batch=N] [lr=X] [dlr=X] [beta1=X] [seed=N]}; the
 * training seed is the one setting a design is compared across, so that the spread from seed to seed is seen.
 */
record GanCandidate(Template template, GraphDocument document, RunOptions options, String label) {

    static final String USAGE = "usage: bench/gan-dev.sh <gan-template-id> [graph.json] [epochs=N] [batch=N] "
            + "[lr=X] [dlr=X] [beta1=X] [seed=N]";
    /** What a setting's value must be, as its message says. */
    private static final String WHOLE = "whole number";
    private static final String NUMBER = "number";

    static GanCandidate parse(TemplateCatalog catalog, String[] args) throws IOException {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        Template template = catalog.find(args[0]).filter(t -> t.judgeId() != null).orElseThrow(() ->
                new IllegalArgumentException("'" + args[0] + "' is not a GAN template. GAN templates: "
                        + catalog.all().stream().filter(t -> t.judgeId() != null).map(Template::id).toList()));
        GraphDocument document = template.document();
        StringBuilder label = new StringBuilder(template.id());
        RunOptions options = RunOptions.none();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (eq < 0) {
                if (i != 1) {
                    throw new IllegalArgumentException("'" + arg + "': the graph file comes right after the "
                            + "template id. " + USAGE);
                }
                document = read(Path.of(arg));
                String file = Path.of(arg).getFileName().toString();
                label.append('-').append(file.replaceFirst("\\.json$", "").replaceFirst("\\.graph$", ""));
                continue;
            }
            options = withSetting(options, arg.substring(0, eq), arg.substring(eq + 1));
            label.append('-').append(arg.replace('=', '_'));
        }
        return new GanCandidate(template, document, options, label.toString());
    }

    /** The length of the generator's noise: its NoiseInput's size. */
    static int noiseSize(GraphDocument document) {
        return intParam(document, "NoiseInput", "size", 0);
    }

    private static int intParam(GraphDocument document, String type, String param, int absent) {
        return document.nodes().stream().filter(n -> n.type().equals(type)).findFirst()
                .map(n -> ((Number) n.params().get(param)).intValue()).orElse(absent);
    }

    private static GraphDocument read(Path file) throws IOException {
        try {
            return GraphJson.parse(Files.readString(file));
        } catch (GraphFormatException e) {
            throw new IllegalArgumentException(file + " is not a graph document: " + e.getMessage(), e);
        }
    }

    private static RunOptions withSetting(RunOptions options, String key, String value) {
        return switch (key) {
            case "epochs" -> options.withEpochs(parsed(key, value, WHOLE, Integer::parseInt));
            case "batch" -> options.withBatchSize(parsed(key, value, WHOLE, Integer::parseInt));
            case "lr" -> options.withLearningRate(parsed(key, value, NUMBER, Double::parseDouble));
            case "dlr" -> options.withDiscriminatorLearningRate(parsed(key, value, NUMBER, Double::parseDouble));
            case "beta1" -> options.withBeta1(parsed(key, value, NUMBER, Double::parseDouble));
            case "seed" -> options.withSeed(parsed(key, value, WHOLE, Long::parseLong));
            default -> throw new IllegalArgumentException("Unknown setting '" + key + "'. " + USAGE);
        };
    }

    /** The setting's value read by {@code parse}, or a message naming the setting and what it should be. */
    private static <T> T parsed(String key, String value, String kind, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + key + "=" + value + "': " + value + " is not a " + kind, e);
        }
    }
}
