package dev.deepcanvas.backend.graph;

import dev.deepcanvas.graph.analysis.AnalysisLimits;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.GraphCompiler;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyzer and compiler beans and the {@code deepcanvas.graph.limits.*} properties they are built from. */
class GraphConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GraphConfiguration.class);

    @Test
    void unsetLimitsAreTheCompilersDefaults() {
        context.run(beans -> {
            assertThat(beans.getBean(GraphAnalyzer.class).limits()).isEqualTo(AnalysisLimits.defaults());
            assertThat(beans.getBean(GraphAnalyzer.class).limits())
                    .isEqualTo(new AnalysisLimits(20_000, 50_000_000L, 2L * 1024 * 1024 * 1024));
            assertThat(beans).hasSingleBean(GraphCompiler.class);
        });
    }

    @Test
    void eachLimitCanBeSetAlone() {
        context.withPropertyValues("deepcanvas.graph.limits.max-params=1000",
                        "deepcanvas.graph.limits.max-activation-bytes=4096")
                .run(beans -> assertThat(beans.getBean(GraphAnalyzer.class).limits())
                        .isEqualTo(new AnalysisLimits(20_000, 1000, 4096)));
    }

    @Test
    void theComputeLimitsCanBeSet() {
        context.withPropertyValues("deepcanvas.graph.limits.max-multiply-adds=1000000",
                        "deepcanvas.graph.limits.max-recurrent-steps=500")
                .run(beans -> assertThat(beans.getBean(GraphAnalyzer.class).limits())
                        .isEqualTo(new AnalysisLimits(20_000, 50_000_000L, 2L * 1024 * 1024 * 1024, 1_000_000, 500)));
    }

    @Test
    void aLimitBelowOneStopsTheStartNamingTheProperty() {
        context.withPropertyValues("deepcanvas.graph.limits.max-nodes=0")
                .run(beans -> assertThat(beans).getFailure().rootCause()
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("deepcanvas.graph.limits.max-nodes must be at least 1 (it is 0); leave it unset "
                                + "for the default of 20000."));
    }
}
