package dev.deepcanvas.bench.throughput;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PairedRoundsTest {

    @Test
    void theRoundsAlternateWhichContenderGoesFirst() throws Exception {
        List<String> order = new ArrayList<>();
        PairedRounds.run(4, () -> {
            order.add("a");
            return 1;
        }, () -> {
            order.add("b");
            return 1;
        });
        assertThat(order).containsExactly("b", "a", "a", "b", "b", "a", "a", "b");
    }

    @Test
    void theRatioIsTheMedianOfEachRoundsOwnRatio() throws Exception {
        double[] a = {100, 90, 200};
        double[] b = {100, 100, 100};
        int[] call = {0, 0};
        PairedRounds rounds = PairedRounds.run(3, () -> a[call[0]++], () -> b[call[1]++]);
        assertThat(rounds.ratio()).isEqualTo(1.0);
        assertThat(rounds.ratioRange()).isEqualTo("0.90–2.00");
        assertThat(rounds.deepCanvas()).isEqualTo(100);
        assertThat(rounds.handWritten()).isEqualTo(100);
        assertThat(rounds.rounds()).isEqualTo(3);
    }
}
