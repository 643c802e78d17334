package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * Whether a GAN can learn from a dataset: the dataset's first input holds the real samples the discriminator sees,
 * and it must have the shape the generator makes and the discriminator takes. An ordinary GAN never uses the
 * labels; a conditional one learns from them, so the dataset must have classes, as many as its ClassInputs.
 */
final class GanDatasetFit {

    private GanDatasetFit() {
    }

    /** What to change, in words for the user; empty when the GAN fits. {@code analysis} is the GAN graph's. */
    static List<String> problems(Analysis analysis, GanBlocks blocks, DatasetDescriptor data) {
        Shape real = data.input().shape();
        Shape taken = analysis.shapeOf(blocks.discriminatorInput());
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
        if (blocks.conditional()) {
            long classes = analysis.shapeOf(blocks.generatorClassInput()).size();
            if (data.task() != DatasetTask.CLASSIFICATION || data.classCount() < 2) {
                return List.of("This is a conditional GAN (it has ClassInputs), so it learns from labelled "
                        + "pictures, but '" + data.title() + "' has no classes. Choose a dataset with classes, or "
                        + "delete the two ClassInputs.");
            }
            if (classes != data.classCount()) {
                return List.of("The generator's ClassInput '" + blocks.generatorClassInput() + "' has " + classes
                        + " classes but '" + data.title() + "' has " + data.classCount() + " ("
                        + String.join(", ", data.classNames()) + "): set it to " + data.classCount()
                        + ", and the discriminator's classes too.");
            }
        }
        return List.of();
    }
}
