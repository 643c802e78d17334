package dev.deepcanvas.backend.inside;

/**
 * One word of the example and how much it sways the chosen output.
 *
 * @param word         the word as written (typed, or in the dataset's text) where known, else as the model reads it
 * @param readAs       the vocabulary's token the model reads at its step ({@code <unk>} for a word it never
 *                     learned); null for a word that was cut
 * @param step         its time step in the model's input; -1 for a word that was cut
 * @param role         whether it was read, is padding, or was cut
 * @param influence    gradient × embedding summed over the embedding's units (signed: positive pushes the output
 *                     up); null unless read
 * @param gradientNorm the length of the gradient at its word vector; null unless read
 */
public record WordInfluence(String word, String readAs, int step, WordRole role, Double influence,
                            Double gradientNorm) {

    public WordInfluence {
        if ((role == WordRole.READ) != (influence != null && gradientNorm != null)) {
            throw new IllegalArgumentException("only a word that was read has a saliency: " + word + " is " + role);
        }
    }

    static WordInfluence read(String word, String readAs, int step, double influence, double gradientNorm) {
        return new WordInfluence(word, readAs, step, WordRole.READ, influence, gradientNorm);
    }

    static WordInfluence unscored(String word, String readAs, int step, WordRole role) {
        return new WordInfluence(word, readAs, step, role, null, null);
    }

    public boolean isRead() {
        return role == WordRole.READ;
    }
}
