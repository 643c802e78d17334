package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GanConditionTest {

    private static final List<String> SHAPES = List.of("circle", "square", "triangle", "diamond", "cross");
    private static final DatasetAttribute COLOUR = new DatasetAttribute("colour",
            List.of("red", "green", "blue", "yellow", "white"));
    private static final GanCondition CLASS_ONLY = new GanCondition(SHAPES, List.of());
    private static final GanCondition WITH_COLOUR = new GanCondition(SHAPES, List.of(COLOUR));

    @Test
    void aConditionOfTheClassAloneDrawsExactlyAsTheClassOnlyGansAlwaysDid() {
        // one draw of nextInt(classes) per row, nothing else: the seeded stream the class-only GANs were trained
        // and verified with
        INDArray now = CLASS_ONLY.random(DataType.FLOAT, 64, new Random(42));
        Random before = new Random(42);
        assertThat(now.sum(1).toDoubleVector()).containsOnly(1.0);
        for (int row : now.argMax(1).toIntVector()) {
            assertThat(row).isEqualTo(before.nextInt(5));
        }
        assertThat(CLASS_ONLY.width()).isEqualTo(5);
    }

    @Test
    void randomRowsHoldOneClassAndOneColourEach() {
        INDArray rows = WITH_COLOUR.random(DataType.FLOAT, 400, new Random(1));
        assertThat(WITH_COLOUR.width()).isEqualTo(10);
        assertThat(rows.shape()).containsExactly(400, 10);
        assertThat(part(rows, 0, 5).sum(1).toDoubleVector()).containsOnly(1.0);
        assertThat(part(rows, 5, 10).sum(1).toDoubleVector()).containsOnly(1.0);
        // every colour is asked for: the generator is never left to settle on a few
        assertThat(part(rows, 5, 10).sum(0).minNumber().doubleValue()).isGreaterThan(40);
    }

    @Test
    void inTurnKeepsAClassPerGridColumnAndAsksForEveryCombinationEquallyOften() {
        INDArray rows = WITH_COLOUR.inTurn(DataType.FLOAT, 100);
        int[] classes = GanCondition.askedClasses(rows, 5);
        int[] colours = part(rows, 5, 10).argMax(1).toIntVector();
        Map<String, Integer> combinations = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            assertThat(classes[i]).as("sample %d sits in column %d", i, i % 10).isEqualTo(i % 10 % 5);
            combinations.merge(classes[i] + "/" + colours[i], 1, Integer::sum);
        }
        assertThat(combinations).hasSize(25).allSatisfy((k, n) -> assertThat(n).isEqualTo(4));
        assertThat(colours).startsWith(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2);
        assertThat(CLASS_ONLY.inTurn(DataType.FLOAT, 7).argMax(1).toIntVector())
                .containsExactly(0, 1, 2, 3, 4, 0, 1);
    }

    @Test
    void theAskedClassIsReadFromTheClassPartOnly() {
        INDArray row = WITH_COLOUR.fixed(DataType.FLOAT, 2, 1, List.of(4));
        assertThat(row.getRow(0).toDoubleVector()).containsExactly(0, 1, 0, 0, 0, 0, 0, 0, 0, 1);
        // the colour column (9) is as large as the class column (1): the class is still "square"
        assertThat(GanCondition.askedClasses(row, 5)).containsExactly(1, 1);
        assertThat(WITH_COLOUR.describe(1, List.of(4))).isEqualTo("white square");
        assertThat(CLASS_ONLY.describe(3, List.of())).isEqualTo("diamond");
        assertThatThrownBy(() -> WITH_COLOUR.fixed(DataType.FLOAT, 1, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void realPicturesAreToldTheirOwnClassAndColour() {
        INDArray classes = Nd4j.createFromArray(new float[][]{{0, 0, 1, 0, 0}, {1, 0, 0, 0, 0}});
        INDArray colours = Nd4j.createFromArray(new double[][]{{0, 1, 0, 0, 0}, {0, 0, 0, 0, 1}});
        DatasetSplit split = new DatasetSplit(List.of(Nd4j.zeros(DataType.FLOAT, 2, 3, 4, 4)), List.of(classes),
                List.of(), List.of(colours));
        INDArray rows = WITH_COLOUR.ofSplit(split);
        assertThat(rows.dataType()).isEqualTo(DataType.FLOAT);
        assertThat(rows.getRow(0).toDoubleVector()).containsExactly(0, 0, 1, 0, 0, 0, 1, 0, 0, 0);
        assertThat(rows.getRow(1).toDoubleVector()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(CLASS_ONLY.ofSplit(split)).isSameAs(classes);
    }

    private static INDArray part(INDArray rows, int from, int to) {
        return rows.get(NDArrayIndex.all(), NDArrayIndex.interval(from, to));
    }
}
