package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;

import java.util.List;

/**
 * A validated graph as one recipe that evaluates to its {@link ComputationGraphConfiguration}; shared by the compiler
 * and the Java source exporter so both describe exactly the same network.
 */
public record ConfigurationPlan(Recipe<ComputationGraphConfiguration> recipe, List<String> inputNames,
                                List<String> outputNames, TrainingSettings training) {

    public ConfigurationPlan {
        inputNames = List.copyOf(inputNames);
        outputNames = List.copyOf(outputNames);
    }
}
