package dev.deepcanvas.backend.dataset.parsing;

import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns text into the word ids of a text dataset exactly as its training texts were turned: lower-cased, split
 * into words of letters, digits and apostrophes, words outside the vocabulary as {@code <unk>}, the last
 * {@code length} words kept and right-aligned behind {@code <pad>}, so a recurrent layer's last step comes right
 * after the last word. The built-in sentiment sentences and uploaded text CSVs share it.
 */
public final class TextEncoder {

    public static final String PAD = "<pad>";
    public static final String UNKNOWN = "<unk>";

    /** Typed text in words, and what the model will not see of it. */
    public record Encoded(int[] ids, List<String> words, List<String> unknownWords, int wordsCut) {

        public Encoded {
            words = List.copyOf(words);
            unknownWords = List.copyOf(unknownWords);
        }

        public boolean isEmpty() {
            return words.isEmpty();
        }

        /** Whether at least one word is one the model learned. */
        public boolean hasKnownWord() {
            return words.stream().skip(wordsCut).anyMatch(w -> !unknownWords.contains(w));
        }
    }

    private final Vocabulary vocabulary;
    private final int length;

    public TextEncoder(Vocabulary vocabulary, int length) {
        if (!vocabulary.contains(PAD) || !vocabulary.contains(UNKNOWN)) {
            throw new IllegalArgumentException("a text vocabulary needs " + PAD + " and " + UNKNOWN);
        }
        this.vocabulary = vocabulary;
        this.length = length;
    }

    /** The encoder of a word-id input with padding and unknown words; empty for any other input. */
    public static Optional<TextEncoder> of(TensorSpec input) {
        Vocabulary words = input.vocabulary();
        if (words == null || input.shape().kind() != Shape.Kind.TOKENS || !words.contains(PAD)
                || !words.contains(UNKNOWN)) {
            return Optional.empty();
        }
        return Optional.of(new TextEncoder(words, (int) input.shape().timeSteps()));
    }

    public int length() {
        return length;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public Encoded encode(String text) {
        List<String> words = words(text);
        LinkedHashSet<String> unknown = new LinkedHashSet<>();
        for (String word : words) {
            if (!vocabulary.contains(word)) {
                unknown.add(word);
            }
        }
        return new Encoded(ids(words), words, List.copyOf(unknown), Math.max(0, words.size() - length));
    }

    /** The last {@code length} words as ids, right-aligned behind <pad>; unknown words become <unk>. */
    public int[] ids(List<String> words) {
        int[] ids = new int[length];
        Arrays.fill(ids, vocabulary.id(PAD));
        int start = Math.max(0, words.size() - length);
        int offset = length - (words.size() - start);
        for (int i = start; i < words.size(); i++) {
            String word = words.get(i);
            ids[offset + i - start] = vocabulary.id(vocabulary.contains(word) ? word : UNKNOWN);
        }
        return ids;
    }

    /**
     * Lower-cased words of letters, digits and apostrophes; everything else separates them (so nobody can type
     * the markers: "&lt;pad&gt;" reads as the word "pad").
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
