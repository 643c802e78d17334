package dev.deepcanvas.backend.inside;

import java.util.Comparator;
import java.util.List;

/**
 * The saliency of a model that reads words, per word: the gradient of one output unit (a class's probability or
 * its score before the output's activation, or a regressor's number) with respect to the word vectors its
 * embedding layer made, reduced per word ({@link WordGradient}).
 *
 * @param unit          the output unit differentiated
 * @param unitName      its class name, or "output i" for a regressor
 * @param score         whether the unit's score before the output's activation was differentiated
 * @param embeddingNode the embedding layer whose output was differentiated
 * @param words         the example's words in reading order: any cut first, then padding, then the words read
 */
public record WordSaliency(int unit, String unitName, boolean score, String embeddingNode,
                           List<WordInfluence> words) {

    public WordSaliency {
        words = List.copyOf(words);
    }

    /** The largest size of any word's influence: the ends of the diverging key. */
    public double largest() {
        return words.stream().filter(WordInfluence::isRead).mapToDouble(w -> Math.abs(w.influence())).max()
                .orElse(0);
    }

    /** The {@code count} words read that push the output up the most, strongest first; none that do not. */
    public List<WordInfluence> strongestFor(int count) {
        return words.stream().filter(w -> w.isRead() && w.influence() > 0)
                .sorted(Comparator.comparingDouble(WordInfluence::influence).reversed()).limit(count).toList();
    }

    /** The {@code count} words read that pull the output down the most, strongest first; none that do not. */
    public List<WordInfluence> strongestAgainst(int count) {
        return words.stream().filter(w -> w.isRead() && w.influence() < 0)
                .sorted(Comparator.comparingDouble(WordInfluence::influence)).limit(count).toList();
    }
}
