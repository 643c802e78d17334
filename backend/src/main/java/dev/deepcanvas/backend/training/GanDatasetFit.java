package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/**
 * Whether a GAN can learn from a dataset: only the dataset's first input matters (the real samples the
 * discriminator sees, its labels are never used), and it must have the shape the generator makes and the
 * discriminator takes.
 */
final class GanDatasetFit {

    private GanDatasetFit() {
    }

    static List<String> problems(GraphDocument graph, GanBlocks blocks, DatasetDescriptor data) {
        Shape real = data.input().shape();
        Shape taken = new GraphAnalyzer().analyze(graph).shapeOf(blocks.discriminatorInput());
        if (data.inputs().size() != 1 || real.kind() != Shape.Kind.IMAGE) {
            return List.of("A GAN learns from pictures: choose a dataset of images (such as MNIST digits or the "
                    + "coloured shapes); '" + data.title() + "' provides " + real.text() + ".");
        }
        if (taken == null || !real.text().equals(taken.text())) {
            return List.of("The discriminator's input '" + blocks.discriminatorInput() + "' takes "
                    + (taken == null ? "an unknown shape" : taken.text()) + " but the dataset '" + data.title()
                    + "' has pictures of " + real.text() + ": set its height, width and channels to match (and "
                    + "make the generator end in the same shape).");
        }
        return List.of();
    }
}
