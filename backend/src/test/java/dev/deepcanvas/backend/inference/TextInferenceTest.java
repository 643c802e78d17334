package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.dataset.builtin.SentimentDataset;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Typed sentences for a model trained on the sentiment sentences: encoded with its vocabulary, as in training. */
class TextInferenceTest extends ServiceTest {

    /** One shortened sentiment run serves every test here (training is the slow part). */
    private static long sentimentRun = -1;

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    InferenceService inference;
    @Autowired
    AccountService accounts;
    @Autowired
    TemplateCatalog templates;

    @BeforeEach
    void aTrainedSentimentModel() throws InterruptedException {
        if (sentimentRun < 0) {
            RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null,
                    templates.find("sentiment-lstm").orElseThrow().document(), SentimentDataset.ID,
                    RunOptions.none().withEpochs(2)));
            RunSummary done = new Runs(launcher, queries, templates).awaitTerminal(run.id(), Duration.ofMinutes(5));
            assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
            sentimentRun = run.id();
        }
    }

    @Test
    void aSentenceOfKnownWordsGetsBothClassesWithProbabilities() {
        TextPrediction text = inference.predictText(sentimentRun, "The plot was brilliant!");

        assertThat(text.words()).containsExactly("the", "plot", "was", "brilliant");
        assertThat(text.unknownWords()).isEmpty();
        assertThat(text.notes()).isEmpty();
        Prediction prediction = text.prediction();
        assertThat(prediction.classes()).extracting(ClassProbability::className)
                .containsExactly("negative", "positive");
        assertThat(prediction.classes().stream().mapToDouble(ClassProbability::probability).sum())
                .isCloseTo(1.0, within(1e-4));
        assertThat(prediction.predictedClass()).isIn("negative", "positive");
    }

    @Test
    void typedTextIsEncodedExactlyLikeTheHeldOutTexts() {
        for (int i = 0; i < 5; i++) {
            String sentence = inference.heldOutText(sentimentRun, i).orElseThrow();
            assertThat(inference.predictText(sentimentRun, sentence).prediction().values())
                    .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-5 ? 0 : Double.compare(a, b), Double.class)
                    .containsExactlyElementsOf(inference.predictHeldOut(sentimentRun, i).values());
        }
    }

    @Test
    void unknownWordsAreReadAsUnkAndNamedInANote() {
        TextPrediction text = inference.predictText(sentimentRun, "the zeppelin was brilliant, qwerty");

        assertThat(text.unknownWords()).containsExactly("zeppelin", "qwerty");
        assertThat(text.notes()).singleElement().asString()
                .contains("\"zeppelin\", \"qwerty\" are not among the")
                .contains("read as <unk>");
        assertThat(text.prediction().classes()).hasSize(2);
    }

    @Test
    void onlyTheLastWordsAreReadAsInTraining() {
        String longReview = "i think that " + "the acting was dull ".repeat(4) + "but the ending was superb";
        TextPrediction text = inference.predictText(sentimentRun, longReview);

        assertThat(text.wordsCut()).isEqualTo(text.words().size() - SentimentDataset.LENGTH);
        assertThat(text.notes()).anySatisfy(note -> assertThat(note).contains("reads the last 16 words")
                .contains("the first " + text.wordsCut() + " words were left out"));
    }

    @Test
    void emptyTextAndTextWithoutAKnownWordAreRefusedWithTheReason() {
        for (String empty : new String[]{"", "   ", "?! … --"}) {
            assertThatThrownBy(() -> inference.predictText(sentimentRun, empty))
                    .isInstanceOf(InferenceRejectedException.class)
                    .hasMessageStartingWith("Type a sentence: the text has no words");
        }
        assertThatThrownBy(() -> inference.predictText(sentimentRun, null))
                .isInstanceOf(InferenceRejectedException.class).hasMessageStartingWith("Type a sentence");
        assertThatThrownBy(() -> inference.predictText(sentimentRun, "zeppelin qwerty"))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessageContaining("None of the words you typed is among the")
                .hasMessageContaining("Try words such as: the, was, not");
    }

    @Test
    void anotherUserCannotTryTheModel() {
        SignedIn.as(SignedIn.newAccount(accounts, "text-other"));
        assertThatThrownBy(() -> inference.predictText(sentimentRun, "the plot was brilliant"))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessage("There is no run #" + sentimentRun + ".");
    }

    @Test
    void aModelThatDoesNotReadTextSaysSo() throws InterruptedException {
        Runs helper = new Runs(launcher, queries, templates);
        RunSummary iris = helper.startIris(RunOptions.none().withEpochs(1));
        helper.awaitTerminal(iris.id());
        assertThatThrownBy(() -> inference.predictText(iris.id(), "the plot was brilliant"))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessage("Run #" + iris.id() + " was not trained on texts, so it cannot read a sentence.");
    }
}
