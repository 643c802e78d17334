package dev.deepcanvas.graph.dl4j.layerstats;

/**
 * How one layer with parameters stood and moved at one training step.
 *
 * @param layer         the layer's name in the compiled graph (the canvas node it came from)
 * @param parameters    how many parameters the layer has
 * @param mean          the mean of the layer's parameters after the step
 * @param std           their standard deviation after the step (population, over all of the layer's parameters)
 * @param gradientNorm  the L2 norm of the gradient of the minibatch's mean loss with respect to the layer's
 *                      parameters, as DL4J computed it, before the updater (learning rate, momentum, clipping)
 * @param updateNorm    the L2 norm of the change the step made to the layer's parameters
 * @param parameterNorm the L2 norm of the layer's parameters before the step
 */
public record LayerStatistics(String layer, long parameters, double mean, double std, double gradientNorm,
                              double updateNorm, double parameterNorm) {

    /** ‖update‖ ÷ ‖parameters‖: about 1e-3 is a healthy step; far smaller hardly moves, far larger jumps about. */
    public double updateRatio() {
        return parameterNorm == 0 ? (updateNorm == 0 ? 0 : Double.POSITIVE_INFINITY) : updateNorm / parameterNorm;
    }
}
