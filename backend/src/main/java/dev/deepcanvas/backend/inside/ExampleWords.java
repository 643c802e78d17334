package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.parsing.TextEncoder;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines the per-step saliency of a model that reads words up with the words of the example: the words as written
 * where the text is known and encodes to exactly the numbers the model read (so a word it reads as {@code <unk>}
 * keeps its own spelling), the words cut from a long text marked as never read, and padding marked as no word.
 */
final class ExampleWords {

    private ExampleWords() {
    }

    /**
     * @param ids     the word numbers the model read, one per step
     * @param encoder how the dataset turns text into numbers, or null where it has none
     * @param text    the example's text (typed, or the dataset's), or null where unknown
     */
    static List<WordInfluence> align(int[] ids, Vocabulary vocabulary, TextEncoder encoder, String text,
                                     WordGradient.PerStep perStep) {
        String[] tokens = new String[ids.length];
        for (int t = 0; t < ids.length; t++) {
            tokens[t] = ids[t] >= 0 && ids[t] < vocabulary.size() ? vocabulary.token(ids[t]) : "#" + ids[t];
        }
        List<String> written = text == null ? List.of() : TextEncoder.words(text);
        boolean known = encoder != null && !written.isEmpty() && encoder.length() == ids.length
                && Arrays.equals(encoder.ids(written), ids);
        int cut = known ? Math.max(0, written.size() - ids.length) : 0;
        int firstWord = known ? ids.length - (written.size() - cut) : 0;
        List<WordInfluence> words = new ArrayList<>();
        for (int i = 0; i < cut; i++) {
            words.add(WordInfluence.unscored(written.get(i), null, -1, WordRole.CUT));
        }
        for (int t = 0; t < ids.length; t++) {
            boolean padding = known ? t < firstWord : TextEncoder.PAD.equals(tokens[t]);
            if (padding) {
                words.add(WordInfluence.unscored(tokens[t], tokens[t], t, WordRole.PADDING));
            } else {
                String word = known ? written.get(cut + t - firstWord) : tokens[t];
                words.add(WordInfluence.read(word, tokens[t], t, perStep.influence()[t], perStep.gradientNorm()[t]));
            }
        }
        return words;
    }
}
