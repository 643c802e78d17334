package dev.deepcanvas.graph.testing;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The example graphs of docs/graph-format.md, one per family (the docs test checks the published JSON). */
public final class DocExamples {

    private DocExamples() {
    }

    public static Map<String, GraphDocument> all() {
        Map<String, GraphDocument> m = new LinkedHashMap<>();
        m.put("mlp", layout(G.skeleton().withName("Iris classifier")));
        m.put("cnn", layout(Samples.lenet().withName("LeNet digits")
                .withTraining(TrainingSettings.defaults().withLearningRate(0.001).withBatchSize(64).withEpochs(3))));
        m.put("rnn", layout(G.graph()
                .node("words", "TokenInput", "vocabulary", 5000, "length", 40)
                .node("embed", "EmbeddingSequence", "units", 32)
                .node("lstm", "LSTM", "units", 64, "returnSequences", false)
                .node("drop", "Dropout", "rate", 0.2)
                .node("sentiment", "Output", "units", 2, "activation", "softmax", "loss", "mcxent")
                .chain("words", "embed", "lstm", "drop", "sentiment")
                .training(TrainingSettings.defaults().withLearningRate(0.005).withBatchSize(32).withEpochs(10))
                .doc().withName("Sentiment (many-to-one)")));
        m.put("attention", layout(G.graph()
                .node("source", "TokenInput", "vocabulary", 30, "length", 8)
                .node("target", "TokenInput", "vocabulary", 30, "length", 8)
                .node("srcEmbed", "EmbeddingSequence", "units", 16)
                .node("tgtEmbed", "EmbeddingSequence", "units", 16)
                .node("encoder", "LSTM", "units", 32)
                .node("decoder", "LSTM", "units", 32)
                .node("attention", "Attention", "units", 32, "heads", 1, "headSize", 32)
                .node("join", "Concatenate")
                .node("words", "RnnOutput", "units", 30, "activation", "softmax", "loss", "mcxent")
                .chain("source", "srcEmbed", "encoder").chain("target", "tgtEmbed", "decoder")
                .edge("decoder", "attention", 0).edge("encoder", "attention", 1).edge("encoder", "attention", 2)
                .edge("decoder", "join", 0).edge("attention", "join", 1)
                .chain("join", "words")
                .doc().withName("Toy translation with attention")));
        m.put("gan", layout(G.graph()
                .group("generator")
                .node("noise", "NoiseInput", "size", 64)
                .node("g1", "Dense", "units", 256, "activation", "leakyrelu")
                .node("g2", "Dense", "units", 784, "activation", "sigmoid")
                .node("fake", "Reshape", "shape", List.of(28, 28, 1))
                .group("discriminator")
                .node("image", "ImageInput", "height", 28, "width", 28, "channels", 1)
                .node("d1", "Conv2D", "filters", 16, "kernel", List.of(5, 5), "stride", List.of(2, 2),
                        "activation", "leakyrelu")
                .node("flat", "Flatten")
                .node("d2", "Dense", "units", 64, "activation", "leakyrelu")
                .node("real", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("noise", "g1", "g2", "fake").chain("image", "d1", "flat", "d2", "real")
                .training(TrainingSettings.defaults().withLearningRate(0.0002).withBatchSize(64).withEpochs(20))
                .doc().withName("Digit GAN")));
        return m;
    }

    /** Lays nodes out left to right so the examples open tidily on the canvas. */
    private static GraphDocument layout(GraphDocument doc) {
        List<dev.deepcanvas.graph.document.GraphNode> nodes = new ArrayList<>();
        int i = 0;
        for (var n : doc.nodes()) {
            nodes.add(n.withPosition(new Position(80 + 200 * (i % 6), 80 + 140 * (i / 6))));
            i++;
        }
        return doc.withNodes(nodes);
    }
}
