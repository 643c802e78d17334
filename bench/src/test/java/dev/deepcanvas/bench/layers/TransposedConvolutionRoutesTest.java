package dev.deepcanvas.bench.layers;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TransposedConvolutionRoutesTest {

    @BeforeAll
    static void backend() {
        NativeBackend.configure();
        Nd4j.create(1);
    }

    @Test
    void theGalleryTransposedConvolutionsAreFoundWithTheShapesTheyTake() {
        List<String> layers = TransposedConvolutionRoutes.gallery().stream().map(TransposedConvolution::describe)
                .toList();

        assertThat(layers).contains(
                "dcgan-shapes up1: 32 → 64 channels, 8×8 → 16×16, batch 32",
                "dcgan-shapes up2: 64 → 32 channels, 16×16 → 32×32, batch 32");
    }

    @Test
    void bothRoutesComputeTheSameTransposedConvolutionAndGradients() {
        TransposedConvolution small = new TransposedConvolution("test", "up", 3, 4, 2, 5, 4, 2);
        TransposedConvolutionRoutes.Routes routes = new TransposedConvolutionRoutes.Routes(small, 7L);

        assertThat(routes.largestRelativeDifference()).isLessThan(1e-5);
        assertThat(routes.forwardB.amaxNumber().doubleValue()).isGreaterThan(0.0);
        assertThat(routes.inputGradientB.amaxNumber().doubleValue()).isGreaterThan(0.0);
        assertThat(routes.weightGradientB.amaxNumber().doubleValue()).isGreaterThan(0.0);
    }
}
