package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationDatasetTest {

    @Test
    void writesNumbersInWords() {
        assertThat(NumberWords.of(0)).containsExactly("zero");
        assertThat(NumberWords.of(12)).containsExactly("twelve");
        assertThat(NumberWords.of(40)).containsExactly("forty");
        assertThat(NumberWords.of(110)).containsExactly("one", "hundred", "and", "ten");
        assertThat(NumberWords.of(4021)).containsExactly("four", "thousand", "and", "twenty", "one");
        assertThat(NumberWords.of(7777)).containsExactly("seven", "thousand", "seven", "hundred", "and", "seventy",
                "seven");
    }

    @Test
    void pairsWordIdsWithOneHotDigitsPaddedToTheSameLength() {
        PreparedDataset pairs = TranslationDataset.load();
        int length = TranslationDataset.LENGTH;
        assertThat(pairs.train().getFeatures().shape()).containsExactly(8000, 1, length);
        assertThat(pairs.train().getLabels().shape()).containsExactly(8000, TranslationDataset.TARGET.size(), length);
        assertThat(pairs.descriptor().counts()).isEqualTo(TranslationDataset.DESCRIPTOR.counts());
        DatasetSplit test = pairs.part(DatasetPart.TEST).orElseThrow();
        String text = test.texts().get(0);
        String digits = text.substring(text.indexOf('→') + 2).replace(" ", "");
        int number = Integer.parseInt(digits);
        int[] expected = TranslationDataset.digits(number);
        for (int t = 0; t < length; t++) {
            assertThat(test.labels().get(0).getDouble(0, expected[t], t)).isEqualTo(1.0);
            assertThat(test.features().get(0).getInt(0, 0, t)).isEqualTo(TranslationDataset.words(number)[t]);
        }
        assertThat(TranslationDataset.TARGET.decode(TranslationDataset.digits(402)))
                .containsExactly("4", "0", "2", "<end>", "<end>", "<end>", "<end>", "<end>");
    }

    @Test
    void testNumbersAreNeverSeenInTraining() {
        PreparedDataset pairs = TranslationDataset.load();
        Set<String> seen = new HashSet<>(pairs.part(DatasetPart.TRAIN).orElseThrow().texts());
        seen.addAll(pairs.part(DatasetPart.VALIDATION).orElseThrow().texts());
        for (String text : pairs.part(DatasetPart.TEST).orElseThrow().texts()) {
            assertThat(seen).doesNotContain(text);
        }
        assertThat(seen).hasSize(9000);
    }
}
