package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.compile.recipe.Recipe;

import java.util.List;

/**
 * A validated graph as one recipe that evaluates to its {@code ComputationGraphConfiguration}; shared by the compiler
 * and the Java source exporter so both describe exactly the same network.
 */
public record ConfigurationPlan(Recipe recipe, List<String> inputNames, List<String> outputNames,
                                TrainingSettings training) {

    public ConfigurationPlan {
        inputNames = List.copyOf(inputNames);
        outputNames = List.copyOf(outputNames);
    }
}
