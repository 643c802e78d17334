package dev.deepcanvas.app.runs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TokenMatchTest {

    @Test
    void wordsMatchOnlyAtTheirPosition() {
        List<TokenMatch.Piece> pieces = TokenMatch.compare("small red circle", "small circle red", false);
        assertThat(pieces).extracting(TokenMatch.Piece::text).containsExactly("small", "circle", "red");
        assertThat(pieces).extracting(TokenMatch.Piece::matches).containsExactly(true, false, false);
        assertThat(pieces).extracting(TokenMatch.Piece::separator).containsExactly(" ", " ", "");
    }

    @Test
    void aLongerOutputThanTheReferenceMissesBeyondItsEnd() {
        assertThat(TokenMatch.compare("4 0", "4 0 2", false)).extracting(TokenMatch.Piece::matches)
                .containsExactly(true, true, false);
        assertThat(TokenMatch.compare("4 0", "", false)).isEmpty();
    }

    @Test
    void freeTextIsComparedCharacterByCharacter() {
        List<TokenMatch.Piece> pieces = TokenMatch.compare("the cat", "thy cat", true);
        assertThat(pieces).hasSize(7);
        assertThat(pieces).extracting(TokenMatch.Piece::matches)
                .containsExactly(true, true, false, true, true, true, true);
        assertThat(pieces).extracting(TokenMatch.Piece::separator).containsOnly("");
    }
}
