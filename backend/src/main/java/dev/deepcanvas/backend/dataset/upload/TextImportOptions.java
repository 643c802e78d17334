package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;

/**
 * How a text CSV (text, label) becomes a sequence-classification dataset.
 *
 * @param length        words kept per text (longer texts keep their last words, shorter ones are padded in front)
 * @param maxVocabulary the most frequent training words kept; rarer words become &lt;unk&gt;
 */
public record TextImportOptions(String name, Boolean header, int length, int maxVocabulary, SplitFractions split) {

    public static TextImportOptions defaults(String name) {
        return new TextImportOptions(name, null, 40, 5000, SplitFractions.DEFAULT);
    }

    void check() {
        if (length < 2 || length > 1000) {
            throw new UploadRejectedException("Words per text must be between 2 and 1000, not " + length + ".");
        }
        if (maxVocabulary < 10 || maxVocabulary > 200_000) {
            throw new UploadRejectedException("The vocabulary must keep between 10 and 200,000 words, not "
                    + maxVocabulary + ".");
        }
        split.check();
    }
}
