package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;

/**
 * Floating-point work of one training sample, for GFLOP/s figures: the graph analyser's multiply-adds of the forward
 * pass (the products of dense, convolution and recurrent layers) × 2 flops × 3, the usual count for a training step
 * (the forward products, and backward one product for the input gradient and one for the weight gradient). Element-wise
 * work, pooling and the optimiser are left out, so the figure slightly flatters a model with much of them.
 */
final class ModelFlops {

    private ModelFlops() {
    }

    static double perTrainingSample(BenchModel model) {
        return 6.0 * new GraphAnalyzer().analyze(model.document()).multiplyAdds();
    }

    /** Forward only: 2 flops per multiply-add. */
    static double perInferenceSample(BenchModel model) {
        return 2.0 * new GraphAnalyzer().analyze(model.document()).multiplyAdds();
    }
}
