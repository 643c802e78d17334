package dev.deepcanvas.app.runs;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines up generated output with its reference, position by position, so the page can mark what the model got
 * right: words for translations and captions (a right word in the wrong place is wrong, as the sequence accuracy
 * counts it), single characters for text a character model writes.
 */
final class TokenMatch {

    /** One generated token, whether the reference has the same token at its position, and what follows it. */
    record Piece(String text, boolean matches, String separator) {
    }

    private TokenMatch() {
    }

    static List<Piece> compare(String reference, String generated, boolean characters) {
        List<String> expected = tokens(reference, characters);
        List<String> written = tokens(generated, characters);
        List<Piece> pieces = new ArrayList<>(written.size());
        for (int i = 0; i < written.size(); i++) {
            boolean same = i < expected.size() && expected.get(i).equals(written.get(i));
            pieces.add(new Piece(written.get(i), same, characters || i == written.size() - 1 ? "" : " "));
        }
        return pieces;
    }

    private static List<String> tokens(String text, boolean characters) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        if (characters) {
            return text.codePoints().mapToObj(Character::toString).toList();
        }
        return List.of(text.trim().split("\\s+"));
    }
}
