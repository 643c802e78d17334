package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.dl4j.RandomShift;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The RandomTranslation node moves each training picture by whole pixels, and its gradient back by the same. */
@ExtendWith(NativeBackendConfigured.class)
class RandomTranslationTest {

    private final GraphCompiler compiler = new GraphCompiler();

    @Test
    void whileTrainingEachPictureIsMovedByAtMostItsFactorAndZerosFillTheGap() throws Exception {
        ComputationGraph net = network(0.25, 0.2); // 8 × 10 pictures: up to 2 rows and 2 columns
        Nd4j.getRandom().setSeed(5);
        INDArray x = Nd4j.rand(DataType.FLOAT, 40, 2, 8, 10).addi(1); // no zeros of its own
        INDArray moved = net.feedForward(new INDArray[] {x}, true).get("shift");
        java.util.Set<String> shiftsSeen = new java.util.HashSet<>();
        for (int i = 0; i < 40; i++) {
            int[] shift = shiftOf(x.get(NDArrayIndex.point(i)), moved.get(NDArrayIndex.point(i)), 2, 2);
            assertThat(shift).as("picture %d is its input moved by whole pixels", i).isNotNull();
            shiftsSeen.add(shift[0] + "," + shift[1]);
        }
        assertThat(shiftsSeen).as("the moves are drawn per picture").hasSizeGreaterThan(5);
    }

    @Test
    void atInferenceItPassesPicturesThroughUnchanged() throws Exception {
        ComputationGraph net = network(0.25, 0.2);
        INDArray x = Nd4j.rand(DataType.FLOAT, 3, 2, 8, 10);
        assertThat(net.feedForward(new INDArray[] {x}, false).get("shift")).isEqualTo(x);
    }

    /** The backward pass is the forward move's adjoint: ⟨move(x), g⟩ = ⟨x, back(g)⟩ for every x and g. */
    @Test
    void theGradientIsMovedBackByTheSameShift() {
        RandomShift shift = new RandomShift(3, 2);
        Nd4j.getRandom().setSeed(11);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 16, 3, 6, 7);
        INDArray g = Nd4j.rand(DataType.DOUBLE, 16, 3, 6, 7);
        INDArray moved = shift.applyDropout(x, Nd4j.createUninitialized(DataType.DOUBLE, x.shape()), 0, 0,
                LayerWorkspaceMgr.noWorkspaces());
        INDArray back = shift.backprop(g, Nd4j.createUninitialized(DataType.DOUBLE, g.shape()), 0, 0);
        assertThat(moved.mul(g).sumNumber().doubleValue())
                .isCloseTo(x.mul(back).sumNumber().doubleValue(), within(1e-9));
        assertThat(moved).isNotEqualTo(x);
    }

    /** DL4J hands the input array itself as the output when it may be modified: moving in place must work. */
    @Test
    void itMovesInPlace() {
        RandomShift shift = new RandomShift(2, 2);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.rand(DataType.FLOAT, 8, 1, 5, 5).addi(1);
        INDArray original = x.dup();
        INDArray moved = shift.applyDropout(x, x, 0, 0, LayerWorkspaceMgr.noWorkspaces());
        for (int i = 0; i < 8; i++) {
            assertThat(shiftOf(original.get(NDArrayIndex.point(i)), moved.get(NDArrayIndex.point(i)), 2, 2))
                    .isNotNull();
        }
    }

    /** Found by RandomGraphsTest: after Cropping2D the input is a view, and ND4J mishandled sub-views of it. */
    @Test
    void aCroppedPictureWhichIsAViewMovesAndTrains() throws Exception {
        GraphDocument doc = G.graph().node("img", "ImageInput", "height", 8, "width", 4, "channels", 2)
                .node("crop", "Cropping2D").node("shift", "RandomTranslation", "heightFactor", 0.5)
                .node("out", "Output", "units", 4).chain("img", "crop", "shift", "out").doc();
        ComputationGraph net = new ComputationGraph(compiler.compile(doc).configuration());
        net.init();
        INDArray before = net.params().dup();
        for (int i = 0; i < 5; i++) {
            net.fit(new INDArray[] {Nd4j.rand(DataType.FLOAT, 2, 2, 8, 4)}, new INDArray[] {Nd4j.rand(DataType.FLOAT, 2, 4)});
        }
        assertThat(net.params()).isNotEqualTo(before);
        assertThat(Double.isFinite(net.score())).isTrue();
    }

    @Test
    void aSavedModelKeepsItsShiftAndTrainsAfterRestoring(@TempDir Path dir) throws Exception {
        ComputationGraph net = network(0.25, 0.2);
        File file = dir.resolve("model.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        ComputationGraph restored = ModelSerializer.restoreComputationGraph(file, true);
        DropoutLayer layer = (DropoutLayer) restored.getLayer("shift").conf().getLayer();
        assertThat(layer.getIDropout()).isEqualTo(new RandomShift(2, 2));
        INDArray before = restored.params().dup();
        restored.fit(new INDArray[] {Nd4j.rand(DataType.FLOAT, 4, 2, 8, 10)},
                new INDArray[] {Nd4j.rand(DataType.FLOAT, 4, 1)});
        assertThat(restored.params()).isNotEqualTo(before);
    }

    @Test
    void itTakesPicturesOnly() {
        GraphDocument doc = G.graph().node("in", "Input", "size", 4).node("shift", "RandomTranslation")
                .node("out", "Output", "units", 1, "activation", "identity", "loss", "mse")
                .chain("in", "shift", "out").doc();
        assertThat(new GraphAnalyzer().analyze(doc).problems())
                .anySatisfy(p -> assertThat(p.nodeId()).isEqualTo("shift"));
    }

    /**
     * In a GAN discriminator the move must act in the generator step too (differentiable augmentation), so the
     * combined network leaves the node unwrapped, and the generator learns through it.
     */
    @Test
    void inAGanDiscriminatorItMovesInBothStepsAndTheGeneratorLearnsThroughIt() throws Exception {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput", "size", 4)
                .node("g", "Dense", "units", 32, "activation", "sigmoid")
                .node("pic", "Reshape", "shape", List.of(4, 4, 2)).chain("z", "g", "pic")
                .group("discriminator").node("x", "ImageInput", "height", 4, "width", 4, "channels", 2)
                .node("shift", "RandomTranslation", "heightFactor", 0.25, "widthFactor", 0.25)
                .node("c", "Conv2D", "filters", 3, "kernel", List.of(2, 2)).node("flat", "Flatten")
                .node("p", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("x", "shift", "c", "flat", "p").doc();
        CompiledGan gan = compiler.compileGan(doc);
        Object inCombined = ((org.deeplearning4j.nn.conf.graph.LayerVertex) gan.combined().configuration()
                .getVertices().get("shift")).getLayerConf().getLayer();
        assertThat(inCombined).isInstanceOf(DropoutLayer.class);
        Object conv = ((org.deeplearning4j.nn.conf.graph.LayerVertex) gan.combined().configuration()
                .getVertices().get("c")).getLayerConf().getLayer();
        assertThat(conv).isInstanceOf(FrozenLayerWithBackprop.class);

        ComputationGraph gd = new ComputationGraph(gan.combined().configuration());
        gd.init();
        INDArray before = gd.getVertex("g").params().dup();
        gd.fit(new INDArray[] {Nd4j.randn(DataType.FLOAT, 8, 4)}, new INDArray[] {Nd4j.ones(DataType.FLOAT, 8, 1)});
        assertThat(gd.getVertex("g").params()).isNotEqualTo(before);
    }

    /** The (rows, columns) by which {@code moved} is {@code original} shifted with zeros coming in, or null. */
    private static int[] shiftOf(INDArray original, INDArray moved, int maxRows, int maxColumns) {
        for (int dy = -maxRows; dy <= maxRows; dy++) {
            for (int dx = -maxColumns; dx <= maxColumns; dx++) {
                if (expected(original, dy, dx).equalsWithEps(moved, 1e-6)) {
                    return new int[] {dy, dx};
                }
            }
        }
        return null;
    }

    private static INDArray expected(INDArray picture, int dy, int dx) {
        long h = picture.size(1);
        long w = picture.size(2);
        INDArray out = Nd4j.zeros(picture.dataType(), picture.shape());
        for (long r = 0; r < h; r++) {
            for (long c = 0; c < w; c++) {
                long sr = r - dy;
                long sc = c - dx;
                if (sr >= 0 && sr < h && sc >= 0 && sc < w) {
                    for (long ch = 0; ch < picture.size(0); ch++) {
                        out.putScalar(new long[] {ch, r, c}, picture.getDouble(ch, sr, sc));
                    }
                }
            }
        }
        return out;
    }

    private ComputationGraph network(double heightFactor, double widthFactor) throws Exception {
        GraphDocument doc = G.graph().node("img", "ImageInput", "height", 8, "width", 10, "channels", 2)
                .node("shift", "RandomTranslation", "heightFactor", heightFactor, "widthFactor", widthFactor)
                .node("flat", "Flatten")
                .node("out", "Output", "units", 1, "activation", "identity", "loss", "mse")
                .chain("img", "shift", "flat", "out").doc();
        ComputationGraph net = new ComputationGraph(compiler.compile(doc).configuration());
        net.init();
        return net;
    }
}
