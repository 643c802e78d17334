package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

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
}
