package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.LayerType;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where DL4J mappings are registered, one per layer type of {@code LayerCatalog}, in the catalog's
 * order. To give a new layer type its DL4J form: write a {@link LayerMapping} in this package and add it to
 * {@link #MAPPINGS}; {@code LayerMappingsTest} fails while a catalog type has none.
 */
public final class LayerMappings {

    private static final List<LayerMapping> MAPPINGS = List.of(
            // Inputs
            new InputMapping(),
            new ImageInputMapping(),
            new SequenceInputMapping(),
            new TokenInputMapping(),
            new NoiseInputMapping(),
            new ClassInputMapping(),
            // Core
            new DenseMapping(),
            new ActivationMapping(),
            new LeakyReluMapping(),
            new DropoutMapping(),
            new GaussianNoiseMapping(),
            new BatchNormMapping(),
            new FlattenMapping(),
            new ReshapeMapping(),
            new OutputMapping(),
            new ImageOutputMapping(),
            // Convolution
            new Conv2DMapping(),
            new MaxPool2DMapping(),
            new AvgPool2DMapping(),
            new GlobalMaxPoolMapping(),
            new GlobalAvgPoolMapping(),
            new Conv1DMapping(),
            new MaxPool1DMapping(),
            new AvgPool1DMapping(),
            new UpSampling1DMapping(),
            new UpSampling2DMapping(),
            new ZeroPadding2DMapping(),
            new Cropping2DMapping(),
            new RandomTranslationMapping(),
            new Conv2DTransposeMapping(),
            new DepthwiseConv2DMapping(),
            new SeparableConv2DMapping(),
            // Recurrent
            new SimpleRnnMapping(),
            new LstmMapping(),
            new GruMapping(),
            new BidirectionalMapping(),
            new LastTimeStepMapping(),
            new TimeDistributedMapping(),
            new RnnOutputMapping(),
            new EmbeddingMapping(),
            new EmbeddingSequenceMapping(),
            new RepeatVectorMapping(),
            // Attention
            new SelfAttentionMapping(),
            new RecurrentAttentionMapping(),
            new AttentionMapping(),
            // Merge vertices
            new ConcatenateMapping(),
            new AddMapping(),
            new SubtractMapping(),
            new MultiplyMapping(),
            new AverageMapping(),
            new MaxMapping(),
            new DuplicateToSequenceMapping(),
            new SubsetMapping(),
            new ScaleMapping());

    private static final Map<Class<? extends LayerType>, LayerMapping> BY_TYPE = index();

    private LayerMappings() {
    }

    private static Map<Class<? extends LayerType>, LayerMapping> index() {
        Map<Class<? extends LayerType>, LayerMapping> m = new LinkedHashMap<>();
        for (LayerMapping mapping : MAPPINGS) {
            if (m.put(mapping.layerType(), mapping) != null) {
                throw new IllegalStateException("Two DL4J mappings for " + mapping.layerType().getSimpleName());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Every mapping, in palette order. */
    public static List<LayerMapping> all() {
        return MAPPINGS;
    }

    public static Optional<LayerMapping> find(LayerType type) {
        return Optional.ofNullable(BY_TYPE.get(type.getClass()));
    }

    /** The mapping of a catalog type; a missing one is a bug that LayerMappingsTest reports first. */
    public static LayerMapping of(LayerType type) {
        return find(type).orElseThrow(() -> new IllegalStateException("Layer type " + type.type()
                + " has no DL4J mapping: add one to LayerMappings"));
    }
}
