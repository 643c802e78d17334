package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.function.Consumer;

/**
 * Two networks of one configuration with equal parameters: plain DL4J, and one changed by the code under test.
 * Each gets its own copy of the configuration, because DL4J counts iterations (Adam's step) in it.
 */
record Twins(ComputationGraph plain, ComputationGraph changed) {

    static Twins of(ComputationGraphConfiguration conf, Consumer<ComputationGraph> change) {
        return of(conf, net -> { }, change);
    }

    /** As {@link #of(ComputationGraphConfiguration, Consumer)}, with DL4J's network mended first where it is wrong. */
    static Twins of(ComputationGraphConfiguration conf, Consumer<ComputationGraph> mend,
                    Consumer<ComputationGraph> change) {
        ComputationGraph plain = new ComputationGraph(conf.clone());
        plain.init();
        mend.accept(plain);
        ComputationGraph changed = new ComputationGraph(conf.clone());
        changed.init();
        changed.setParams(plain.params().dup());
        change.accept(changed);
        return new Twins(plain, changed);
    }

    /** ‖actual − expected‖ ÷ ‖expected‖. */
    static double relativeDifference(INDArray actual, INDArray expected) {
        double scale = Math.max(expected.norm2Number().doubleValue(), 1e-12);
        return actual.sub(expected).norm2Number().doubleValue() / scale;
    }

    /**
     * Fits both networks on the same {@code steps} batches of 16 random 2-channel 8×8 pictures, each labelled with
     * one of 3 classes in turn, drawn after seeding ND4J with {@code seed}.
     */
    void fitOnRandomPictures(int steps, long seed) {
        Nd4j.getRandom().setSeed(seed);
        for (int step = 0; step < steps; step++) {
            INDArray labels = Nd4j.zeros(DataType.FLOAT, 16, 3);
            for (int i = 0; i < 16; i++) {
                labels.putScalar(i, (i + step) % 3, 1);
            }
            MultiDataSet batch = new MultiDataSet(Nd4j.randn(DataType.FLOAT, 16, 2, 8, 8), labels);
            plain.fit(batch);
            changed.fit(batch);
        }
    }
}
