package dev.deepcanvas.app.runs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GanClassesTextTest {

    @Test
    void namesTheClassesInTurnAndSaysWhenEachColumnHoldsOne() {
        assertThat(GanResultView.classesInTheGrids(List.of("circle", "square", "triangle", "diamond", "cross")))
                .contains("circle, square, triangle, diamond, cross, then again")
                .endsWith("each column holds one class.");
        assertThat(GanResultView.classesInTheGrids(List.of("a", "b", "c")))
                .endsWith("a, b, c, then again.");
    }
}
