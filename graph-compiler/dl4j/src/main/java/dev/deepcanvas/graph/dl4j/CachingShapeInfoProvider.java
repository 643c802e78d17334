package dev.deepcanvas.graph.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.BaseShapeInfoProvider;
import org.nd4j.linalg.api.shape.LongShapeDescriptor;
import org.nd4j.linalg.api.shape.options.ArrayOptionsHelper;
import org.nd4j.linalg.api.shape.options.ArrayType;
import org.nd4j.linalg.cpu.nativecpu.DirectShapeInfoProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ND4J's shape-information buffers, cached for every array and for as many shapes as a long-lived process meets.
 *
 * <p>Every INDArray ND4J creates, views included, needs a shape-information buffer (rank, shape, strides, data type,
 * order). In 1.0.0-M2.1 {@link DirectShapeInfoProvider} caches these buffers for one of its two entry points only,
 * and for the first 1,000 shapes it meets only: the entry point every new array goes through (shape, strides, data
 * type and the "empty" flag), and every shape after the thousandth, ask libnd4j for a fresh buffer each time. Each
 * such buffer is a native pointer that JavaCPP checks against the process's physical memory, that ND4J registers for
 * deallocation (drawing a {@code SecureRandom} each time through commons-lang3), and that the garbage collector and
 * two deallocator threads must later clear. On a small model that bookkeeping was most of a training step
 * (docs/performance.md, "Cluster"). Each model brings shapes of its own, from about 30 (the bench's MLP) to about
 * 120 (the digit GAN's three networks), and more for each batch size and sequence length, so a server that trains
 * one model after another passes a thousand within a class's first dozen runs; after that ND4J's cache no longer
 * helps any new model.
 *
 * <p>This provider turns the data type and the empty flag into the option bits libnd4j stores
 * ({@link ArrayOptionsHelper}), so both entry points share one cache, and keeps up to {@value #CAPACITY} shapes. When
 * it is full it starts again empty: arrays hold their own buffer, so a buffer dropped from the cache stays valid for
 * them and is freed with the last of them, and the shapes in use come back with their next arrays. The buffers'
 * contents are libnd4j's either way ({@code CachingShapeInfoProviderTest}).
 *
 * <p>ND4J reads the provider's class from the system property {@value NativeBackend#SHAPE_INFO_PROVIDER} when it
 * starts; {@link NativeBackend#configure()} sets it.
 */
public class CachingShapeInfoProvider extends BaseShapeInfoProvider {

    /** Shapes kept at most: about 200 bytes each with their native buffer, so a few megabytes when full. */
    static final int CAPACITY = 20_000;

    private final Map<LongShapeDescriptor, Pair<DataBuffer, long[]>> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedBytes = new AtomicLong();

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

    @Override
    public Pair<DataBuffer, long[]> createShapeInformation(long[] shape, long[] stride, long elementWiseStride,
                                                          char order, long extras) {
        // as ND4J's own cache: a negative element-wise stride is stored as 0 ("no single stride")
        long ews = Math.max(0, elementWiseStride);
        LongShapeDescriptor key = new LongShapeDescriptor(shape, stride, 0, ews, order, extras);
        Pair<DataBuffer, long[]> known = cache.get(key);
        if (known != null) {
            return known;
        }
        Pair<DataBuffer, long[]> created = super.createShapeInformation(shape, stride, ews, order, extras);
        if (cache.size() >= CAPACITY) {
            cache.clear();
            cachedBytes.set(0);
        }
        Pair<DataBuffer, long[]> raced = cache.putIfAbsent(key, created);
        if (raced != null) {
            return raced;
        }
        cachedBytes.addAndGet(created.getFirst().length() * Long.BYTES);
        return created;
    }

    /** Shapes held now (for tests). */
    int size() {
        return cache.size();
    }

    @Override
    public void purgeCache() {
        cache.clear();
        cachedBytes.set(0);
    }

    @Override
    public long getCachedBytes() {
        return cachedBytes.get();
    }
}
