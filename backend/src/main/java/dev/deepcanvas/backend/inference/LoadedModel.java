package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.results.TaskKind;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.List;

/**
 * A trained model held in memory for the playground.
 *
 * @param inputShape  the shape of one example without the batch dimension ({@code -1}: any length)
 * @param targetScale how a regression dataset standardised its targets, to answer in their unit; null otherwise
 */
record LoadedModel(ComputationGraph net, TaskKind kind, List<String> classNames, long[] inputShape,
                   TargetScale targetScale) {
}
