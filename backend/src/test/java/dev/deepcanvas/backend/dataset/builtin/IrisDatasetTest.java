package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.transform.StratifiedSplit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class IrisDatasetTest {

    @Test
    void splitsStratifiedEightyTwenty() {
        PreparedDataset iris = IrisDataset.load();

        assertThat(iris.train().numExamples()).isEqualTo(120);
        assertThat(iris.test().numExamples()).isEqualTo(30);
        INDArray perClassInTest = iris.test().getLabels().sum(0);
        assertThat(perClassInTest.toDoubleVector()).containsExactly(10.0, 10.0, 10.0);
        assertThat(iris.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(iris.synthetic()).isFalse();
    }

    @Test
    void theSplitIsTheSameEveryTime() {
        assertThat(IrisDataset.load().test().getFeatures()).isEqualTo(IrisDataset.load().test().getFeatures());
    }

    @Test
    void featuresAreStandardisedWithTrainingStatistics() {
        PreparedDataset iris = IrisDataset.load();
        double[] means = iris.train().getFeatures().mean(0).toDoubleVector();
        for (double mean : means) {
            assertThat(mean).isCloseTo(0.0, within(1e-4));
        }
    }

    @Test
    void stratifiedSplitRejectsAnImpossibleFraction() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StratifiedSplit.split(new int[]{0, 1}, 1.0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
