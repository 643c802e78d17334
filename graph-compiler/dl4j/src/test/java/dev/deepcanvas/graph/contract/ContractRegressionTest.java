package dev.deepcanvas.graph.contract;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every graph that ever broke the contract (accepted by the analyzer, then failing in DL4J), by name: the ones of
 * issue 20 and the ones {@link GeneratedGraphsContractTest} found. Each is now refused with a specific problem, and
 * its nearest sound neighbour still trains.
 */
@ExtendWith(NativeBackendConfigured.class)
class ContractRegressionTest {

    private final Contract contract = new Contract();

    private void refused(GraphDocument doc, ProblemCode code, String nodeId) throws Exception {
        assertThat(contract.check(doc, false)).isEqualTo(Contract.Verdict.REFUSED);
        List<Problem> problems = new GraphAnalyzer().analyze(doc).problems();
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.nodeId()).isEqualTo(nodeId);
        });
    }

    private void trains(GraphDocument doc) throws Exception {
        assertThat(contract.check(doc, false)).isEqualTo(Contract.Verdict.TRAINED);
    }

    /** Issue 20: "inputs not set" at the first step. */
    @Test
    void outputFeedingAnOutput() throws Exception {
        refused(G.graph().node("in", "Input", "size", 4).node("o1", "Output", "units", 3)
                .node("o2", "Output", "units", 3).chain("in", "o1", "o2").doc(), ProblemCode.OUTPUT_NOT_LAST, "o1");
        trains(G.graph().node("in", "Input", "size", 4).node("o1", "Output", "units", 3)
                .node("o2", "Output", "units", 3).chain("in", "o1").chain("in", "o2").doc());
    }

    /** Issue 20: a null pointer in DL4J's backward pass. */
    @Test
    void outputFeedingADenseAndAnOutput() throws Exception {
        refused(G.graph().node("in", "Input", "size", 4).node("o1", "Output", "units", 3).node("d", "Dense")
                .node("o2", "Output").chain("in", "o1", "d", "o2").doc(), ProblemCode.OUTPUT_NOT_LAST, "o1");
    }

    /** Issue 20. */
    @Test
    void rnnOutputFeedingLastTimeStep() throws Exception {
        refused(G.graph().node("in", "SequenceInput", "length", 5, "features", 3).node("r", "RnnOutput", "units", 3)
                .node("l", "LastTimeStep").node("o", "Output").chain("in", "r", "l", "o").doc(),
                ProblemCode.OUTPUT_NOT_LAST, "r");
    }

    /** Issue 20. */
    @Test
    void outputFeedingAConcatenate() throws Exception {
        refused(G.graph().node("in", "Input", "size", 4).node("o1", "Output").node("d", "Dense")
                .node("c", "Concatenate").node("o2", "Output").chain("in", "o1").chain("in", "d")
                .edge("o1", "c", 0).edge("d", "c", 1).chain("c", "o2").doc(), ProblemCode.OUTPUT_NOT_LAST, "o1");
    }

    /** Issue 20: a million steps never finish one training step. */
    @Test
    void gruOverAMillionSteps() throws Exception {
        refused(G.graph().node("in", "SequenceInput", "length", 1_000_000, "features", 8)
                .node("g", "GRU", "units", 32, "returnSequences", false).node("o", "Output", "units", 2)
                .chain("in", "g", "o").doc(), ProblemCode.TOO_LARGE, "g");
    }

    /**
     * Generated (seed 2271): with "same" padding a stride two beyond the kernel made DL4J's deconvolution gradient
     * fail to create its primitive ("could not create a descriptor for a dilated convolution"), in plain DL4J and in
     * FastTraining's transposed convolution alike.
     */
    @Test
    void transposedConvolutionWithAStrideBeyondItsKernel() throws Exception {
        refused(transposed(List.of(3, 1), List.of(2, 3)), ProblemCode.BAD_PARAM, "t");
        refused(transposed(List.of(1, 1), List.of(3, 3)), ProblemCode.BAD_PARAM, "t");
        trains(transposed(List.of(3, 3), List.of(2, 3)));
    }

    private static GraphDocument transposed(List<Integer> kernel, List<Integer> stride) {
        return G.graph().node("in", "ImageInput", "height", 5, "width", 4, "channels", 2)
                .node("t", "Conv2DTranspose", "filters", 2, "kernel", kernel, "stride", stride, "padding", "same")
                .node("f", "Flatten").node("o", "Output", "units", 2).chain("in", "t", "f", "o").doc();
    }

    /**
     * Generated (seed 2147): DuplicateToSequence reading its length from a TokenInput of length 1, which DL4J holds
     * as [batch, 1] without a time axis ("cannot get size of dimension 2 for rank 2 NDArray").
     */
    @Test
    void duplicateToSequenceWithTheLengthOfASingleToken() throws Exception {
        refused(duplicate(1), ProblemCode.SHAPE_MISMATCH, "dup");
        trains(duplicate(2));
    }

    private static GraphDocument duplicate(int length) {
        return G.graph().node("words", "TokenInput", "length", length, "vocabulary", 4).node("v", "Input", "size", 2)
                .node("dup", "DuplicateToSequence").node("last", "LastTimeStep").node("rep", "RepeatVector")
                .node("o", "RnnOutput", "units", 2, "activation", "tanh", "loss", "mse")
                .edge("v", "dup", 0).edge("words", "dup", 1).chain("dup", "last", "rep", "o").doc();
    }

    /**
     * Found when the contract took a training step on one sample, as a dataset's last batch can be: the GRU's gates
     * were cut with strided slices, whose gradient ND4J computes wrongly for a single row ("lengths of arrays are
     * mismatched"). The GRU now cuts them with plain slices.
     */
    @Test
    void gruTrainingOnASingleSample() throws Exception {
        for (boolean returnSequences : new boolean[] {true, false}) {
            trains(G.graph().node("in", "SequenceInput", "length", 4, "features", 1)
                    .node("g", "GRU", "units", 3, "returnSequences", returnSequences)
                    .node("o", returnSequences ? "RnnOutput" : "Output", "units", 2).chain("in", "g", "o").doc());
        }
    }

    /**
     * Generated (seeds 3030, 3090): a generator ending in Dropout failed at its first sample, drawn in training mode
     * ("Workspace WS_LAYER_ACT_0 for array type INPUT is not open"). A probe of every one-input type as the last
     * layer found only TimeDistributed failing the same way (below); the others may end a generator.
     */
    @Test
    void dropoutAsTheGeneratorsLastLayer() throws Exception {
        assertThat(contract.checkGan(ganEndingIn("Dropout"))).isEqualTo(Contract.Verdict.REFUSED);
        assertThat(new GraphAnalyzer().analyze(ganEndingIn("Dropout")).problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
                    assertThat(p.nodeId()).isEqualTo("last");
                    assertThat(p.message()).startsWith("Dropout last cannot be the generator's last layer");
                });
        assertThat(contract.checkGan(ganEndingIn("GaussianNoise"))).isEqualTo(Contract.Verdict.TRAINED);
        assertThat(contract.checkGan(ganEndingIn("BatchNorm"))).isEqualTo(Contract.Verdict.TRAINED);
    }

    private static GraphDocument ganEndingIn(String type) {
        return G.graph().group("generator").node("z", "NoiseInput", "size", 4).node("g", "Dense", "units", 4)
                .node("last", type).chain("z", "g", "last")
                .group("discriminator").node("x", "Input", "size", 4).node("d", "Dense")
                .node("o", "Output", "units", 1, "activation", "sigmoid", "loss", "xent").chain("x", "d", "o").doc();
    }

    /** Generated (seed 2455): a generator ending in TimeDistributed, the same failure as Dropout's. */
    @Test
    void timeDistributedAsTheGeneratorsLastLayer() throws Exception {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput", "size", 5).node("rep", "RepeatVector")
                .node("last", "TimeDistributed", "units", 4).chain("z", "rep", "last")
                .group("discriminator").node("x", "SequenceInput", "length", 10, "features", 4)
                .node("pool", "GlobalMaxPool").node("o", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("x", "pool", "o").doc();
        assertThat(contract.checkGan(doc)).isEqualTo(Contract.Verdict.REFUSED);
        GraphDocument fixed = G.graph().group("generator").node("z", "NoiseInput", "size", 5)
                .node("rep", "RepeatVector").node("td", "TimeDistributed", "units", 4)
                .node("last", "Activation", "activation", "identity").chain("z", "rep", "td", "last")
                .group("discriminator").node("x", "SequenceInput", "length", 10, "features", 4)
                .node("pool", "GlobalMaxPool").node("o", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("x", "pool", "o").doc();
        assertThat(contract.checkGan(fixed)).isEqualTo(Contract.Verdict.TRAINED);
    }
}
