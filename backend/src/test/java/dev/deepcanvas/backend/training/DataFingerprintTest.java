package dev.deepcanvas.backend.training;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataFingerprintTest {

    private static INDArray features() {
        return Nd4j.createFromArray(new float[][]{{5.1f, 3.5f}, {4.9f, 3.0f}, {6.2f, 2.9f}});
    }

    private static INDArray labels() {
        return Nd4j.createFromArray(new float[][]{{1, 0}, {1, 0}, {0, 1}});
    }

    @Test
    void theSameArraysGiveTheSameFingerprint() {
        DataFingerprint first = DataFingerprint.of(List.of(features(), labels()));
        DataFingerprint again = DataFingerprint.of(List.of(features(), labels()));

        assertThat(first).isEqualTo(again);
        assertThat(first.rows()).isEqualTo(3);
        assertThat(first.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(first.shortHash()).hasSize(12).isEqualTo(first.sha256().substring(0, 12));
    }

    @Test
    void aViewIsFingerprintedLikeACopyOfItsValues() {
        INDArray wide = Nd4j.createFromArray(new float[][]{{5.1f, 3.5f, 9f}, {4.9f, 3.0f, 9f}, {6.2f, 2.9f, 9f}});
        INDArray view = wide.get(org.nd4j.linalg.indexing.NDArrayIndex.all(),
                org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 2));

        assertThat(DataFingerprint.of(List.of(view, labels())))
                .isEqualTo(DataFingerprint.of(List.of(features(), labels())));
    }

    @Test
    void anyChangeInValuesOrderShapeOrTypeGivesAnotherFingerprint() {
        DataFingerprint original = DataFingerprint.of(List.of(features(), labels()));
        INDArray changedValue = features();
        changedValue.putScalar(2, 1, 2.8f);
        INDArray swappedRows = Nd4j.createFromArray(new float[][]{{4.9f, 3.0f}, {5.1f, 3.5f}, {6.2f, 2.9f}});
        INDArray swappedLabels = Nd4j.createFromArray(new float[][]{{1, 0}, {1, 0}, {0, 1}});

        assertThat(DataFingerprint.of(List.of(changedValue, labels()))).isNotEqualTo(original);
        assertThat(DataFingerprint.of(List.of(swappedRows, swappedLabels))).isNotEqualTo(original);
        assertThat(DataFingerprint.of(List.of(features().reshape(3, 1, 2), labels()))).isNotEqualTo(original);
        assertThat(DataFingerprint.of(List.of(features().castTo(DataType.DOUBLE), labels()))).isNotEqualTo(original);
        assertThat(DataFingerprint.of(List.of(labels(), features()))).isNotEqualTo(original);
        assertThat(DataFingerprint.of(List.of(features()))).isNotEqualTo(original);
    }

    @Test
    void arraysOfOnePartMustAgreeOnTheirRows() {
        assertThatThrownBy(() -> DataFingerprint.of(List.of(features(), Nd4j.zeros(2, 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrays of one part must have the same rows: 3 and 2");
    }
}
