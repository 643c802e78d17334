package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.backend.dataset.builtin.HousePricesDataset;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.dataset.builtin.SentimentDataset;
import dev.deepcanvas.backend.dataset.builtin.ShapeCaptionsDataset;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GraphDatasetFitTest {

    private static final GraphAnalyzer ANALYZER = new GraphAnalyzer();

    private static GraphDatasetFit check(GraphDocument graph, DatasetDescriptor data) {
        return GraphDatasetFit.check(graph, ANALYZER.analyze(graph), data);
    }

    @Test
    void anIrisClassifierFitsIris() {
        GraphDatasetFit fit = check(mlp(4, 3, "softmax", "mcxent"), IrisDataset.DESCRIPTOR);
        assertThat(fit.problems()).isEmpty();
        assertThat(fit.inputNodeIds()).containsExactly("in");
        assertThat(fit.outputNodeIds()).containsExactly("out");
    }

    @Test
    void wrongSizesAreReportedAsTheParametersToSet() {
        GraphDatasetFit fit = check(mlp(5, 2, "softmax", "mcxent"), IrisDataset.DESCRIPTOR);
        assertThat(fit.problems()).containsExactly(
                "The dataset 'Iris flowers' has 4 features: set the size of Input node 'in' to 4 (it is 5).",
                "The dataset 'Iris flowers' has 3 classes: set the units of Output node 'out' to 3 (it is 2).");
    }

    @Test
    void anImageOfTheWrongDepthNamesOnlyTheParameterThatDiffers() {
        GraphDocument graph = new Graph()
                .node("img", "ImageInput", "height", 28, "width", 28, "channels", 3)
                .node("flat", "Flatten").node("out", "Output", "units", 10)
                .chain("img", "flat", "out").doc();
        assertThat(check(graph, MnistDataset.DESCRIPTOR).problems()).containsExactly(
                "The dataset 'MNIST digits (10,000 real)' provides images of 28×28×1 as 'pixels': set the channels "
                        + "of ImageInput node 'img' to 1 (it is 3).");
    }

    @Test
    void anAutoencoderIsScoredAgainstItsOwnInputPicturesAndToldWhichPictureToMake() {
        GraphDocument halfSize = new Graph()
                .node("img", "ImageInput", "height", 28, "width", 28, "channels", 1)
                .node("down", "Conv2D", "filters", 1, "kernel", java.util.List.of(2, 2), "stride",
                        java.util.List.of(2, 2), "activation", "sigmoid")
                .node("out", "ImageOutput", "activation", "sigmoid", "loss", "xent")
                .chain("img", "down", "out").doc();
        assertThat(GraphDatasetFit.checkReconstruction(halfSize, ANALYZER.analyze(halfSize), MnistDataset.DESCRIPTOR)
                .problems()).containsExactly("The dataset 'MNIST digits (10,000 real)' wants each picture back, of "
                + "28×28×1, but ImageOutput node 'out' gets an image 14×14×1: change the layers before it so that they "
                + "make a picture of 28×28×1.");
        GraphDocument same = new Graph()
                .node("img", "ImageInput", "height", 28, "width", 28, "channels", 1)
                .node("out", "ImageOutput", "activation", "sigmoid", "loss", "xent")
                .chain("img", "out").doc();
        GraphDatasetFit fit = GraphDatasetFit.checkReconstruction(same, ANALYZER.analyze(same),
                MnistDataset.DESCRIPTOR);
        assertThat(fit.problems()).isEmpty();
        assertThat(fit.outputNodeIds()).containsExactly("out");
    }

    @Test
    void aVectorInputForImagesMustBeReplaced() {
        assertThat(check(mlp(784, 10, "softmax", "mcxent"), MnistDataset.DESCRIPTOR).problems())
                .containsExactly("The dataset 'MNIST digits (10,000 real)' provides images of 28×28×1 as 'pixels', "
                        + "but Input node 'in' takes a vector of 784: replace it with an ImageInput node with "
                        + "height 28 and width 28 and channels 1.");
    }

    @Test
    void aPerStepOutputForOneLabelPerSequenceMustBeReplaced() {
        int vocabulary = SentimentDataset.VOCABULARY.size();
        GraphDocument graph = new Graph()
                .node("words", "TokenInput", "length", 16, "vocabulary", vocabulary)
                .node("embed", "EmbeddingSequence", "units", 8).node("lstm", "LSTM", "units", 8)
                .node("out", "RnnOutput", "units", 2)
                .chain("words", "embed", "lstm", "out").doc();
        assertThat(check(graph, SentimentDataset.DESCRIPTOR).problems()).containsExactly(
                "The dataset 'Sentiment sentences' has 2 classes, but RnnOutput node 'out' produces a sequence 16×2 "
                        + "(time steps × features): replace it with an Output node with units 2.");
    }

    @Test
    void regressionNeedsAnUnboundedOutput() {
        assertThat(check(mlp(5, 1, "sigmoid", "xent"), HousePricesDataset.DESCRIPTOR).problems())
                .containsExactly("The dataset 'House prices' predicts standardised numbers: set the activation of "
                        + "Output node 'out' to identity and its loss to mse (it is sigmoid with xent).");
        assertThat(check(mlp(5, 1, "identity", "mse"), HousePricesDataset.DESCRIPTOR).fits()).isTrue();
        assertThat(check(mlp(4, 3, "identity", "mse"), IrisDataset.DESCRIPTOR).problems())
                .containsExactly("The dataset 'Iris flowers' has classes: set the activation of Output node 'out' "
                        + "to softmax and its loss to mcxent (it is identity with mse).");
    }

    @Test
    void aMissingSecondInputIsNamedWithItsShape() {
        GraphDocument graph = new Graph()
                .node("img", "ImageInput", "height", 32, "width", 32, "channels", 3)
                .node("flat", "Flatten").node("out", "Output", "units", 5)
                .chain("img", "flat", "out").doc();
        assertThat(check(graph, ShapeCaptionsDataset.DESCRIPTOR).problems()).contains(
                "The dataset 'Coloured shapes with captions' provides 3 tokens of 13 ids as 'previous words', but "
                        + "the graph has no input node left for it: add a TokenInput node with length 3 and "
                        + "vocabulary 13.");
    }

    @Test
    void severalInputsArePairedByShapeWhateverTheirOrderInTheGraph() {
        int vocabulary = ShapeCaptionsDataset.VOCABULARY.size();
        GraphDocument graph = new Graph()
                .node("words", "TokenInput", "length", 3, "vocabulary", vocabulary)
                .node("img", "ImageInput", "height", 32, "width", 32, "channels", 3)
                .node("flat", "Flatten").node("code", "Dense", "units", 16)
                .node("repeat", "DuplicateToSequence").node("lstm", "LSTM", "units", 16)
                .node("out", "RnnOutput", "units", vocabulary)
                .chain("img", "flat", "code", "repeat", "lstm", "out").edge("words", "repeat", 1).doc();
        GraphDatasetFit fit = check(graph, ShapeCaptionsDataset.DESCRIPTOR);
        assertThat(fit.problems()).isEmpty();
        assertThat(fit.inputNodeIds()).containsExactly("img", "words");
        assertThat(fit.outputNodeIds()).containsExactly("out");
    }

    @Test
    void aGanNoiseInputIsNotExpectedToGetData() {
        GraphDocument graph = new Graph()
                .node("noise", "NoiseInput", "size", 10)
                .node("in", "Input", "size", 4).node("out", "Output", "units", 3)
                .chain("in", "out").doc();
        assertThat(check(graph, IrisDataset.DESCRIPTOR).inputNodeIds()).containsExactly("in");
    }

    @Test
    void anExtraInputNodeIsReported() {
        GraphDocument graph = new Graph()
                .node("in", "Input", "size", 4).node("extra", "Input", "size", 2)
                .node("merge", "Concatenate").node("out", "Output", "units", 3)
                .chain("in", "merge", "out").edge("extra", "merge", 1).doc();
        assertThat(check(graph, IrisDataset.DESCRIPTOR).problems()).containsExactly(
                "Input node 'extra' gets no data: the dataset 'Iris flowers' has 1 input. Remove the node or "
                        + "choose a dataset that feeds it.");
    }

    private static GraphDocument mlp(int inputs, int units, String activation, String loss) {
        return new Graph().node("in", "Input", "size", inputs).node("hidden", "Dense", "units", 8)
                .node("out", "Output", "units", units, "activation", activation, "loss", loss)
                .chain("in", "hidden", "out").doc();
    }

    /** A terse graph builder for these tests. */
    private static final class Graph {
        private final List<GraphNode> nodes = new ArrayList<>();
        private final List<GraphEdge> edges = new ArrayList<>();

        Graph node(String id, String type, Object... keyValues) {
            Map<String, Object> params = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                params.put((String) keyValues[i], keyValues[i + 1]);
            }
            nodes.add(new GraphNode(id, type, params, new Position(nodes.size() * 100, 0), null));
            return this;
        }

        Graph edge(String source, String target, int port) {
            edges.add(new GraphEdge("e" + edges.size(), source, target, port));
            return this;
        }

        Graph chain(String... ids) {
            for (int i = 1; i < ids.length; i++) {
                edge(ids[i - 1], ids[i], 0);
            }
            return this;
        }

        GraphDocument doc() {
            return GraphDocument.of("test", nodes, edges, TrainingSettings.defaults());
        }
    }
}
