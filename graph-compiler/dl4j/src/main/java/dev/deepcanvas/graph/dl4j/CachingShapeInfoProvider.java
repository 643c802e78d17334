package dev.deepcanvas.graph.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.shape.options.ArrayOptionsHelper;
import org.nd4j.linalg.api.shape.options.ArrayType;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

/**
 * ND4J's CPU shape-information provider with its cache used for every array, not only some.
 *
 * <p>Every INDArray ND4J creates, views included, needs a shape-information buffer (rank, shape, strides, data type,
 * order). In 1.0.0-M2.1 {@link DirectShapeInfoProvider} caches these buffers for one of its two entry points only;
 * the one every new array goes through (shape, strides, data type and the "empty" flag) asks libnd4j for a fresh
 * buffer each time. Each such buffer is a native pointer that JavaCPP checks against the process's physical memory,
 * that ND4J registers for deallocation (drawing a {@code SecureRandom} each time through commons-lang3), and that the
 * garbage collector and two deallocator threads must later clear. On a small model that bookkeeping was most of a
 * training step (docs/performance.md, "Cluster"). This provider turns the data type and the empty flag into the
 * option bits libnd4j stores ({@link ArrayOptionsHelper}) and answers from the cached entry point, so arrays of a
 * shape seen before share one constant buffer, as ND4J already does for the other entry point. The buffers' contents
 * are the same either way ({@code CachingShapeInfoProviderTest}); the cache holds at most ND4J's own limit of
 * shapes, beyond which arrays get fresh buffers as before.
 *
 * <p>ND4J reads the provider's class from the system property {@value NativeBackend#SHAPE_INFO_PROVIDER} when it
 * starts; {@link NativeBackend#configure()} sets it.
 */
public class CachingShapeInfoProvider extends DirectShapeInfoProvider {

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
                                                          char order, DataType dataType, boolean empty) {
        // ND4J marks an array empty when asked to or when any dimension is 0 (Shape.createShapeInformation)
        boolean isEmpty = empty;
        for (long dimension : shape) {
            isEmpty |= dimension == 0;
        }
        long extras = ArrayOptionsHelper.setOptionBit(0L, dataType);
        if (isEmpty) {
            extras = ArrayOptionsHelper.setOptionBit(extras, ArrayType.EMPTY);
        }
        return createShapeInformation(shape, stride, elementWiseStride, order, extras);
    }
}
