package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.document.TrainingSettings;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;

import java.util.List;

/**
 * A DL4J configuration ready for {@code new ComputationGraph(configuration).init()}.
 *
 * @param inputNames  network inputs in the order DL4J expects feature arrays
 * @param outputNames network outputs in the order DL4J expects label arrays
 */
public record CompiledGraph(ComputationGraphConfiguration configuration, List<String> inputNames,
                            List<String> outputNames, TrainingSettings training) {

    public CompiledGraph {
        inputNames = List.copyOf(inputNames);
        outputNames = List.copyOf(outputNames);
    }
}
