package dev.deepcanvas.bench.gan;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DiscriminatorViewTest {

    @Test
    void aRowGivesTheMeanVerdictAndTheShareAboveOneHalf() {
        DiscriminatorView.Row row = DiscriminatorView.row("generated",
                Nd4j.createFromArray(new float[][] {{0.9f}, {0.2f}, {0.6f}, {0.5f}}));
        assertThat(row.count()).isEqualTo(4);
        assertThat(row.meanVerdict()).isCloseTo(0.55, within(1e-6));
        assertThat(row.calledReal()).isEqualTo(0.5); // 0.5 itself is not called real
    }

    @Test
    void captionWordsGroupThePicturesTheyDescribe() {
        List<DiscriminatorView.Row> rows = DiscriminatorView.byCaptionWord(
                Nd4j.createFromArray(new float[][] {{0.9f}, {0.1f}, {0.7f}}),
                List.of("small red circle", "large red square", "small blue square"));
        assertThat(rows).extracting(r -> r.group().trim())
                .containsExactly("blue", "circle", "large", "red", "small", "square");
        DiscriminatorView.Row red = rows.get(3);
        assertThat(red.count()).isEqualTo(2);
        assertThat(red.meanVerdict()).isCloseTo(0.5, within(1e-6));
        assertThat(red.calledReal()).isEqualTo(0.5);
        assertThat(rows.get(4).calledReal()).isEqualTo(1.0); // both small pictures called real
    }

    @Test
    void captionsMustMatchTheVerdicts() {
        assertThatThrownBy(() -> DiscriminatorView.byCaptionWord(Nd4j.zeros(2, 1), List.of("one")))
                .hasMessageContaining("1 captions for 2 verdicts");
    }
}
