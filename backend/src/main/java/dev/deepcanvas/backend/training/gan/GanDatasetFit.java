package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/**
 * Whether a GAN can learn from a dataset: the dataset's first input holds the real samples the discriminator sees,
 * and it must have the shape the generator makes and the discriminator takes. An ordinary GAN never uses the
 * labels; a conditional one learns from them, so the dataset must have classes, as many as its ClassInputs (plus
 * the values of the dataset's attributes, where the ClassInput is told them too).
 */
final class GanDatasetFit {

    private GanDatasetFit() {
    }

    /** What to change, in words for the user; empty when the GAN fits. {@code analysis} is {@code graph}'s. */
    static List<String> problems(GraphDocument graph, Analysis analysis, GanBlocks blocks, DatasetDescriptor data) {
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
            return conditionProblems(graph, analysis, blocks, data);
        }
        return List.of();
    }

    private static List<String> conditionProblems(GraphDocument graph, Analysis analysis, GanBlocks blocks,
                                                  DatasetDescriptor data) {
        String classInput = blocks.generatorClassInput();
        long width = analysis.shapeOf(classInput).size();
        if (data.task() != DatasetTask.CLASSIFICATION || data.classCount() < 2) {
            return List.of("This is a conditional GAN (it has ClassInputs), so it learns from labelled "
                    + "pictures, but '" + data.title() + "' has no classes. Choose a dataset with classes, or "
                    + "delete the two ClassInputs.");
        }
        boolean withAttributes = GanCondition.includesAttributes(graph, blocks);
        if (withAttributes && data.attributes().isEmpty()) {
            return List.of("The generator's ClassInput '" + classInput + "' is told the class and the dataset's "
                    + "attributes, but '" + data.title() + "' describes its pictures by their class only: set its "
                    + "condition to 'class'.");
        }
        GanCondition condition = new GanCondition(data.classNames(),
                withAttributes ? data.attributes() : List.of());
        if (width != condition.width()) {
            return List.of("The generator's ClassInput '" + classInput + "' has " + width
                    + (withAttributes ? " numbers" : " classes") + " but '"
                    + data.title() + "' has " + parts(condition) + ": set it to " + condition.width()
                    + (blocks.discriminatorClassOutput() != null ? ", and the discriminator's class Output's units"
                    : ", and the discriminator's classes") + " too.");
        }
        return List.of();
    }

    /** "5 (circle, square, …)", or "5 classes (…) + 5 colour values (…) = 10 numbers in its condition". */
    private static String parts(GanCondition condition) {
        String classes = condition.classNames().size() + " (" + String.join(", ", condition.classNames()) + ")";
        if (condition.attributes().isEmpty()) {
            return classes;
        }
        StringBuilder words = new StringBuilder(condition.classNames().size() + " classes ("
                + String.join(", ", condition.classNames()) + ")");
        for (DatasetAttribute attribute : condition.attributes()) {
            words.append(" + ").append(attribute.values().size()).append(" ").append(attribute.name())
                    .append(" values (").append(String.join(", ", attribute.values())).append(")");
        }
        return words.append(" = ").append(condition.width()).append(" numbers in its condition").toString();
    }
}
