package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Adam's update in one pass of Java the JIT compiler vectorises, instead of libnd4j's {@code adam_updater} op.
 *
 * <p>Why: profiling the bench's MLP (docs/performance.md, "Adam, frozen layers and the shape cache") found half of
 * every training step in libnd4j's Adam op, about 5.5 ns per parameter on one core of the bench machine, where the
 * same arithmetic over the same native memory, copied into Java arrays and back, takes under 1 ns. Every network
 * that trains with Adam (the default, and every gallery template) spends that time once per step over all its
 * parameters; a GAN's generator and discriminator have two million.
 *
 * <p>The arithmetic is libnd4j's, in single precision and in its order: with {@code t} the iteration,
 * {@code m ← β1·m + (1 − β1)·g}, {@code v ← β2·v + (1 − β2)·g²}, and the update
 * {@code m·α / (√v + ε)} with {@code α = lr·√(1 − β2^(t+1)) / (1 − β1^(t+1))}, written where the gradient was. The
 * moments stay in DL4J's updater state, so checkpoints, restores and saved models are DL4J's own. Only float arrays
 * with contiguous elements take this path; anything else goes to DL4J's op ({@code FastAdamTest} compares both).
 * Inside a data-parallel step the elements are cut into {@link ParameterSlices} that the step's workers update at
 * once.
 */
public final class FastAdam {

    private FastAdam() {
    }

    /**
     * Gives each of the network's Adam updater blocks this update. Creates the network's updater if it has none yet
     * (as its first {@code fit} would); call after anything that changes which parameters train
     * ({@link FrozenLayers}).
     *
     * @return the number of updater blocks that now use it
     */
    public static int install(ComputationGraph network) {
        if (network.getNumLayers() == 0 || network.numParams() == 0 || !updatersKnown(network)) {
            return 0;
        }
        int installed = 0;
        BaseMultiLayerUpdater<?> updater = network.getUpdater();
        for (UpdaterBlock block : updater.getUpdaterBlocks()) {
            if (block.getGradientUpdater() != null && block.getGradientUpdater().getClass() == AdamUpdater.class) {
                AdamUpdater dl4j = (AdamUpdater) block.getGradientUpdater();
                Updater fast = new Updater(dl4j.getConfig());
                fast.setM(dl4j.getM());
                fast.setV(dl4j.getV());
                fast.setGradientReshapeOrder(dl4j.getGradientReshapeOrder());
                block.setGradientUpdater(fast);
                installed++;
            }
        }
        return installed;
    }

    /**
     * Whether every parameter's updater is configured yet, so that DL4J can build the network's updater now: where one
     * is not (a vertex that sets its own up at its first forward pass), DL4J builds it at the first {@code fit} and
     * the network keeps DL4J's Adam.
     */
    private static boolean updatersKnown(ComputationGraph network) {
        for (GraphVertex vertex : network.getVertices()) {
            if (vertex.numParams() == 0) {
                continue;
            }
            for (String param : vertex.paramTable(false).keySet()) {
                if (vertex.getConfig() == null || vertex.getConfig().getUpdaterByParam(param) == null) {
                    return false;
                }
            }
        }
        return true;
    }

    /** DL4J's Adam updater with {@link #applyUpdater} done in Java. */
    static final class Updater extends AdamUpdater {

        /** Steps it computed itself rather than handing to DL4J's op (tests check that it did). */
        int stepsInJava;
        /** Steps whose elements were cut into slices for several threads ({@link ParameterSlices}). */
        int stepsInSlices;
        /**
         * Elements copied out, updated and copied back at a time: the three chunks (48 KiB) stay in the core's cache
         * from the copy in to the copy out. Copying a whole block at once (two million floats in a GAN) sent every
         * element through main memory three times as often.
         */
        static final int CHUNK = 4096;
        /** Per slice: chunks of the gradient's, m's and v's elements copied out of native memory, reused. */
        private float[][][] scratch = new float[0][][];

        Updater(Adam config) {
            super(config);
        }

        @Override
        public void applyUpdater(INDArray gradientView, int iteration, int epoch) {
            INDArray mView = getM();
            INDArray vView = getV();
            if (!handles(gradientView, mView, vView)) {
                super.applyUpdater(gradientView, iteration, epoch);
                return;
            }
            Adam config = getConfig();
            int n = (int) gradientView.length();
            FloatBuffer g = NativeFloats.of(gradientView);
            FloatBuffer m = NativeFloats.of(mView);
            FloatBuffer v = NativeFloats.of(vView);
            float learningRate = (float) config.getLearningRate(iteration, epoch);
            float beta1 = (float) config.getBeta1();
            float beta2 = (float) config.getBeta2();
            float epsilon = (float) config.getEpsilon();
            ParameterSlices.SliceTask slice = (s, slices, from, to) -> {
                float[][] arrays = scratch(s);
                for (int at = (int) from; at < to; at += CHUNK) {
                    int length = (int) Math.min(CHUNK, to - at);
                    g.get(at, arrays[0], 0, length);
                    m.get(at, arrays[1], 0, length);
                    v.get(at, arrays[2], 0, length);
                    step(length, arrays[0], arrays[1], arrays[2], learningRate, beta1, beta2, epsilon, iteration);
                    m.put(at, arrays[1], 0, length);
                    v.put(at, arrays[2], 0, length);
                    g.put(at, arrays[0], 0, length);
                }
            };
            Optional<ParameterSlices> sliced = ParameterSlices.current().filter(s -> s.slicesFor(n) > 1);
            if (sliced.isPresent()) {
                ensureSlices(sliced.get().slicesFor(n));
                sliced.get().forEach(n, slice);
                stepsInSlices++;
            } else {
                ensureSlices(1);
                slice.run(0, 1, 0, n);
            }
            stepsInJava++;
        }

        /** Sizes the per-slice table on the calling thread, before any slice runs. */
        private void ensureSlices(int slices) {
            if (scratch.length < slices) {
                scratch = Arrays.copyOf(scratch, slices);
            }
        }

        /** Slice {@code s}'s arrays, {@link #CHUNK} long; only the thread running that slice touches them. */
        private float[][] scratch(int s) {
            float[][] arrays = scratch[s];
            if (arrays == null) {
                arrays = new float[][] {new float[CHUNK], new float[CHUNK], new float[CHUNK]};
                scratch[s] = arrays;
            }
            return arrays;
        }

        /** Float arrays of one length whose elements lie next to each other in their buffers. */
        private static boolean handles(INDArray... arrays) {
            for (INDArray a : arrays) {
                if (a.length() != arrays[0].length() || !NativeFloats.contiguous(a)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One Adam step over the first n elements: moments updated in place, the update written over the gradient. */
    static void step(int n, float[] gradient, float[] m, float[] v, float learningRate, float beta1, float beta2,
                     float epsilon, int iteration) {
        // libnd4j's bias correction, with its fallback when it is not a finite positive number
        float beta1T = (float) Math.pow(beta1, iteration + 1);
        float beta2T = (float) Math.pow(beta2, iteration + 1);
        float alpha = (float) (learningRate * Math.sqrt(1.0 - beta2T) / (1.0 - beta1T));
        if (Float.isNaN(alpha) || alpha == 0 || Float.isInfinite(alpha)) {
            alpha = epsilon;
        }
        float keep1 = 1 - beta1;
        float keep2 = 1 - beta2;
        for (int i = 0; i < n; i++) {
            float g = gradient[i];
            float mi = beta1 * m[i] + g * keep1;
            float vi = beta2 * v[i] + g * g * keep2;
            m[i] = mi;
            v[i] = vi;
            gradient[i] = mi * alpha / ((float) Math.sqrt(vi) + epsilon);
        }
    }
}
