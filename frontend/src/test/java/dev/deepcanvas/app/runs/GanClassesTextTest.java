package dev.deepcanvas.app.runs;

import dev.deepcanvas.backend.dataset.DatasetAttribute;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GanClassesTextTest {

    @Test
    void namesTheClassesInTurnAndSaysWhenEachColumnHoldsOne() {
        assertThat(GanResultView.classesInTheGrids(List.of("circle", "square", "triangle", "diamond", "cross"),
                List.of()))
                .contains("circle, square, triangle, diamond, cross, then again")
                .endsWith("each column holds one class.");
        assertThat(GanResultView.classesInTheGrids(List.of("a", "b", "c"), List.of()))
                .endsWith("a, b, c, then again.");
    }

    @Test
    void saysHowTheColourMovesOnInTheGridsOfAGeneratorToldTheColour() {
        assertThat(GanResultView.classesInTheGrids(List.of("circle", "square", "triangle", "diamond", "cross"),
                List.of(new DatasetAttribute("colour", List.of("red", "green", "blue", "yellow", "white")))))
                .startsWith("A conditional GAN told the colour as well as the class")
                .contains("each column holds one class.")
                .contains("The colour moves on each time the classes have gone round (red, green, blue, yellow, "
                        + "white, then again)");
    }

    @Test
    void saysHowEachAttributeMovesOnWhenTheGeneratorIsToldSeveral() {
        assertThat(GanResultView.classesInTheGrids(List.of("circle", "square", "triangle", "diamond", "cross"),
                List.of(new DatasetAttribute("size", List.of("small", "large")),
                        new DatasetAttribute("colour", List.of("red", "green", "blue", "yellow", "white")))))
                .startsWith("A conditional GAN told the size and colour as well as the class: every sample is "
                        + "asked for a class and a value of each.")
                .endsWith("The size moves on each time the classes have gone round (small, large, then again), and "
                        + "the colour each time the sizes have gone round (red, green, blue, yellow, white, then "
                        + "again), so every combination is asked for equally often.");
    }
}
