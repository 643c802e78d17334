package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SentimentDatasetTest {

    static PreparedDataset sentiment;

    @BeforeAll
    static void load() {
        sentiment = SentimentDataset.load();
    }

    @Test
    void providesFrontPaddedWordIdsAndTwoClasses() {
        assertThat(sentiment.train().getFeatures().shape()).containsExactly(3000, 1, SentimentDataset.LENGTH);
        assertThat(sentiment.test().getLabels().shape()).containsExactly(500, 2);
        assertThat(sentiment.classNames()).containsExactly("negative", "positive");
        assertThat(sentiment.descriptor().counts()).isEqualTo(SentimentDataset.DESCRIPTOR.counts());
        DatasetSplit test = sentiment.part(DatasetPart.TEST).orElseThrow();
        String text = test.texts().get(0);
        int[] ids = SentimentDataset.encode(text);
        for (int t = 0; t < ids.length; t++) {
            assertThat(test.features().get(0).getInt(0, 0, t)).isEqualTo(ids[t]);
        }
        assertThat(SentimentDataset.VOCABULARY.token(ids[SentimentDataset.LENGTH - 1]))
                .isEqualTo(text.substring(text.lastIndexOf(' ') + 1));
        assertThat(SentimentDataset.VOCABULARY.token(ids[0])).isEqualTo("<pad>");
    }

    @Test
    void eachPartIsHalfPositiveHalfNegative() {
        for (DatasetPart part : DatasetPart.values()) {
            double[] perClass = sentiment.part(part).orElseThrow().labels().get(0).sum(0).toDoubleVector();
            assertThat(Math.abs(perClass[0] - perClass[1]) / (perClass[0] + perClass[1])).as(part.name()).isLessThan(0.1);
        }
    }

    @Test
    void noReviewAppearsTwiceSoTestReviewsAreUnseen() {
        Set<String> all = new HashSet<>();
        int count = 0;
        for (DatasetPart part : DatasetPart.values()) {
            List<String> texts = sentiment.part(part).orElseThrow().texts();
            all.addAll(texts);
            count += texts.size();
        }
        assertThat(all).hasSize(count);
    }

    @Test
    void negationAndButDecideTheLabel() {
        SentenceGenerator generator = new SentenceGenerator(1);
        for (int i = 0; i < 2000; i++) {
            SentenceGenerator.Sentence s = generator.next();
            List<String> words = s.words();
            int but = words.indexOf("but");
            List<String> clause = but < 0 ? words : words.subList(but + 1, words.size());
            boolean positiveWord = clause.stream().anyMatch(w -> SentenceGenerator.GOOD.contains(w)
                    || SentenceGenerator.LIKE.contains(w));
            boolean negated = clause.contains("not");
            assertThat(s.positive()).as(s.text()).isEqualTo(positiveWord != negated);
        }
    }

    @Test
    void countingGoodAndBadWordsIsRightOnlyAboutHalfTheTime() {
        DatasetSplit test = sentiment.part(DatasetPart.TEST).orElseThrow();
        int right = 0;
        for (int i = 0; i < test.size(); i++) {
            int score = 0;
            for (String word : test.texts().get(i).split(" ")) {
                if (SentenceGenerator.GOOD.contains(word) || SentenceGenerator.LIKE.contains(word)) {
                    score++;
                } else if (SentenceGenerator.BAD.contains(word) || SentenceGenerator.DISLIKE.contains(word)) {
                    score--;
                }
            }
            boolean predictedPositive = score > 0;
            boolean positive = test.labels().get(0).getDouble(i, 1) == 1.0;
            if (predictedPositive == positive) {
                right++;
            }
        }
        assertThat(right / (double) test.size()).isLessThan(0.65);
    }

    @Test
    void unknownWordsBecomeUnkAndTheSameSeedWritesTheSameReviews() {
        int[] ids = SentimentDataset.encode("The zeppelin was GREAT!");
        assertThat(SentimentDataset.VOCABULARY.decode(ids)).endsWith("the", "<unk>", "was", "great");
        assertThat(new SentenceGenerator(7).distinct(20)).isEqualTo(new SentenceGenerator(7).distinct(20));
        assertThat(new SentenceGenerator(7).distinct(20)).isNotEqualTo(new SentenceGenerator(8).distinct(20));
    }
}
