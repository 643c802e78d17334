package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.assertj.core.api.Assertions.assertThat;

class CharacterCorpusDatasetTest {

    @Test
    void eachTargetIsTheInputOneCharacterAhead() {
        PreparedDataset corpus = CharacterCorpusDataset.load();
        DatasetSplit train = corpus.part(DatasetPart.TRAIN).orElseThrow();
        int window = CharacterCorpusDataset.WINDOW;
        int vocabulary = CharacterCorpusDataset.VOCABULARY.size();
        assertThat(train.features().get(0).shape()).containsExactly(train.size(), 1, window);
        assertThat(train.labels().get(0).shape()).containsExactly(train.size(), vocabulary, window);
        assertThat(corpus.descriptor().counts()).isEqualTo(CharacterCorpusDataset.DESCRIPTOR.counts());
        INDArray x = train.features().get(0);
        INDArray y = train.labels().get(0);
        for (int i = 0; i < 50; i++) {
            String text = train.texts().get(i);
            for (int t = 0; t < window; t++) {
                assertThat(CharacterCorpusDataset.VOCABULARY.token(x.getInt(i, 0, t))).isEqualTo(text.substring(t, t + 1));
                assertThat(y.getDouble(i, CharacterCorpusDataset.VOCABULARY.id(text.substring(t + 1, t + 2)), t))
                        .isEqualTo(1.0);
            }
        }
    }

    @Test
    void theTextHasLearnableStructure() {
        String text = new TextGenerator(CharacterCorpusDataset.SEED).text(20_000);
        assertThat(CharacterCorpusDataset.VOCABULARY.size()).isBetween(20, 40);
        assertThat(text).contains(" an old ", " a little ", ". The ", ", and ");
        assertThat(text).doesNotContain(" a old", " an little", "  ");
    }

    @Test
    void theSameSeedWritesTheSameText() {
        assertThat(new TextGenerator(3).text(500)).isEqualTo(new TextGenerator(3).text(500));
        assertThat(new TextGenerator(3).text(500)).isNotEqualTo(new TextGenerator(4).text(500));
    }
}
