package dev.deepcanvas.backend.results;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.builtin.CharacterCorpusDataset;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.graph.analysis.Shape;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a model with one prediction per time step on held-out data: per-step accuracy, exact whole-sequence
 * matches, and samples to read beside their references (translations, captions, or text the model writes on
 * from a held-out prompt).
 */
final class SequenceEvaluator {

    /** Enough examples to judge by eye, few enough to read. */
    static final int SAMPLES = 12;
    /** Free-running text samples: each is a prompt plus as many characters as the model's window. */
    static final int TEXT_SAMPLES = 6;

    private SequenceEvaluator() {
    }

    /**
     * @param features   the held-out inputs in graph order
     * @param labels     the held-out one-hot targets, [N, classes, steps]
     * @param tokenInput for captioning, the graph input that takes the previous words; -1 otherwise
     */
    static SequenceResult evaluate(ComputationGraph net, DatasetDescriptor descriptor, DatasetSplit heldOut,
                                   INDArray[] features, INDArray labels, int tokenInput, long seed) {
        int[][] truth = SequenceMetrics.classes(labels);
        boolean greedy = descriptor.task() == DatasetTask.IMAGE_CAPTIONING && tokenInput >= 0;
        int[][] predicted = greedy ? GreedyDecoder.decode(net, features, tokenInput)
                : SequenceMetrics.classes(net.output(false, features)[0]);
        Vocabulary targetWords = descriptor.output().vocabulary();
        List<SequenceSample> samples = descriptor.task() == DatasetTask.NEXT_TOKEN
                ? textSamples(net, descriptor, heldOut, seed)
                : pairedSamples(descriptor, heldOut, truth, predicted, targetWords);
        return new SequenceResult(truth.length, SequenceMetrics.tokenAccuracy(truth, predicted),
                SequenceMetrics.sequenceAccuracy(truth, predicted), greedy ? "greedy" : "one pass", samples);
    }

    private static List<SequenceSample> pairedSamples(DatasetDescriptor descriptor, DatasetSplit heldOut,
                                                      int[][] truth, int[][] predicted, Vocabulary words) {
        int sourceInput = firstTokenInput(descriptor);
        boolean captions = descriptor.task() == DatasetTask.IMAGE_CAPTIONING;
        List<SequenceSample> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(SAMPLES, truth.length); i++) {
            String source = captions || sourceInput < 0 ? "held-out picture #" + i
                    : text(descriptor.inputs().get(sourceInput).vocabulary(),
                    ids(heldOut.features().get(sourceInput), i), " ");
            String reference = text(words, truth[i], " ");
            String generated = text(words, predicted[i], " ");
            samples.add(new SequenceSample(i, source, reference, generated,
                    java.util.Arrays.equals(truth[i], predicted[i])));
        }
        return samples;
    }

    /** The model writes on from held-out windows; the reference is the text that really followed. */
    private static List<SequenceSample> textSamples(ComputationGraph net, DatasetDescriptor descriptor,
                                                    DatasetSplit heldOut, long seed) {
        Vocabulary characters = descriptor.output().vocabulary();
        INDArray prompts = heldOut.features().get(0);
        int window = (int) prompts.size(2);
        // Windows overlap: the one starting right after window i's prompt holds the true continuation.
        int ahead = window / CharacterCorpusDataset.STRIDE;
        TextContinuations writer = new TextContinuations(net, characters, seed);
        List<SequenceSample> samples = new ArrayList<>();
        int usable = heldOut.size() - ahead;
        for (int k = 0; k < TEXT_SAMPLES && usable > 0; k++) {
            int i = (int) ((long) k * usable / TEXT_SAMPLES);
            int[] prompt = ids(prompts, i);
            String reference = heldOut.texts().isEmpty() ? "" : heldOut.texts().get(i + ahead).substring(0, window);
            samples.add(new SequenceSample(i, text(characters, prompt, ""), reference,
                    writer.write(prompt, window), false));
        }
        return samples;
    }

    static int firstTokenInput(DatasetDescriptor descriptor) {
        for (int i = 0; i < descriptor.inputs().size(); i++) {
            TensorSpec spec = descriptor.inputs().get(i);
            if (spec.shape().kind() == Shape.Kind.TOKENS && spec.vocabulary() != null) {
                return i;
            }
        }
        return -1;
    }

    private static int[] ids(INDArray tokenIds, int row) {
        int steps = (int) tokenIds.size(2);
        int[] ids = new int[steps];
        for (int t = 0; t < steps; t++) {
            ids[t] = tokenIds.getInt(row, 0, t);
        }
        return ids;
    }

    /** Decodes ids, leaving out markers such as <pad>, <start> and <end>. */
    private static String text(Vocabulary vocabulary, int[] ids, String separator) {
        List<String> tokens = new ArrayList<>();
        for (int id : ids) {
            String token = vocabulary.token(id);
            boolean marker = token.length() > 2 && token.startsWith("<") && token.endsWith(">");
            if (!marker) {
                tokens.add(token);
            }
        }
        return String.join(separator, tokens);
    }
}
