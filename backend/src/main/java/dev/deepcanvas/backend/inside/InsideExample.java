package dev.deepcanvas.backend.inside;

import java.util.List;
import java.util.Optional;

/**
 * One held-out example of a run (or a picture of the user's own) and what every layer of its model made of it, in
 * the order the data flows.
 *
 * @param index          the held-out example's number, or {@link InsideService#OWN_INPUT}
 * @param exampleCount   how many held-out examples there are to choose from
 * @param label          the example's true answer: a class name, the target numbers of a regressor, or the target
 *                       tokens of a sequence; null for the user's own picture, which has none
 * @param predicted      the predicted class or tokens; null for a regressor
 * @param classNames     the names of the output's units, in order (empty for a regressor and a sequence output)
 * @param words          for an input of words, the word at each time step (the axis of a sequence's heat map);
 *                       empty for any other input
 * @param text           the dataset's own text of the example ("four hundred and two → 4 0 2"); null if none
 * @param sequence       for a model writing a sequence, what it wrote at each step; null otherwise
 * @param attention      every attention layer's weights, head by head, in the order the data flows
 * @param gates          every LSTM and GRU layer's gates (and cell or candidate state), in the order the data flows
 */
public record InsideExample(long runId, int index, int exampleCount, String label, String predicted,
                            List<String> classNames, List<LayerActivations> layers, List<String> words, String text,
                            SequenceOutput sequence, List<AttentionMap> attention, List<RecurrentGates> gates) {

    public InsideExample {
        classNames = List.copyOf(classNames);
        layers = List.copyOf(layers);
        words = List.copyOf(words);
        attention = List.copyOf(attention);
        gates = List.copyOf(gates);
    }

    /** An example of a classifier or regressor without attention or LSTM layers. */
    public InsideExample(long runId, int index, int exampleCount, String label, String predicted,
                         List<String> classNames, List<LayerActivations> layers, List<String> words) {
        this(runId, index, exampleCount, label, predicted, classNames, layers, words, null, null, List.of(),
                List.of());
    }

    /** An example whose input is not words. */
    public InsideExample(long runId, int index, int exampleCount, String label, String predicted,
                         List<String> classNames, List<LayerActivations> layers) {
        this(runId, index, exampleCount, label, predicted, classNames, layers, List.of());
    }

    /** The attention maps of one layer, head by head. */
    public List<AttentionMap> attentionOf(String nodeId) {
        return attention.stream().filter(a -> a.nodeId().equals(nodeId)).toList();
    }

    /** The gates of one LSTM or GRU layer, if it is one. */
    public Optional<RecurrentGates> gatesOf(String nodeId) {
        return gates.stream().filter(g -> g.nodeId().equals(nodeId)).findFirst();
    }
}
