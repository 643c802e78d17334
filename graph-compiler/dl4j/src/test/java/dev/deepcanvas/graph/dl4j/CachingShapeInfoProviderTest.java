package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.FreshJvm;
import org.junit.jupiter.api.Test;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CachingShapeInfoProviderTest {

    private static final List<long[]> SHAPES = List.of(new long[0], new long[] {5}, new long[] {3, 4},
            new long[] {1, 1}, new long[] {2, 0, 3}, new long[] {4, 3, 2, 2}, new long[] {64, 50, 32});
    private static final List<DataType> TYPES = List.of(DataType.FLOAT, DataType.DOUBLE, DataType.HALF, DataType.INT,
            DataType.LONG, DataType.BOOL, DataType.UINT8);

    @Test
    void answersWhatLibnd4jBuildsForEveryShapeTypeOrderAndEmptyFlag() {
        CachingShapeInfoProvider cached = new CachingShapeInfoProvider();
        int compared = 0;
        for (long[] shape : SHAPES) {
            for (char order : new char[] {'c', 'f'}) {
                long[] stride = Nd4j.getStrides(shape, order);
                for (DataType type : TYPES) {
                    for (long ews : new long[] {0, 1, 2}) {
                        for (boolean empty : new boolean[] {false, true}) {
                            // the path every new array took before: a fresh buffer straight from libnd4j
                            long[] fresh = Shape.createShapeInformation(shape, stride, ews, order, type, empty)
                                    .asLong();
                            Pair<DataBuffer, long[]> answer = cached.createShapeInformation(shape, stride, ews, order,
                                    type, empty);
                            String what = Arrays.toString(shape) + " " + order + " " + type + " ews " + ews
                                    + (empty ? " empty" : "");
                            assertThat(answer.getSecond()).as(what).containsExactly(fresh);
                            assertThat(answer.getFirst().asLong()).as(what + " (buffer)").containsExactly(fresh);
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(SHAPES.size() * 2 * TYPES.size() * 3 * 2);
    }

    @Test
    void aShapeSeenBeforeSharesOneConstantBuffer() {
        CachingShapeInfoProvider cached = new CachingShapeInfoProvider();
        long[] shape = {7, 3};
        long[] stride = Nd4j.getStrides(shape, 'c');
        DataBuffer first = cached.createShapeInformation(shape, stride, 1, 'c', DataType.FLOAT, false).getFirst();
        DataBuffer second = cached.createShapeInformation(shape.clone(), stride.clone(), 1, 'c', DataType.FLOAT, false)
                .getFirst();
        DataBuffer otherType = cached.createShapeInformation(shape, stride, 1, 'c', DataType.DOUBLE, false).getFirst();
        assertThat(second).isSameAs(first);
        assertThat(first.isConstant()).isTrue();
        assertThat(otherType).isNotSameAs(first);
    }

    @Test
    void keepsSharingPastTheThousandShapesNd4jsOwnCacheStopsAt() {
        CachingShapeInfoProvider cached = new CachingShapeInfoProvider();
        for (int rows = 1; rows <= 1_500; rows++) {
            long[] shape = {rows, 3};
            cached.createShapeInformation(shape, Nd4j.getStrides(shape, 'c'), 1, 'c', DataType.FLOAT, false);
        }
        long[] late = {1_400, 3};
        DataBuffer first = cached.createShapeInformation(late, Nd4j.getStrides(late, 'c'), 1, 'c', DataType.FLOAT,
                false).getFirst();
        DataBuffer again = cached.createShapeInformation(late.clone(), Nd4j.getStrides(late, 'c'), 1, 'c',
                DataType.FLOAT, false).getFirst();
        assertThat(again).isSameAs(first);
        assertThat(cached.size()).isEqualTo(1_500);
    }

    @Test
    void startsAgainWhenFullAndBuffersItDroppedStayValid() {
        CachingShapeInfoProvider cached = new CachingShapeInfoProvider();
        long[] kept = {1, 9};
        Pair<DataBuffer, long[]> early = cached.createShapeInformation(kept, Nd4j.getStrides(kept, 'c'), 1, 'c',
                DataType.FLOAT, false);
        for (int rows = 2; rows <= CachingShapeInfoProvider.CAPACITY + 10; rows++) {
            long[] shape = {rows, 9};
            cached.createShapeInformation(shape, Nd4j.getStrides(shape, 'c'), 1, 'c', DataType.FLOAT, false);
            assertThat(cached.size()).isLessThanOrEqualTo(CachingShapeInfoProvider.CAPACITY);
        }
        assertThat(cached.size()).isLessThan(CachingShapeInfoProvider.CAPACITY);
        // the dropped buffer still describes its shape, and the shape comes back with a buffer of the same contents
        assertThat(early.getFirst().asLong()).containsExactly(early.getSecond());
        long[] back = cached.createShapeInformation(kept, Nd4j.getStrides(kept, 'c'), 1, 'c', DataType.FLOAT, false)
                .getFirst().asLong();
        assertThat(back).containsExactly(early.getSecond());
    }

    @Test
    void configuredBeforeNd4jStartsEveryArrayUsesIt() throws Exception {
        // This test JVM's ND4J started long ago; a fresh JVM shows what the application gets at start.
        FreshJvm child = FreshJvm.run(ConfiguredJvm.class);
        assertThat(child.finished()).as("the child JVM finished").isTrue();
        assertThat(child.output()).contains(ConfiguredJvm.SHARED + CachingShapeInfoProvider.class.getName());
        assertThat(child.exitValue()).isZero();
    }

    /** Configures the back end, then creates two arrays of one shape and reports whether they share shape buffers. */
    static final class ConfiguredJvm {

        static final String SHARED = "two arrays share one shape buffer with ";

        public static void main(String[] args) {
            NativeBackend.configure();
            INDArray a = Nd4j.create(DataType.FLOAT, 6, 5);
            INDArray b = Nd4j.rand(DataType.FLOAT, 6, 5);
            INDArray viewA = a.getRow(1);
            INDArray viewB = b.getRow(2);
            boolean shared = a.shapeInfoDataBuffer() == b.shapeInfoDataBuffer()
                    && viewA.shapeInfoDataBuffer() == viewB.shapeInfoDataBuffer();
            System.out.println((shared ? SHARED : "no shared shape buffers with ")
                    + Nd4j.getShapeInfoProvider().getClass().getName());
        }
    }
}
