package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToRnnPreProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A gated recurrent unit (Cho et al. 2014), which DL4J 1.0.0-M2.1 lacks, written as a SameDiff layer so that DL4J
 * derives the gradients. Input and output are DL4J's default recurrent layout [batch, features, time].
 *
 * <pre>
 * z = σ(x·Wz + h·Uz + bz)          update gate
 * r = σ(x·Wr + h·Ur + br)          reset gate
 * n = tanh(x·Wn + (r ⊙ h)·Un + bn) candidate
 * h' = (1 − z) ⊙ n + z ⊙ h
 * </pre>
 * The three gates share one weight matrix each for inputs (W: nIn × 3·nOut), recurrent state (U: nOut × 3·nOut) and
 * bias (b: 1 × 3·nOut), in the order z, r, n. The time loop is unrolled, so the number of time steps is part of the
 * configuration (DeepCanvas sequences have a fixed length; it is taken from the input type).
 */
public class GruLayer extends SameDiffLayer {

    public static final String INPUT_WEIGHTS = "W";
    public static final String RECURRENT_WEIGHTS = "U";
    public static final String BIAS = "b";

    private long nIn;
    private long nOut;
    private long timeSteps;
    /** false: output only the last state [batch, nOut] (many-to-one), since DL4J's LastTimeStep cannot wrap this. */
    private boolean returnSequences = true;

    /** For JSON deserialisation. */
    public GruLayer() {
    }

    /** nIn comes from the input type; timeSteps too, unless the input type does not know it. */
    public GruLayer(long nOut, long timeSteps) {
        this.nOut = nOut;
        this.timeSteps = timeSteps;
    }

    public GruLayer(long nOut, long timeSteps, boolean returnSequences) {
        this(nOut, timeSteps);
        this.returnSequences = returnSequences;
    }

    public GruLayer(long nIn, long nOut, long timeSteps) {
        this.nIn = nIn;
        this.nOut = nOut;
        this.timeSteps = timeSteps;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
        SDVariable w = params.get(INPUT_WEIGHTS);
        SDVariable b = params.get(BIAS);
        SDVariable u = params.get(RECURRENT_WEIGHTS);
        // The gates' columns are cut with "slice", not "strided_slice": ND4J's strided-slice gradient fails on an array
        // with a single row, which is what a batch of one sample makes (a dataset's last batch can be one sample).
        SDVariable uz = gate(sd, u, 0);
        SDVariable ur = gate(sd, u, 1);
        SDVariable un = gate(sd, u, 2);
        List<SDVariable> outputs = new ArrayList<>();
        SDVariable h = null;
        for (long t = 0; t < timeSteps; t++) {
            SDVariable x = input.get(SDIndex.all(), SDIndex.all(), SDIndex.point(t));
            SDVariable xw = x.mmul(w).add(b);
            if (h == null) {
                // First step: the previous state is zero, so the recurrent terms vanish.
                SDVariable z = sd.nn.sigmoid(gate(sd, xw, 0));
                SDVariable n = sd.math.tanh(gate(sd, xw, 2));
                h = n.sub(z.mul(n));
            } else {
                SDVariable z = sd.nn.sigmoid(gate(sd, xw, 0).add(h.mmul(uz)));
                SDVariable r = sd.nn.sigmoid(gate(sd, xw, 1).add(h.mmul(ur)));
                SDVariable n = sd.math.tanh(gate(sd, xw, 2).add(r.mul(h).mmul(un)));
                h = n.add(z.mul(h.sub(n)));
            }
            outputs.add(h);
        }
        return returnSequences ? sd.stack(2, outputs.toArray(new SDVariable[0])) : h;
    }

    /** Columns {@code g·nOut} to {@code (g+1)·nOut} of an array holding the gates z, r, n side by side. */
    private SDVariable gate(SameDiff sd, SDVariable threeGates, int g) {
        return sd.slice(threeGates, new int[] {0, (int) (g * nOut)}, new int[] {-1, (int) nOut});
    }

    /** Defines the layer for an explicit input size (for using the GRU graph outside a DL4J network). */
    public SDVariable defineLayerFor(long inputSize, SameDiff sd, SDVariable input, Map<String, SDVariable> params) {
        this.nIn = inputSize;
        return defineLayer(sd, input, params, null);
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.clear();
        params.addWeightParam(INPUT_WEIGHTS, nIn, 3 * nOut);
        params.addWeightParam(RECURRENT_WEIGHTS, nOut, 3 * nOut);
        params.addBiasParam(BIAS, 1, 3 * nOut);
    }

    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        WeightInit init = weightInit == null ? WeightInit.XAVIER : weightInit;
        initWeights((int) nIn, (int) nOut, init, params.get(INPUT_WEIGHTS));
        initWeights((int) nOut, (int) nOut, init, params.get(RECURRENT_WEIGHTS));
        params.get(BIAS).assign(0);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return returnSequences ? InputType.recurrent(nOut, timeSteps) : InputType.feedForward(nOut);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (!(inputType instanceof InputType.InputTypeRecurrent r)) {
            throw new IllegalArgumentException("GRU needs a recurrent input, got " + inputType);
        }
        if (nIn <= 0 || override) {
            nIn = r.getSize();
        }
        // The length given at construction wins: DL4J's recurrent types carry only a hint of it (DuplicateToTimeSeries
        // reports 1), so it is taken from the input type only when nothing else is known.
        if (timeSteps <= 0 && r.getTimeSeriesLength() > 0) {
            timeSteps = r.getTimeSeriesLength();
        }
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        if (inputType.getType() == InputType.Type.FF) {
            return new FeedForwardToRnnPreProcessor();
        }
        return null;
    }

    @Override
    public void applyGlobalConfigToLayer(NeuralNetConfiguration.Builder globalConfig) {
        if (weightInit == null && globalConfig.getWeightInitFn() != null) {
            weightInit = weightInitOf(globalConfig);
        }
    }

    /**
     * Maps the global IWeightInit back to the enum SameDiffLayer stores, defaulting to Xavier. DISTRIBUTION is the
     * one value whose function needs an argument (it throws without one), so it cannot match and is skipped.
     */
    private static WeightInit weightInitOf(NeuralNetConfiguration.Builder globalConfig) {
        for (WeightInit w : WeightInit.values()) {
            if (w != WeightInit.DISTRIBUTION
                    && Objects.equals(w.getWeightInitFunction(), globalConfig.getWeightInitFn())) {
                return w;
            }
        }
        return WeightInit.XAVIER;
    }

    public long getNIn() {
        return nIn;
    }

    public long getNOut() {
        return nOut;
    }

    public boolean isReturnSequences() {
        return returnSequences;
    }

    public void setReturnSequences(boolean returnSequences) {
        this.returnSequences = returnSequences;
    }

    public long getTimeSteps() {
        return timeSteps;
    }

    public void setNIn(long nIn) {
        this.nIn = nIn;
    }

    public void setNOut(long nOut) {
        this.nOut = nOut;
    }

    public void setTimeSteps(long timeSteps) {
        this.timeSteps = timeSteps;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GruLayer g && super.equals(o) && g.nIn == nIn && g.nOut == nOut
                && g.timeSteps == timeSteps && g.returnSequences == returnSequences;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), nIn, nOut, timeSteps, returnSequences);
    }

    @Override
    public String toString() {
        return "GruLayer(nIn=" + nIn + ", nOut=" + nOut + ", timeSteps=" + timeSteps + ", returnSequences="
                + returnSequences + ")";
    }
}
