package dev.deepcanvas.backend.dataset.builtin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes short film reviews whose sentiment follows from grammar, not from single words, so a bag of words is not
 * enough: "not" flips the adjective or verb it governs, and after "but" only the second clause counts.
 *
 * <p>The five forms (chosen with probabilities 0.25, 0.25, 0.15, 0.15, 0.2):
 * <ol>
 *   <li>[opener] the NOUN was [ADVERB] ADJECTIVE — the adjective's polarity</li>
 *   <li>[opener] the NOUN was not [ADVERB] ADJECTIVE — the opposite</li>
 *   <li>[opener] i [ADVERB] VERB the NOUN — the verb's polarity</li>
 *   <li>[opener] i did not VERB the NOUN — the opposite</li>
 *   <li>the NOUN was ADJECTIVE but the NOUN was [not] ADJECTIVE, the two clauses of opposite polarity — the second
 *   clause's polarity</li>
 * </ol>
 * Bracketed words appear with probability 0.4 each.
 */
final class SentenceGenerator {

    static final List<String> NOUNS = List.of("movie", "film", "plot", "acting", "story", "ending", "music", "cast",
            "script", "dialogue", "soundtrack", "direction", "pacing", "camera", "humour", "finale");
    static final List<String> GOOD = List.of("good", "great", "wonderful", "brilliant", "superb", "enjoyable",
            "charming", "moving", "clever", "delightful", "fantastic", "excellent", "gripping", "beautiful");
    static final List<String> BAD = List.of("bad", "awful", "boring", "dull", "terrible", "weak", "clumsy",
            "tedious", "poor", "messy", "forgettable", "disappointing", "predictable", "painful");
    static final List<String> LIKE = List.of("loved", "liked", "enjoyed", "adored", "admired", "recommend");
    static final List<String> DISLIKE = List.of("hated", "disliked", "loathed", "resented", "regret", "detested");
    static final List<String> ADVERBS = List.of("really", "very", "quite", "truly", "rather", "so", "extremely");
    static final List<String> OPENERS = List.of("honestly", "overall", "frankly", "sadly", "luckily", "well");

    /** A review and whether it is positive. */
    record Sentence(List<String> words, boolean positive) {
        String text() {
            return String.join(" ", words);
        }
    }

    private final Random random;

    SentenceGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Every word any review can contain, in a fixed order. */
    static List<String> words() {
        Set<String> all = new LinkedHashSet<>(List.of("the", "was", "not", "i", "did", "but"));
        for (List<String> list : List.of(NOUNS, GOOD, BAD, LIKE, DISLIKE, ADVERBS, OPENERS)) {
            all.addAll(list);
        }
        return List.copyOf(all);
    }

    /** {@code count} distinct reviews, half positive and half negative, alternating. */
    List<Sentence> distinct(int count) {
        Set<String> seen = new LinkedHashSet<>();
        List<Sentence> sentences = new ArrayList<>(count);
        while (sentences.size() < count) {
            boolean wantPositive = sentences.size() % 2 == 0;
            Sentence s = next();
            if (s.positive() == wantPositive && seen.add(s.text())) {
                sentences.add(s);
            }
        }
        return sentences;
    }

    Sentence next() {
        List<String> words = new ArrayList<>();
        double form = random.nextDouble();
        if (form < 0.5) {
            boolean negated = form >= 0.25;
            maybe(words, OPENERS);
            boolean good = random.nextBoolean();
            words.addAll(List.of("the", pick(NOUNS), "was"));
            if (negated) {
                words.add("not");
            }
            maybe(words, ADVERBS);
            words.add(pick(good ? GOOD : BAD));
            return new Sentence(words, good != negated);
        }
        if (form < 0.8) {
            boolean negated = form >= 0.65;
            maybe(words, OPENERS);
            boolean likes = random.nextBoolean();
            words.add("i");
            if (negated) {
                words.addAll(List.of("did", "not"));
            } else {
                maybe(words, ADVERBS);
            }
            words.addAll(List.of(pick(likes ? LIKE : DISLIKE), "the", pick(NOUNS)));
            return new Sentence(words, likes != negated);
        }
        boolean firstGood = random.nextBoolean();
        words.addAll(List.of("the", pick(NOUNS), "was", pick(firstGood ? GOOD : BAD), "but", "the", pick(NOUNS),
                "was"));
        // The second clause must read the other way round, either directly or through "not".
        boolean negated = random.nextBoolean();
        if (negated) {
            words.add("not");
        }
        boolean secondAdjectiveGood = negated == firstGood;
        words.add(pick(secondAdjectiveGood ? GOOD : BAD));
        return new Sentence(words, !firstGood);
    }

    private void maybe(List<String> words, List<String> choices) {
        if (random.nextDouble() < 0.4) {
            words.add(pick(choices));
        }
    }

    private String pick(List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
