package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.analysis.AnalysisLimits;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NativeMemoryLimitsTest {

    @Test
    void theRuntimeLimitsFitTheNativeBudgetAndAreNeverLooserThanTheDefaults() {
        AnalysisLimits runtime = NativeMemoryLimits.fromRuntime();
        assertThat(runtime.maxParams()).isLessThanOrEqualTo(AnalysisLimits.defaults().maxParams());
        assertThat(runtime.maxParams()).isLessThanOrEqualTo(Pointer.maxBytes() / 2 / AnalysisLimits.BYTES_PER_PARAM);
    }
}
