package dev.deepcanvas.backend.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A prediction for typed text, with what the model did not see of it: words outside its vocabulary (read as
 * {@code <unk>}, as in training) and words before the last {@code length} (cut, as in training).
 */
public record TextPrediction(Prediction prediction, List<String> words, List<String> unknownWords, int wordsCut,
                             int length, int vocabularySize) {

    public TextPrediction {
        words = List.copyOf(words);
        unknownWords = List.copyOf(unknownWords);
    }

    /** Plain sentences for the page: empty when the model read every word. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (!unknownWords.isEmpty()) {
            String quoted = unknownWords.stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "));
            notes.add((unknownWords.size() == 1 ? "The word " + quoted + " is" : "The words " + quoted + " are")
                    + " not among the " + vocabularySize + " words the model learned; "
                    + (unknownWords.size() == 1 ? "it reads" : "they read") + " as <unk>, an unknown word.");
        }
        if (wordsCut > 0) {
            notes.add("The model reads the last " + length + " words, as in training; the first " + wordsCut
                    + (wordsCut == 1 ? " word was" : " words were") + " left out.");
        }
        return notes;
    }
}
