package dev.deepcanvas.backend.graph;

import dev.deepcanvas.graph.analysis.AnalysisLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The caps graph analysis applies before DL4J sees a graph, as Spring properties {@code deepcanvas.graph.limits.*}.
 * A property left unset keeps the compiler's own default ({@link AnalysisLimits#defaults()}): 20,000 nodes,
 * 50,000,000 parameters, 2 GiB (2147483648 bytes) of activations per batch, 2,000,000,000 multiply-adds per sample
 * and 10,000 recurrent steps per sample.
 *
 * @param maxNodes           most nodes in a graph ({@code max-nodes})
 * @param maxParams          most trainable parameters, whole graph and any single node ({@code max-params})
 * @param maxActivationBytes most forward-activation memory for one batch ({@code max-activation-bytes})
 * @param maxMultiplyAdds    most multiply-adds of one sample's forward pass, whole graph and any single node
 *                           ({@code max-multiply-adds})
 * @param maxRecurrentSteps  most time steps one recurrent layer steps through for one sample
 *                           ({@code max-recurrent-steps})
 */
@ConfigurationProperties(prefix = "deepcanvas.graph.limits")
public record GraphLimitsProperties(Integer maxNodes, Long maxParams, Long maxActivationBytes, Long maxMultiplyAdds,
                                    Long maxRecurrentSteps) {

    /**
     * The limits to analyse with.
     *
     * @throws IllegalArgumentException naming the property when a set value is not positive
     */
    public AnalysisLimits toLimits() {
        AnalysisLimits defaults = AnalysisLimits.defaults();
        return new AnalysisLimits(
                positive("max-nodes", maxNodes, defaults.maxNodes()).intValue(),
                positive("max-params", maxParams, defaults.maxParams()).longValue(),
                positive("max-activation-bytes", maxActivationBytes, defaults.maxActivationBytes()).longValue(),
                positive("max-multiply-adds", maxMultiplyAdds, defaults.maxMultiplyAdds()).longValue(),
                positive("max-recurrent-steps", maxRecurrentSteps, defaults.maxRecurrentSteps()).longValue());
    }

    private static Number positive(String name, Number configured, Number fallback) {
        if (configured == null) {
            return fallback;
        }
        if (configured.longValue() < 1) {
            throw new IllegalArgumentException("deepcanvas.graph.limits." + name + " must be at least 1 (it is "
                    + configured + "); leave it unset for the default of " + fallback + ".");
        }
        return configured;
    }
}
