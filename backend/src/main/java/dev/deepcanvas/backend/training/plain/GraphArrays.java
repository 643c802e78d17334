package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.GraphDatasetFit;
import dev.deepcanvas.graph.compile.CompiledGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

import java.util.List;

/**
 * Puts a dataset part's arrays in the order the compiled graph takes them. A dataset lists its inputs in its own
 * order (the picture, then the previous words); DL4J takes feature arrays in the order of the graph's input
 * vertices, which follows the document. The fit check knows which node receives which array, so the pairing
 * never depends on the user adding nodes in a particular order.
 */
public final class GraphArrays {

    private final int[] featureOrder;
    private final int[] labelOrder;

    private GraphArrays(int[] featureOrder, int[] labelOrder) {
        this.featureOrder = featureOrder;
        this.labelOrder = labelOrder;
    }

    /**
     * @throws IllegalArgumentException when the fit leaves a graph input or output without a dataset array (the
     *                                  start checks refuse such graphs first, so this is a programming error)
     */
    public static GraphArrays of(GraphDatasetFit fit, CompiledGraph compiled) {
        return new GraphArrays(order(fit.inputNodeIds(), compiled.inputNames(), "input"),
                order(fit.outputNodeIds(), compiled.outputNames(), "output"));
    }

    /** The part as a MultiDataSet over the same arrays (not copies), in graph order. */
    public MultiDataSet of(DatasetSplit split) {
        return new MultiDataSet(pick(split.features(), featureOrder), pick(split.labels(), labelOrder));
    }

    /** For graph input {@code graphIndex}, the index of the dataset input that feeds it. */
    public int datasetInput(int graphIndex) {
        return featureOrder[graphIndex];
    }

    /** For the dataset input {@code datasetIndex}, the graph input it feeds. */
    public int graphInput(int datasetIndex) {
        for (int i = 0; i < featureOrder.length; i++) {
            if (featureOrder[i] == datasetIndex) {
                return i;
            }
        }
        throw new IllegalArgumentException("dataset input " + datasetIndex + " feeds no graph input");
    }

    private static int[] order(List<String> datasetToNode, List<String> graphNames, String what) {
        int[] order = new int[graphNames.size()];
        for (int g = 0; g < graphNames.size(); g++) {
            int found = datasetToNode.indexOf(graphNames.get(g));
            if (found < 0) {
                throw new IllegalArgumentException("graph " + what + " '" + graphNames.get(g)
                        + "' receives no dataset array");
            }
            order[g] = found;
        }
        return order;
    }

    private static INDArray[] pick(List<INDArray> arrays, int[] order) {
        INDArray[] picked = new INDArray[order.length];
        for (int i = 0; i < order.length; i++) {
            picked[i] = arrays.get(order[i]);
        }
        return picked;
    }
}
