package dev.deepcanvas.backend.dataset.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextEncoderTest {

    private final Vocabulary words = new Vocabulary(List.of("<pad>", "<unk>", "good", "film", "not"));
    private final TextEncoder encoder = new TextEncoder(words, 4);

    @Test
    void wordsAreLowerCasedPaddedInFrontAndUnknownOnesNamed() {
        TextEncoder.Encoded encoded = encoder.encode("Not a GOOD film!");

        assertThat(words.decode(encoded.ids())).containsExactly("not", "<unk>", "good", "film");
        assertThat(encoded.unknownWords()).containsExactly("a");
        assertThat(encoded.wordsCut()).isZero();
        assertThat(words.decode(encoder.encode("good").ids())).containsExactly("<pad>", "<pad>", "<pad>", "good");
    }

    @Test
    void onlyTheLastWordsAreKeptAndMarkersCannotBeTyped() {
        TextEncoder.Encoded encoded = encoder.encode("film film not good film <pad>");

        assertThat(encoded.words()).endsWith("film", "pad");
        assertThat(encoded.wordsCut()).isEqualTo(2);
        assertThat(words.decode(encoded.ids())).containsExactly("not", "good", "film", "<unk>");
        assertThat(encoded.unknownWords()).containsExactly("pad");
        assertThat(encoder.encode(" ,;  ").isEmpty()).isTrue();
        assertThat(encoder.encode("a b c").hasKnownWord()).isFalse();
    }

    @Test
    void aVocabularyWithoutMarkersHasNoEncoder() {
        assertThatThrownBy(() -> new TextEncoder(new Vocabulary(List.of("a", "b")), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
