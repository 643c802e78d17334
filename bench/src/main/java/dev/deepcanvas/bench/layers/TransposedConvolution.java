package dev.deepcanvas.bench.layers;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.GraphIndex;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.templates.Template;

import java.util.ArrayList;
import java.util.List;

/**
 * One transposed convolution of a gallery template, as its training runs it: the picture it takes, its filters,
 * kernel and stride, and the template's batch size. Only Same-mode layers whose padding is the same on both sides
 * are listed: those are the ones the two routes of {@link TransposedConvolutionRoutes} compute alike.
 */
record TransposedConvolution(String template, String node, int batch, int inChannels, int outChannels, int inSize,
                             int kernel, int stride) {

    static final String TYPE = "Conv2DTranspose";

    /** Side of the output picture in Same mode. */
    int outSize() {
        return inSize * stride;
    }

    /** Padding on each side in Same mode: (kernel − stride) / 2, whole only when kernel − stride is even. */
    int padding() {
        return (kernel - stride) / 2;
    }

    String describe() {
        return template + " " + node + ": " + inChannels + " → " + outChannels + " channels, " + inSize + "×" + inSize
                + " → " + outSize() + "×" + outSize() + ", batch " + batch;
    }

    /** The template's square, Same-mode transposed convolutions with even padding, in the graph's order. */
    static List<TransposedConvolution> of(Template template) {
        Analysis analysis = new GraphAnalyzer().analyze(template.document());
        GraphIndex index = GraphIndex.of(template.document());
        List<TransposedConvolution> layers = new ArrayList<>();
        for (GraphNode node : template.document().nodes()) {
            if (!TYPE.equals(node.type())) {
                continue;
            }
            Shape in = analysis.shapeOf(index.inputsOf(node.id()).get(0));
            List<?> kernel = (List<?>) node.params().get("kernel");
            List<?> stride = (List<?>) node.params().get("stride");
            int k = ((Number) kernel.get(0)).intValue();
            int s = ((Number) stride.get(0)).intValue();
            boolean square = in.height() == in.width() && k == ((Number) kernel.get(1)).intValue()
                    && s == ((Number) stride.get(1)).intValue();
            if (square && "same".equals(node.params().get("padding")) && (k - s) % 2 == 0) {
                layers.add(new TransposedConvolution(template.id(), node.id(),
                        template.document().training().batchSize(), (int) in.channels(),
                        ((Number) node.params().get("filters")).intValue(), (int) in.height(), k, s));
            }
        }
        return layers;
    }
}
