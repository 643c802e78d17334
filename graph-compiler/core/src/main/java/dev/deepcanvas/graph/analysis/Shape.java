package dev.deepcanvas.graph.analysis;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Arrays;

/**
 * The activation shape of one sample flowing along an edge (the batch dimension is never part of it).
 * Three kinds cover every layer in the vocabulary: a vector ({@code 16}), an image in height × width × channels
 * ({@code 24×24×20}) and a sequence in time steps × features ({@code 10×8}).
 */
@JsonPropertyOrder({"kind", "dims", "text"})
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class Shape {

    /** TOKENS: integer ids (length, vocabulary size); only Embedding layers read them. */
    public enum Kind { VECTOR, IMAGE, SEQUENCE, TOKENS }

    private final Kind kind;
    private final long[] dims;

    private Shape(Kind kind, long... dims) {
        this.kind = kind;
        this.dims = dims;
    }

    public static Shape vector(long size) {
        return new Shape(Kind.VECTOR, size);
    }

    public static Shape image(long height, long width, long channels) {
        return new Shape(Kind.IMAGE, height, width, channels);
    }

    public static Shape sequence(long timeSteps, long features) {
        return new Shape(Kind.SEQUENCE, timeSteps, features);
    }

    /** A sequence of {@code length} integer token ids below {@code vocabulary}. */
    public static Shape tokens(long length, long vocabulary) {
        return new Shape(Kind.TOKENS, length, vocabulary);
    }

    @JsonProperty("kind")
    public Kind kind() {
        return kind;
    }

    /** The dimensions in display order (H, W, C for images; T, F for sequences). */
    @JsonProperty("dims")
    public long[] dims() {
        return dims.clone();
    }

    @JsonProperty("text")
    public String text() {
        return toString();
    }

    public boolean isVector() {
        return kind == Kind.VECTOR;
    }

    public boolean isImage() {
        return kind == Kind.IMAGE;
    }

    public boolean isSequence() {
        return kind == Kind.SEQUENCE;
    }

    /** Vector size. */
    public long size() {
        requireKind(Kind.VECTOR);
        return dims[0];
    }

    public long height() {
        requireKind(Kind.IMAGE);
        return dims[0];
    }

    public long width() {
        requireKind(Kind.IMAGE);
        return dims[1];
    }

    public long channels() {
        requireKind(Kind.IMAGE);
        return dims[2];
    }

    /** Time steps of a sequence or number of tokens of a token sequence. */
    public long timeSteps() {
        if (kind != Kind.TOKENS) {
            requireKind(Kind.SEQUENCE);
        }
        return dims[0];
    }

    public long vocabulary() {
        requireKind(Kind.TOKENS);
        return dims[1];
    }

    public boolean isTokens() {
        return kind == Kind.TOKENS;
    }

    public long features() {
        requireKind(Kind.SEQUENCE);
        return dims[1];
    }

    /** The last dimension: units, channels or features (what the next layer sees as its nIn). */
    public long depth() {
        return dims[dims.length - 1];
    }

    /** Number of values per sample; saturates at {@link Long#MAX_VALUE} instead of overflowing. */
    public long elementCount() {
        if (kind == Kind.TOKENS) {
            return dims[0];
        }
        long n = 1;
        for (long d : dims) {
            n = Sizes.mul(n, d);
        }
        return n;
    }

    private void requireKind(Kind expected) {
        if (kind != expected) {
            throw new IllegalStateException("Shape " + this + " is a " + kind + ", not a " + expected);
        }
    }

    /** A short noun for messages: "a vector of 16", "an image 28×28×1", "a sequence 10×8". */
    public String describe() {
        return switch (kind) {
            case VECTOR -> "a vector of " + dims[0];
            case IMAGE -> "an image " + this;
            case SEQUENCE -> "a sequence " + this + " (time steps × features)";
            case TOKENS -> dims[0] + " token id" + (dims[0] == 1 ? "" : "s") + " (vocabulary " + dims[1] + ")";
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shape s && s.kind == kind && Arrays.equals(s.dims, dims);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        if (kind == Kind.TOKENS) {
            return dims[0] + (dims[0] == 1 ? " token" : " tokens") + " of " + dims[1];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            if (i > 0) {
                sb.append('×');
            }
            sb.append(dims[i] < 0 ? "?" : Long.toString(dims[i]));
        }
        return sb.toString();
    }
}
