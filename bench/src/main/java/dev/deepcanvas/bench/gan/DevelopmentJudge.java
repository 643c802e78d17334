package dev.deepcanvas.bench.gan;

import dev.deepcanvas.bench.quality.Judge;
import dev.deepcanvas.bench.quality.StrictJudgeTrainer;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.dataset.DataSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The judge a GAN design is developed against: the strict judge of the GAN's judge template, trained like the bar's
 * strict judge but from another seed, so that choices made while looking at its figures are not fitted to the
 * instrument that decides the bar. Trained once per judge document and kept in a file, so that comparing designs
 * costs only their own training.
 */
final class DevelopmentJudge {

    /** Added to the judge template's seed; the bar's strict judge uses the seed itself. */
    static final long SEED_OFFSET = 1_000L;

    private DevelopmentJudge() {
    }

    static Judge load(GraphCompiler compiler, Template judgeTemplate, DataSet train, Path folder)
            throws IOException {
        GraphDocument document = judgeTemplate.document();
        document = document.withTraining(document.training().withSeed(document.training().seed() + SEED_OFFSET));
        int classes = (int) train.getLabels().size(1);
        Path file = folder.resolve("judge-" + judgeTemplate.id() + "-"
                + Integer.toHexString(GraphJson.write(document).hashCode()) + ".zip");
        if (Files.exists(file)) {
            return new Judge(ModelSerializer.restoreComputationGraph(file.toFile(), false), classes);
        }
        System.out.println("training the development judge of " + judgeTemplate.id() + " (seed "
                + document.training().seed() + ") …");
        Judge judge = StrictJudgeTrainer.train(compiler, document, train.getFeatures(), train.getLabels());
        ComputationGraph net = judge.net();
        Files.createDirectories(folder);
        ModelSerializer.writeModel(net, file.toFile(), false);
        return judge;
    }
}
