package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Shape, kernel, parameter, arity, GAN and size problems: each with its code, node and a message with the fix. */
class MoreBrokenGraphsTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    private Problem expect(GraphDocument doc, ProblemCode code, String nodeId, String messagePart) {
        Analysis a = analyzer.analyze(doc);
        assertThat(a.isValid()).isFalse();
        List<Problem> matching = a.problems().stream()
                .filter(p -> p.code() == code && java.util.Objects.equals(p.nodeId(), nodeId)).toList();
        assertThat(matching).as("%s on %s among %s", code, nodeId, a.problems()).isNotEmpty();
        assertThat(matching.get(0).message()).contains(messagePart);
        return matching.get(0);
    }

    private static G img(int h, int w, int c) {
        return G.graph().node("img", "ImageInput", "height", h, "width", w, "channels", c);
    }

    private static G seq(int t, int f) {
        return G.graph().node("seq", "SequenceInput", "length", t, "features", f);
    }

    @Test
    void conv2dAfterAVector() {
        expect(G.graph().node("in", "Input", "size", 784).node("c", "Conv2D").node("out", "Output")
                .chain("in", "c", "out").doc(), ProblemCode.SHAPE_MISMATCH, "c", "Reshape");
    }

    @Test
    void conv2dAfterASequence() {
        expect(seq(10, 3).node("c", "Conv2D").node("out", "Output").chain("seq", "c", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "c", "Conv1D");
    }

    @Test
    void lstmAfterAVector() {
        expect(G.graph().node("in", "Input").node("l", "LSTM").node("out", "RnnOutput").chain("in", "l", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "l", "RepeatVector");
    }

    @Test
    void lstmOnRawTokens() {
        expect(G.graph().node("t", "TokenInput").node("l", "LSTM").node("out", "RnnOutput")
                .chain("t", "l", "out").doc(), ProblemCode.SHAPE_MISMATCH, "l", "EmbeddingSequence");
    }

    @Test
    void denseAfterASequence() {
        expect(seq(5, 2).node("d", "Dense").node("out", "Output").chain("seq", "d", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "d", "LastTimeStep");
    }

    @Test
    void outputAfterASequence() {
        expect(seq(5, 2).node("out", "Output").chain("seq", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "out", "RnnOutput");
    }

    @Test
    void rnnOutputAfterAVector() {
        expect(G.graph().node("in", "Input").node("out", "RnnOutput").chain("in", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "out", "Output");
    }

    @Test
    void embeddingOnNumbers() {
        expect(G.graph().node("in", "Input").node("e", "Embedding").node("out", "Output").chain("in", "e", "out")
                .doc(), ProblemCode.SHAPE_MISMATCH, "e", "TokenInput");
    }

    @Test
    void embeddingOnATokenSequence() {
        expect(G.graph().node("t", "TokenInput", "length", 5).node("e", "Embedding").node("out", "Output")
                .chain("t", "e", "out").doc(), ProblemCode.SHAPE_MISMATCH, "e", "EmbeddingSequence");
    }

    @Test
    void concatenateImagesOfDifferentSizes() {
        expect(img(8, 8, 1).node("a", "Conv2D", "kernel", List.of(3, 3)).node("b", "Conv2D", "kernel", List.of(5, 5))
                .node("cat", "Concatenate").node("out", "Output")
                .chain("img", "a").chain("img", "b").edge("a", "cat", 0).edge("b", "cat", 1).chain("cat", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "cat", "input 1");
    }

    @Test
    void addVectorsOfDifferentSizes() {
        expect(G.graph().node("in", "Input").node("a", "Dense", "units", 3).node("b", "Dense", "units", 4)
                .node("add", "Add").node("out", "Output")
                .chain("in", "a").chain("in", "b").edge("a", "add", 0).edge("b", "add", 1).chain("add", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "add", "same shape");
    }

    @Test
    void reshapeWithTheWrongNumberOfValues() {
        expect(G.graph().node("in", "Input", "size", 10).node("r", "Reshape", "shape", List.of(3, 3, 1))
                .node("out", "Output").chain("in", "r", "out").doc(), ProblemCode.SHAPE_MISMATCH, "r", "10");
    }

    @Test
    void flattenOfAVector() {
        expect(G.graph().node("in", "Input").node("f", "Flatten").node("out", "Output").chain("in", "f", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "f", "Delete");
    }

    @Test
    void attentionKeysAndValuesOfDifferentLengths() {
        expect(G.graph().node("q", "SequenceInput", "length", 4).node("k", "SequenceInput", "length", 5)
                .node("v", "SequenceInput", "length", 6).node("att", "Attention").node("out", "RnnOutput")
                .edge("q", "att", 0).edge("k", "att", 1).edge("v", "att", 2).chain("att", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "att", "same");
    }

    @Test
    void duplicateToSequenceWithoutASequenceReference() {
        expect(G.graph().node("in", "Input").node("x", "Input").node("dup", "DuplicateToSequence")
                .node("out", "RnnOutput").edge("in", "dup", 0).edge("x", "dup", 1).chain("dup", "out").doc(),
                ProblemCode.SHAPE_MISMATCH, "dup", "port 1");
    }

    @Test
    void layerUsedOnlyAsALengthReference() {
        expect(G.graph().node("v", "Input").node("s", "SequenceInput", "length", 4)
                .node("lstm", "LSTM").node("dup", "DuplicateToSequence").node("out", "RnnOutput")
                .chain("s", "lstm").edge("v", "dup", 0).edge("lstm", "dup", 1).chain("dup", "out").doc(),
                ProblemCode.UNREACHABLE, "lstm", "length reference");
    }

    @Test
    void kernelLargerThanTheImage() {
        expect(img(4, 4, 1).node("c", "Conv2D", "kernel", List.of(5, 5)).node("out", "Output")
                .chain("img", "c", "out").doc(), ProblemCode.KERNEL_TOO_LARGE, "c", "padding \"same\"");
    }

    @Test
    void hugeKernelIsCaughtQuickly() {
        long start = System.nanoTime();
        expect(img(28, 28, 1).node("c", "Conv2D", "kernel", List.of(100_000, 100_000)).node("out", "Output")
                .chain("img", "c", "out").doc(), ProblemCode.KERNEL_TOO_LARGE, "c", "100000");
        // Visiting the kernel's 10^10 cells would take minutes; the bound is loose so that a loaded machine passes.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
    }

    @Test
    void poolLargerThanTheImage() {
        expect(img(3, 3, 1).node("p", "MaxPool2D", "pool", List.of(4, 4)).node("out", "Output")
                .chain("img", "p", "out").doc(), ProblemCode.KERNEL_TOO_LARGE, "p", "pool");
    }

    @Test
    void poolingShrinksTheImageAway() {
        expect(img(8, 8, 1).node("p1", "MaxPool2D").node("p2", "MaxPool2D").node("p3", "MaxPool2D")
                .node("p4", "MaxPool2D").node("out", "Output").chain("img", "p1", "p2", "p3", "p4", "out").doc(),
                ProblemCode.KERNEL_TOO_LARGE, "p4", "remove a pooling step");
    }

    @Test
    void conv1dKernelLongerThanTheSequence() {
        expect(seq(3, 2).node("c", "Conv1D", "kernel", 5).node("out", "RnnOutput").chain("seq", "c", "out").doc(),
                ProblemCode.KERNEL_TOO_LARGE, "c", "length");
    }

    @Test
    void croppingEverything() {
        expect(img(4, 4, 1).node("c", "Cropping2D", "cropping", List.of(2)).node("out", "Output")
                .chain("img", "c", "out").doc(), ProblemCode.KERNEL_TOO_LARGE, "c", "Crop less");
    }

    @Test
    void dropoutRateOfOne() {
        expect(G.graph().node("in", "Input").node("d", "Dropout", "rate", 1.0).node("out", "Output")
                .chain("in", "d", "out").doc(), ProblemCode.BAD_PARAM, "d", "rate");
    }

    @Test
    void strideZero() {
        expect(img(8, 8, 1).node("c", "Conv2D", "stride", List.of(0, 1)).node("out", "Output")
                .chain("img", "c", "out").doc(), ProblemCode.BAD_PARAM, "c", "stride");
    }

    @Test
    void kernelWithThreeNumbers() {
        expect(img(8, 8, 1).node("c", "Conv2D", "kernel", List.of(3, 3, 3)).node("out", "Output")
                .chain("img", "c", "out").doc(), ProblemCode.BAD_PARAM, "c", "[height, width]");
    }

    @Test
    void paddingWithThreeNumbers() {
        expect(img(8, 8, 1).node("z", "ZeroPadding2D", "padding", List.of(1, 2, 3)).node("out", "Output")
                .chain("img", "z", "out").doc(), ProblemCode.BAD_PARAM, "z", "[top, bottom, left, right]");
    }

    @Test
    void reshapeToFourDimensions() {
        expect(G.graph().node("in", "Input", "size", 16).node("r", "Reshape", "shape", List.of(2, 2, 2, 2))
                .node("out", "Output").chain("in", "r", "out").doc(), ProblemCode.BAD_PARAM, "r", "1, 2 or 3");
    }

    @Test
    void subsetOutOfRange() {
        expect(G.graph().node("in", "Input", "size", 4).node("s", "Subset", "from", 2, "to", 9).node("out", "Output")
                .chain("in", "s", "out").doc(), ProblemCode.BAD_PARAM, "s", "≤ 3");
    }

    @Test
    void unknownPaddingMode() {
        expect(img(8, 8, 1).node("c", "Conv2D", "padding", "full").node("out", "Output")
                .chain("img", "c", "out").doc(), ProblemCode.BAD_PARAM, "c", "[valid, same]");
    }

    @Test
    void binaryLossWithSoftmax() {
        expect(G.graph().node("in", "Input").node("out", "Output", "units", 2, "loss", "xent")
                .chain("in", "out").doc(), ProblemCode.BAD_PARAM, "out", "sigmoid");
    }

    @Test
    void softmaxOverOneUnit() {
        expect(G.graph().node("in", "Input").node("out", "Output", "units", 1).chain("in", "out").doc(),
                ProblemCode.BAD_PARAM, "out", "single unit");
    }

    @Test
    void integerParameterGivenAFraction() {
        expect(G.graph().node("in", "Input").node("d", "Dense", "units", 2.5).node("out", "Output")
                .chain("in", "d", "out").doc(), ProblemCode.BAD_PARAM, "d", "whole number");
    }

    @Test
    void addWithOneInput() {
        expect(G.graph().node("in", "Input").node("add", "Add").node("out", "Output").chain("in", "add", "out").doc(),
                ProblemCode.ARITY, "add", "at least 2");
    }

    @Test
    void subtractWithThreeInputs() {
        expect(G.graph().node("in", "Input").node("a", "Dense").node("b", "Dense").node("c", "Dense")
                .node("sub", "Subtract").node("out", "Output")
                .chain("in", "a").chain("in", "b").chain("in", "c")
                .edge("a", "sub", 0).edge("b", "sub", 1).edge("c", "sub", 2).chain("sub", "out").doc(),
                ProblemCode.ARITY, "sub", "at most 2");
    }

    @Test
    void attentionWithOnlyQueries() {
        expect(seq(4, 3).node("att", "Attention").node("out", "RnnOutput").chain("seq", "att", "out").doc(),
                ProblemCode.ARITY, "att", "at least 2");
    }

    @Test
    void portGap() {
        expect(G.graph().node("in", "Input").node("a", "Dense").node("b", "Dense").node("cat", "Concatenate")
                .node("out", "Output").chain("in", "a").chain("in", "b")
                .edge("a", "cat", 0).edge("b", "cat", 2).chain("cat", "out").doc(),
                ProblemCode.DANGLING_INPUT, "cat", "port 1");
    }

    @Test
    void activationMemoryOverTheCap() {
        GraphDocument doc = img(4000, 4000, 3).node("c", "Conv2D", "filters", 64, "padding", "same")
                .node("gap", "GlobalAvgPool").node("out", "Output").chain("img", "c", "gap", "out").doc();
        expect(doc, ProblemCode.TOO_LARGE, null, "batch size");
    }

    @Test
    void hundredThousandNodesAreRefusedQuickly() {
        List<GraphNode> nodes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            nodes.add(GraphNode.of("n" + i, "Dense", java.util.Map.of()));
        }
        long start = System.nanoTime();
        expect(G.skeleton().withNodes(nodes), ProblemCode.TOO_LARGE, null, "100000 nodes");
        // Visiting the kernel's 10^10 cells would take minutes; the bound is loose so that a loaded machine passes.
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
    }

    @Test
    void ganGeneratorMakesTheWrongShape() {
        GraphDocument doc = Samples.gan();
        doc = doc.withNode(doc.node("gimg").orElseThrow().withParam("shape", List.of(36)));
        expect(doc, ProblemCode.GAN_BLOCKS, "gimg", "Reshape to 6×6×1");
    }

    @Test
    void ganNodeWithoutABlock() {
        GraphDocument doc = Samples.gan();
        doc = doc.withNode(doc.node("d2").orElseThrow().withGroup(null));
        expect(doc, ProblemCode.GAN_BLOCKS, "d2", "neither");
    }

    @Test
    void ganEdgeBetweenBlocks() {
        GraphDocument doc = Samples.gan();
        List<dev.deepcanvas.graph.document.GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.add(new dev.deepcanvas.graph.document.GraphEdge("x", "g2", "d2", 1));
        Problem p = expect(doc.withEdges(edges), ProblemCode.GAN_BLOCKS, "d2", "Delete it");
        assertThat(p.edgeId()).isEqualTo("x");
    }

    @Test
    void ganGeneratorEndingInAnOutput() {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput")
                .node("g", "Output", "units", 4, "activation", "sigmoid", "loss", "xent")
                .group("discriminator").node("x", "Input", "size", 4)
                .node("p", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("z", "g").chain("x", "p").doc();
        expect(doc, ProblemCode.GAN_BLOCKS, "g", "not an Output");
    }

    @Test
    void ganWithTwoNoiseInputs() {
        GraphDocument doc = Samples.gan();
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        nodes.add(GraphNode.of("noise2", "NoiseInput", java.util.Map.of()).withGroup("generator"));
        List<dev.deepcanvas.graph.document.GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.add(new dev.deepcanvas.graph.document.GraphEdge("n2", "noise2", "g1", 1));
        expect(doc.withNodes(nodes).withEdges(edges), ProblemCode.GAN_BLOCKS, "noise2", "exactly one input");
    }

    @Test
    void conditionalGeneratorWhoseDiscriminatorIgnoresClasses() {
        expect(withoutDiscriminatorClassInput(Samples.conditionalGan()), ProblemCode.GAN_BLOCKS, "gclass",
                "the discriminator never learns about classes");
    }

    @Test
    void discriminatorLearningClassesTheGeneratorIsNeverTold() {
        GraphDocument doc = Samples.conditionalGan();
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        nodes.removeIf(n -> List.of("gclass", "gjoin").contains(n.id()));
        List<dev.deepcanvas.graph.document.GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.removeIf(e -> List.of("gclass", "gjoin").contains(e.source())
                || List.of("gclass", "gjoin").contains(e.target()));
        edges.add(new dev.deepcanvas.graph.document.GraphEdge("z", "noise", "g1", 0));
        expect(doc.withNodes(nodes).withEdges(edges), ProblemCode.GAN_BLOCKS, "dclass",
                "the generator is never told which class to draw");
    }

    /** An auxiliary classifier (AC-GAN) is the other way to teach the discriminator classes. */
    @Test
    void auxiliaryClassifierIsRecognisedAndItsUnitsChecked() {
        GraphDocument doc = withClassOutput(withoutDiscriminatorClassInput(Samples.conditionalGan()), 3);
        assertThat(new GraphAnalyzer().analyze(doc).problems()).isEmpty();
        GanBlocks blocks = GanBlocks.find(doc).blocks();
        assertThat(blocks.discriminatorOutput()).isEqualTo("verdict");
        assertThat(blocks.discriminatorClassOutput()).isEqualTo("named");
        expect(withClassOutput(withoutDiscriminatorClassInput(Samples.conditionalGan()), 4), ProblemCode.GAN_BLOCKS,
                "named", "class Output has 4 units");
    }

    @Test
    void discriminatorWithTwoVerdicts() {
        GraphDocument doc = withClassOutput(withoutDiscriminatorClassInput(Samples.conditionalGan()), 1);
        expect(doc, ProblemCode.GAN_BLOCKS, "named", "are not that pair");
    }

    private static GraphDocument withoutDiscriminatorClassInput(GraphDocument doc) {
        List<String> gone = List.of("dclass", "dmap", "dgrid", "djoin");
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        nodes.removeIf(n -> gone.contains(n.id()));
        List<dev.deepcanvas.graph.document.GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.removeIf(e -> gone.contains(e.source()) || gone.contains(e.target()));
        edges.add(new dev.deepcanvas.graph.document.GraphEdge("x", "real", "d1", 0));
        return doc.withNodes(nodes).withEdges(edges);
    }

    private static GraphDocument withClassOutput(GraphDocument doc, int units) {
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        nodes.add(GraphNode.of("named", "Output", java.util.Map.of("units", units, "activation", "softmax",
                "loss", "mcxent")).withGroup("discriminator"));
        List<dev.deepcanvas.graph.document.GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.add(new dev.deepcanvas.graph.document.GraphEdge("n", "d1", "named", 0));
        return doc.withNodes(nodes).withEdges(edges);
    }

    @Test
    void conditionalGanWithTwoClassInputsInTheGenerator() {
        GraphDocument doc = Samples.conditionalGan();
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        nodes.add(GraphNode.of("gclass2", "ClassInput", java.util.Map.of("classes", 3)).withGroup("generator"));
        List<dev.deepcanvas.graph.document.GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.add(new dev.deepcanvas.graph.document.GraphEdge("c2", "gclass2", "gjoin", 2));
        expect(doc.withNodes(nodes).withEdges(edges), ProblemCode.GAN_BLOCKS, "gclass2", "may have one ClassInput");
    }

    @Test
    void conditionalGanWhoseBlocksCountDifferentClasses() {
        GraphDocument doc = Samples.conditionalGan();
        doc = doc.withNode(doc.node("dclass").orElseThrow().withParam("classes", 4));
        expect(doc, ProblemCode.GAN_BLOCKS, "dclass", "has 3 classes but the discriminator's has 4");
    }

    @Test
    void classInputOutsideAGan() {
        GraphDocument doc = G.graph().node("c", "ClassInput", "classes", 3).node("d", "Dense", "units", 4)
                .node("out", "Output", "units", 2).chain("c", "d", "out").doc();
        expect(doc, ProblemCode.GAN_BLOCKS, "c", "belongs in a conditional GAN");
    }

    @Test
    void ganWithoutDiscriminator() {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput").node("g", "Dense")
                .group(null).node("x", "Input").node("out", "Output").chain("z", "g").chain("x", "out").doc();
        expect(doc, ProblemCode.GAN_BLOCKS, "x", "neither");
        expect(doc, ProblemCode.GAN_BLOCKS, null, "no discriminator");
    }

    @Test
    void ganDiscriminatorWithAnAttentionVertex() {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput", "size", 4)
                .node("g", "Dense", "units", 12).node("r", "Reshape", "shape", List.of(4, 3))
                .group("discriminator").node("x", "SequenceInput", "length", 4, "features", 3)
                .node("att", "Attention").node("p", "GlobalAvgPool")
                .node("o", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("z", "g", "r").edge("x", "att", 0).edge("x", "att", 1).chain("att", "p", "o").doc();
        expect(doc, ProblemCode.GAN_BLOCKS, "att", "cannot be frozen");
    }

    @Test
    void ganDiscriminatorWithDropout() {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput", "size", 4)
                .node("g", "Dense", "units", 6, "activation", "tanh")
                .group("discriminator").node("x", "Input", "size", 6).node("d", "Dense", "units", 5)
                .node("drop", "Dropout", "rate", 0.3)
                .node("p", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("z", "g").chain("x", "d", "drop", "p").doc();
        Problem p = expect(doc, ProblemCode.GAN_BLOCKS, "drop", "Dropout drop cannot be part of the discriminator");
        assertThat(p.message()).contains("move it to the generator");
    }

    @Test
    void unknownGroupName() {
        GraphDocument doc = G.skeleton();
        doc = doc.withNode(doc.node("hidden").orElseThrow().withGroup("critic"));
        expect(doc, ProblemCode.GAN_BLOCKS, "hidden", "critic");
    }
}
