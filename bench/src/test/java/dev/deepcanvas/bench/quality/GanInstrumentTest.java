package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.builtin.ShapesDataset;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The GAN instrument on its reference sets, with a strict judge trained briefly (the bar's is trained in full). */
class GanInstrumentTest {

    private static GanInstrument instrument;

    @BeforeAll
    static void shortlyTrainedJudge() {
        NativeBackend.configure();
        PreparedDataset shapes = ShapesDataset.load();
        GraphDocument template = TemplateCatalog.load().find("shapes-cnn").orElseThrow().document();
        // half the template's eight epochs: after two the judge accepts only about half of the real held-out
        // shapes (52%), too few to tell real pictures from broken generators by acceptance
        Judge judge = StrictJudgeTrainer.train(new GraphCompiler(),
                template.withTraining(template.training().withEpochs(4)), shapes.train().getFeatures(),
                shapes.train().getLabels());
        instrument = GanInstrument.of(judge, shapes);
    }

    @Test
    void realHeldOutPicturesAreTheClosestSetAndCoverEveryClassAndColour() {
        Map<String, GanFigures> sets = instrument.references(true);
        assertThat(sets.keySet()).containsExactly("real held-out pictures", "uniform noise",
                "one picture (collapsed)", "one picture per class", "colour blotches, no form",
                "real shapes in one colour (" + colourOfFirstSecondSamplePicture(sets) + ")");
        GanFigures real = sets.get("real held-out pictures");
        assertThat(real.samples()).isEqualTo(GanInstrument.SAMPLES);
        assertThat(real.accepted()).isGreaterThan(0.6);
        assertThat(real.classCoverage()).isGreaterThan(0.1);
        assertThat(real.colourCoverage()).isGreaterThan(0.1);
        for (Map.Entry<String, GanFigures> other : sets.entrySet()) {
            if (!other.getKey().equals("real held-out pictures")) {
                assertThat(other.getValue().frechet()).as(other.getKey()).isGreaterThan(real.frechet());
            }
        }
    }

    @Test
    void brokenGeneratorsShowWhereTheyBreak() {
        Map<String, GanFigures> sets = instrument.references(true);
        assertThat(sets.get("uniform noise").accepted()).isLessThan(0.05);
        assertThat(sets.get("colour blotches, no form").accepted()).isLessThan(0.05);
        assertThat(sets.get("one picture (collapsed)").classCoverage()).isZero();
        GanFigures oneColour = sets.entrySet().stream().filter(e -> e.getKey().startsWith("real shapes in one"))
                .findFirst().orElseThrow().getValue();
        assertThat(oneColour.colourCoverage()).isZero();
    }

    @Test
    void anOrdinaryGeneratorIsAcceptedAsAnyClassAConditionalOneOnlyAsTheClassAskedFor() {
        GanFigures asAsked = instrument.references(true).get("uniform noise");
        GanFigures anyClass = instrument.references(false).get("uniform noise");
        assertThat(asAsked.accepted()).isLessThanOrEqualTo(anyClass.accepted());
        GanFigures perClassAsked = instrument.references(true).get("one picture per class");
        GanFigures perClassAny = instrument.references(false).get("one picture per class");
        assertThat(perClassAny.accepted()).isGreaterThanOrEqualTo(perClassAsked.accepted());
    }

    private static String colourOfFirstSecondSamplePicture(Map<String, GanFigures> sets) {
        String key = sets.keySet().stream().filter(k -> k.startsWith("real shapes in one colour (")).findFirst()
                .orElseThrow();
        return key.substring("real shapes in one colour (".length(), key.length() - 1);
    }
}
