package dev.deepcanvas.backend.dataset.builtin;

import java.util.List;
import java.util.Random;

/**
 * Writes the character corpus: simple English-like sentences from a small grammar, so a character model can learn
 * spelling, spacing, "a" versus "an", and sentence structure, while the word choices stay unpredictable.
 *
 * <p>The rule: a sentence is DET [ADJ] NOUN VERB PREP DET [ADJ] NOUN, ending in "." (or, one time in five, joined
 * to the next by ", and "). DET is "the" or "a"/"an" (by the next word's first letter); adjectives appear with
 * probability 0.5. The first word of each sentence is capitalised.
 */
final class TextGenerator {

    static final List<String> ADJECTIVES = List.of("little", "old", "red", "quiet", "happy", "big", "orange",
            "empty", "green", "tired", "icy", "young");
    static final List<String> NOUNS = List.of("cat", "dog", "bird", "house", "garden", "river", "apple", "owl",
            "boat", "tree", "child", "engine", "window", "hill");
    static final List<String> VERBS = List.of("sat", "ran", "looked", "jumped", "slept", "walked", "waited",
            "sang");
    static final List<String> PREPOSITIONS = List.of("on", "under", "near", "behind", "over", "into", "beside");

    private final Random random;

    TextGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** At least {@code length} characters of text, cut at exactly that length. */
    String text(int length) {
        StringBuilder text = new StringBuilder(length + 100);
        boolean capitalise = true;
        while (text.length() < length) {
            String sentence = nounPhrase() + " " + pick(VERBS) + " " + pick(PREPOSITIONS) + " " + nounPhrase();
            if (capitalise) {
                sentence = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
            }
            text.append(sentence);
            capitalise = random.nextInt(5) != 0;
            text.append(capitalise ? ". " : ", and ");
        }
        return text.substring(0, length);
    }

    private String nounPhrase() {
        String noun = pick(NOUNS);
        String phrase = random.nextBoolean() ? pick(ADJECTIVES) + " " + noun : noun;
        if (random.nextBoolean()) {
            return "the " + phrase;
        }
        return ("aeiou".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
