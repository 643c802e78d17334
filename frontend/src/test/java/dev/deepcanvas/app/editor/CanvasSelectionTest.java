package dev.deepcanvas.app.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CanvasSelectionTest {

    @Test
    void readsTheSelectedIdsInOrder() {
        assertThat(CanvasSelection.parse("[\"dense1\",\"input1\"]")).containsExactly("dense1", "input1");
        assertThat(CanvasSelection.parse("[]")).isEmpty();
    }

    @Test
    void anythingButAListOfIdsReadsAsNothingSelected() {
        assertThat(CanvasSelection.parse(null)).isEmpty();
        assertThat(CanvasSelection.parse("")).isEmpty();
        assertThat(CanvasSelection.parse("null")).isEmpty();
        assertThat(CanvasSelection.parse("{\"id\":\"dense1\"}")).isEmpty();
        assertThat(CanvasSelection.parse("[\"dense1\"")).isEmpty();
        assertThat(CanvasSelection.parse("[\"dense1\",null]")).containsExactly("dense1");
    }
}
