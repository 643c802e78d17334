package dev.deepcanvas.graph.layers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place where layer types are registered, in palette order. To add a node type: write a class implementing
 * {@link LayerType} in this package and add it to {@link #TYPES}; then give it its DL4J mapping in the
 * graph-compiler-dl4j module (one class in {@code dev.deepcanvas.graph.compile.mapping}, listed in
 * {@code LayerMappings}), whose test fails until every type listed here has one.
 */
public final class LayerCatalog {

    private static final List<LayerType> TYPES = List.of(
            // Inputs
            new InputLayerType(),
            new ImageInputLayerType(),
            new SequenceInputLayerType(),
            new TokenInputLayerType(),
            new NoiseInputLayerType(),
            new ClassInputLayerType(),
            // Core
            new DenseLayerType(),
            new ActivationLayerType(),
            new LeakyReluLayerType(),
            new DropoutLayerType(),
            new GaussianNoiseLayerType(),
            new BatchNormLayerType(),
            new FlattenLayerType(),
            new ReshapeLayerType(),
            new OutputLayerType(),
            new ImageOutputLayerType(),
            // Convolution
            new Conv2DLayerType(),
            new MaxPool2DLayerType(),
            new AvgPool2DLayerType(),
            new GlobalMaxPoolLayerType(),
            new GlobalAvgPoolLayerType(),
            new Conv1DLayerType(),
            new MaxPool1DLayerType(),
            new AvgPool1DLayerType(),
            new UpSampling1DLayerType(),
            new UpSampling2DLayerType(),
            new ZeroPadding2DLayerType(),
            new Cropping2DLayerType(),
            new RandomTranslationLayerType(),
            new Conv2DTransposeLayerType(),
            new DepthwiseConv2DLayerType(),
            new SeparableConv2DLayerType(),
            // Recurrent
            new SimpleRnnLayerType(),
            new LstmLayerType(),
            new GruLayerType(),
            new BidirectionalLayerType(),
            new LastTimeStepLayerType(),
            new TimeDistributedLayerType(),
            new RnnOutputLayerType(),
            new EmbeddingLayerType(),
            new EmbeddingSequenceLayerType(),
            new RepeatVectorLayerType(),
            // Attention (LearnedSelfAttentionLayer is left out: it crashes in DL4J 1.0.0-M2.1)
            new SelfAttentionLayerType(),
            new RecurrentAttentionLayerType(),
            new AttentionLayerType(),
            // Merge vertices
            new ConcatenateLayerType(),
            new AddLayerType(),
            new SubtractLayerType(),
            new MultiplyLayerType(),
            new AverageLayerType(),
            new MaxLayerType(),
            new DuplicateToSequenceLayerType(),
            new SubsetLayerType(),
            new ScaleLayerType());

    private static final Map<String, LayerType> BY_NAME = index();

    private LayerCatalog() {
    }

    private static Map<String, LayerType> index() {
        Map<String, LayerType> m = new LinkedHashMap<>();
        for (LayerType t : TYPES) {
            if (m.put(t.type(), t) != null) {
                throw new IllegalStateException("Layer type registered twice: " + t.type());
            }
        }
        return Collections.unmodifiableMap(m);
    }

    /** Palette metadata for every type, in palette order. */
    public static List<LayerInfo> all() {
        List<LayerInfo> out = new ArrayList<>();
        for (LayerType t : TYPES) {
            out.add(LayerInfo.of(t));
        }
        return out;
    }

    /** The layer type implementations, in palette order. */
    public static List<LayerType> types() {
        return TYPES;
    }

    public static Optional<LayerType> find(String typeName) {
        return Optional.ofNullable(typeName == null ? null : BY_NAME.get(typeName));
    }

    /** Palette metadata as JSON for the browser (computed once: the catalog never changes at run time). */
    public static String toJson() {
        return JsonHolder.JSON;
    }

    /** Lazy holder: the JSON is built on first use, thread-safely, by class initialisation. */
    private static final class JsonHolder {
        private static final String JSON = render();

        private static String render() {
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(all());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Layer metadata is not serialisable", e);
            }
        }
    }

    /** The closest known type name (case-insensitive, then edit distance), for "did you mean" messages. */
    public static Optional<String> suggest(String typeName) {
        if (typeName == null || typeName.isBlank()) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : BY_NAME.keySet()) {
            if (name.equalsIgnoreCase(typeName)) {
                return Optional.of(name);
            }
            int d = distance(name.toLowerCase(), typeName.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = name;
            }
        }
        return bestDistance <= Math.max(2, typeName.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        if (b.length() > 64) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
