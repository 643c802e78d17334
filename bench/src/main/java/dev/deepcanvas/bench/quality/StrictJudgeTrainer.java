package dev.deepcanvas.bench.quality;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.dl4j.NativeSeed;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;

/**
 * Trains a strict judge: the judge template's own network and training settings (optimizer, learning rate, batch
 * size, epochs, seed), with one more output class, "none of these", fed with {@link NonExamplePictures}. Nothing
 * about the recipe is chosen by looking at a GAN's samples; it is the template plus the extra class.
 *
 * <p>The extra class gets as many pictures as an average real class, so the judge has no prior reason to prefer
 * it and pays for rejecting real pictures as much as for accepting non-examples. They are drawn from their own
 * seed, distinct from the seeds of the held-out non-examples and of the noise baseline.
 */
public final class StrictJudgeTrainer {

    /** Seed of the training part's non-examples, offset from the document's seed. */
    static final long NON_EXAMPLE_SEED_OFFSET = 7_919L;

    private StrictJudgeTrainer() {
    }

    /**
     * @param compiler      the application's graph compiler
     * @param judgeDocument the classifier template (a single softmax "Output" node over the real classes)
     * @param pictures      real training pictures, [n, channels, height, width]
     * @param labels        their one-hot labels, [n, classes]
     */
    public static Judge train(GraphCompiler compiler, GraphDocument judgeDocument, INDArray pictures,
                              INDArray labels) {
        int classes = (int) labels.size(1);
        TrainingSettings settings = judgeDocument.training();
        DataSet all = trainingSet(pictures, labels, settings.seed() + NON_EXAMPLE_SEED_OFFSET);
        ComputationGraph net = network(compiler, withNoneClass(judgeDocument, classes));
        // The same thread rule as the run service's workers, so timings compare with the template's own run.
        NativeBackend.limitThreadsOfCallingThread();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            // Seeded by epoch like the run service's batches; the shuffle works on a copy.
            DataSet shuffled = all.copy();
            shuffled.shuffle(settings.seed() + epoch);
            for (int from = 0; from < shuffled.numExamples(); from += settings.batchSize()) {
                INDArrayIndex rows = NDArrayIndex.interval(from, Math.min(shuffled.numExamples(),
                        from + settings.batchSize()));
                net.fit(new DataSet(shuffled.getFeatures().get(rows), shuffled.getLabels().get(rows)));
            }
        }
        return new Judge(net, classes);
    }

    /**
     * The real pictures, labelled over the real classes plus "none" (never theirs), followed by one average
     * class's worth of non-examples labelled "none", the last class.
     */
    static DataSet trainingSet(INDArray pictures, INDArray labels, long nonExampleSeed) {
        long real = labels.size(0);
        int classes = (int) labels.size(1);
        int extra = (int) Math.max(1, real / classes);
        INDArray nonExamples = new NonExamplePictures(pictures, labels).generate(extra, nonExampleSeed);
        INDArray none = Nd4j.zeros(DataType.FLOAT, extra, classes + 1);
        none.putColumn(classes, Nd4j.ones(DataType.FLOAT, extra));
        INDArray realLabels = Nd4j.hstack(labels.castTo(DataType.FLOAT), Nd4j.zeros(DataType.FLOAT, real, 1));
        return new DataSet(Nd4j.concat(0, pictures.castTo(DataType.FLOAT), nonExamples),
                Nd4j.concat(0, realLabels, none));
    }

    /** The document with its single Output node widened by one unit for the "none of these" class. */
    static GraphDocument withNoneClass(GraphDocument document, int classes) {
        List<GraphNode> outputs = document.nodes().stream().filter(n -> "Output".equals(n.type())).toList();
        if (outputs.size() != 1) {
            throw new IllegalArgumentException("A judge has one Output node; '" + document.name() + "' has "
                    + outputs.size());
        }
        GraphNode output = outputs.get(0);
        Object units = output.params().get("units");
        if (!(units instanceof Number n) || n.intValue() != classes) {
            throw new IllegalArgumentException("The judge's output has " + units + " units, the data " + classes
                    + " classes");
        }
        return document.withNode(output.withParam("units", classes + 1));
    }

    private static ComputationGraph network(GraphCompiler compiler, GraphDocument document) {
        try {
            NativeSeed.seedNd4j(document.training().seed());
            ComputationGraph net = new ComputationGraph(compiler.compile(document).configuration());
            net.init();
            return net;
        } catch (InvalidGraphException e) {
            throw new IllegalArgumentException("The judge template with a 'none' class does not compile: "
                    + e.getMessage(), e);
        }
    }
}
