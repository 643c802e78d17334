package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.normalization.BatchNormalizationHelper;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.Map;

/**
 * Batch normalisation's forward and backward pass in Java, for float activations laid out channels first
 * ({@code [batch, channels, height, width]}, or {@code [batch, channels]}, which DL4J hands over as
 * {@code [batch, channels, 1, 1]}). Anything else goes to the oneDNN helper it wraps, forward and backward alike.
 *
 * <p>Why: with channels first, oneDNN runs its plain reference kernel, and DL4J's helper computes the batch's mean
 * and variance with two more libnd4j reductions across non-adjacent elements before it. In the profile of the bench's
 * residual CNN on one thread, batch normalisation took a third of every step, as long as all the convolutions'
 * forward passes (docs/performance.md, "Batch normalisation in Java"). Here each pass is a few loops over each
 * channel's planes, which lie next to each other in memory, with the arrays moved between native memory and Java in
 * bulk copies.
 *
 * <p>The maths is DL4J's: the batch's mean and biased variance normalise it while training, the running estimates
 * (which the layer itself updates from {@link #getMeanCache} and {@link #getVarCache}) while not, and the backward
 * pass is the gradient of the training forward pass (after any other forward pass, the backward pass is oneDNN's, as
 * it was before this helper). Sums run in double precision, so the results differ from
 * libnd4j's only in the last bits of the floats; tests compare both.
 */
final class FastBatchNormHelper implements BatchNormalizationHelper {

    /** The input, the gradient or output, per thread: layers run one after another on a training thread. */
    private static final ThreadLocal<ScratchArrays> SCRATCH = ThreadLocal.withInitial(() -> new ScratchArrays(2));

    /** Which pass ran last forward: the backward pass runs here only after this helper's own training pass. */
    private enum LastForward { NONE, JAVA_TRAINING, ONE_DNN_TRAINING, NOT_TRAINING }

    private final BatchNormalizationHelper oneDnn;
    private INDArray batchMean;
    private INDArray batchVariance;
    private LastForward lastForward = LastForward.NONE;

    FastBatchNormHelper(BatchNormalizationHelper oneDnn) {
        this.oneDnn = oneDnn;
    }

    /** The helper this one hands the cases it does not take to. */
    BatchNormalizationHelper oneDnn() {
        return oneDnn;
    }

    @Override
    public boolean checkSupported(double eps, boolean fixedGammaBeta) {
        return oneDnn.checkSupported(eps, fixedGammaBeta);
    }

    @Override
    public boolean checkSupported() {
        return oneDnn.checkSupported();
    }

    /**
     * Whether this helper computes the pass itself: float, channels first (or two-dimensional), at most
     * {@link Integer#MAX_VALUE} elements, with a learned scale and shift.
     */
    private static boolean takes(INDArray x, CNN2DFormat format, INDArray gamma, INDArray beta) {
        return x.dataType() == DataType.FLOAT && x.rank() == 4 && format == CNN2DFormat.NCHW
                && x.length() <= Integer.MAX_VALUE && gamma != null && beta != null
                && gamma.length() == x.size(1) && beta.length() == x.size(1);
    }

    @Override
    public INDArray preOutput(INDArray x, boolean training, long[] shape, INDArray gamma, INDArray beta,
                              INDArray mean, INDArray var, double decay, double eps, CNN2DFormat format,
                              LayerWorkspaceMgr workspaceMgr) {
        if (!takes(x, format, gamma, beta)) {
            lastForward = training ? LastForward.ONE_DNN_TRAINING : LastForward.NOT_TRAINING;
            return oneDnn.preOutput(x, training, shape, gamma, beta, mean, var, decay, eps, format, workspaceMgr);
        }
        Planes planes = Planes.of(x);
        float[] values = SCRATCH.get().copyOf(0, contiguous(x));
        float[] scale = floats(gamma);
        float[] shift = floats(beta);
        float[] means;
        float[] variances;
        lastForward = training ? LastForward.JAVA_TRAINING : LastForward.NOT_TRAINING;
        if (training) {
            means = new float[planes.channels];
            variances = new float[planes.channels];
            float[] m = means;
            float[] v = variances;
            SplitLoop.forEach(planes.channels, planes.minChannelsPerPart(),
                    (from, to) -> planes.meanAndVariance(values, m, v, from, to));
            keepBatchStatistics(means, variances);
        } else {
            means = floats(mean);
            variances = floats(var);
        }
        for (int c = 0; c < planes.channels; c++) {
            scale[c] = (float) (scale[c] / Math.sqrt(variances[c] + eps));
        }
        float[] centre = means;
        SplitLoop.forEach(planes.channels, planes.minChannelsPerPart(),
                (from, to) -> planes.centreScaleAndShift(values, centre, scale, shift, from, to));
        INDArray out = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT, x.shape(), 'c');
        NativeFloats.of(out).put(0, values, 0, planes.length());
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, long[] shape, INDArray gamma,
                                                     INDArray beta, INDArray dGammaView, INDArray dBetaView,
                                                     double eps, CNN2DFormat format,
                                                     LayerWorkspaceMgr workspaceMgr) {
        if (lastForward != LastForward.JAVA_TRAINING) {
            return oneDnn.backpropGradient(input, epsilon, shape, gamma, beta, dGammaView, dBetaView, eps, format,
                    workspaceMgr);
        }
        // Only this helper holds the batch statistics of its own forward pass, so the backward pass stays here.
        if (!takes(input, format, gamma, beta) || !input.equalShapes(epsilon)) {
            throw new IllegalStateException("Batch normalisation's backward pass got an input of shape "
                    + Arrays.toString(input.shape()) + " and a gradient of shape "
                    + Arrays.toString(epsilon.shape()) + ", unlike its forward pass");
        }
        Planes planes = Planes.of(input);
        ScratchArrays scratch = SCRATCH.get();
        float[] values = scratch.copyOf(0, contiguous(input));
        float[] gradient = scratch.copyOf(1, contiguous(epsilon));
        float[] means = floats(batchMean);
        float[] variances = floats(batchVariance);
        float[] scale = floats(gamma);
        float[] dGamma = new float[planes.channels];
        float[] dBeta = new float[planes.channels];
        SplitLoop.forEach(planes.channels, planes.minChannelsPerPart(), (from, to) -> planes.backward(values,
                gradient, means, variances, scale, eps, dGamma, dBeta, from, to));
        INDArray epsAtInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                input.shape(), 'c');
        NativeFloats.of(epsAtInput).put(0, gradient, 0, planes.length());
        write(dGamma, dGammaView);
        write(dBeta, dBetaView);
        Gradient g = new DefaultGradient();
        g.setGradientFor(BatchNormalizationParamInitializer.GAMMA, dGammaView);
        g.setGradientFor(BatchNormalizationParamInitializer.BETA, dBetaView);
        return new Pair<>(g, epsAtInput);
    }

    /** The batch statistics the layer reads after the forward pass to move its running estimates. */
    private void keepBatchStatistics(float[] means, float[] variances) {
        if (batchMean == null || batchMean.length() != means.length) {
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                batchMean = Nd4j.createUninitialized(DataType.FLOAT, means.length);
                batchVariance = Nd4j.createUninitialized(DataType.FLOAT, means.length);
            }
        }
        NativeFloats.of(batchMean).put(0, means);
        NativeFloats.of(batchVariance).put(0, variances);
    }

    @Override
    public INDArray getMeanCache(DataType dataType) {
        return lastForward == LastForward.ONE_DNN_TRAINING ? oneDnn.getMeanCache(dataType) : batchMean;
    }

    @Override
    public INDArray getVarCache(DataType dataType) {
        return lastForward == LastForward.ONE_DNN_TRAINING ? oneDnn.getVarCache(dataType) : batchVariance;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return oneDnn.helperMemoryUse();
    }

    /** Writes a per-channel vector into a gradient view, which DL4J keeps contiguous but need not. */
    private static void write(float[] values, INDArray view) {
        if (NativeFloats.contiguous(view)) {
            NativeFloats.of(view).put(0, values);
        } else {
            view.assign(Nd4j.createFromArray(values).reshape(view.shape()).castTo(view.dataType()));
        }
    }

    /** The array itself when its elements lie in order in memory, else a copy that does. */
    private static INDArray contiguous(INDArray a) {
        return NativeFloats.contiguous(a) ? a : a.dup('c');
    }

    /** A per-channel vector's elements (gamma, beta, the running estimates: row vectors or views of the params). */
    private static float[] floats(INDArray vector) {
        return vector.castTo(DataType.FLOAT).dup('c').data().asFloat();
    }
}
