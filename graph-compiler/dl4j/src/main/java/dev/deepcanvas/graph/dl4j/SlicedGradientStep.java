package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.optimize.stepfunctions.NegativeGradientStepFunction;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Optional;

/**
 * DL4J's step for stochastic gradient descent (parameters minus the update), cut into {@link ParameterSlices} inside a
 * data-parallel step so that every worker subtracts its own slice; anywhere else exactly DL4J's step.
 */
final class SlicedGradientStep extends NegativeGradientStepFunction {

    @Override
    public void step(INDArray parameters, INDArray update) {
        Optional<ParameterSlices> sliced = ParameterSlices.current()
                .filter(s -> s.slicesFor(parameters.length()) > 1 && ParameterSlices.sliceable(parameters, update));
        if (sliced.isEmpty()) {
            super.step(parameters, update);
            return;
        }
        sliced.get().forEach(parameters.length(), (s, count, from, to) -> ParameterSlices.range(parameters, from, to)
                .subi(ParameterSlices.range(update, from, to)));
    }
}
