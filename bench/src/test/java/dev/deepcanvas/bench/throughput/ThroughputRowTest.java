package dev.deepcanvas.bench.throughput;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** a/c compares DeepCanvas with PyTorch's faster figure, on every core or on one thread. */
class ThroughputRowTest {

    private static ThroughputRow row(double pyTorch, double pyTorchOneThread) {
        return new ThroughputRow(BenchModel.MLP, "1 native thread", 1500, 1400, 1000, pyTorch, pyTorchOneThread,
                1.5, "1.4–1.6", 1e6);
    }

    @Test
    void aOverCUsesPyTorchsOneThreadFigureWhereItIsFaster() {
        String rendered = row(1000, 2000).render(100);
        assertThat(rendered).contains("| 0.75 | 0.70 |");
    }

    @Test
    void aOverCUsesPyTorchsEveryCoreFigureWhereItIsFaster() {
        assertThat(row(3000, 2000).render(100)).contains("| 0.50 | 0.70 |");
    }

    @Test
    void aFigureNotTakenIsLeftOut() {
        assertThat(ThroughputRow.best(Double.NaN, 2.0)).isEqualTo(2.0);
        assertThat(ThroughputRow.best(3.0, Double.NaN)).isEqualTo(3.0);
        assertThat(ThroughputRow.best(Double.NaN, Double.NaN)).isNaN();
        assertThat(row(Double.NaN, Double.NaN).render(100)).contains("| — | — |");
        assertThat(ThroughputRow.shortest(Double.NaN, 40.0)).isEqualTo(40.0);
        assertThat(ThroughputRow.shortest(38.9, 42.4)).isEqualTo(38.9);
    }
}
