package dev.deepcanvas.bench.throughput;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PyTorch's one-thread figures are one thread's, OpenBLAS's own threads included, and every run keeps the memory
 * PyTorch frees.
 */
class PyTorchReferenceTest {

    @Test
    void oneThreadLimitsOpenBlasAndOpenMpAlike() {
        assertThat(PyTorchReference.environments(1))
                .containsExactly(keepingMemory(Map.of("OMP_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "1")));
    }

    @Test
    void twoThreadsTryTheInheritedEnvironmentAndOneOpenMpThread() {
        assertThat(PyTorchReference.environments(2))
                .containsExactly(keepingMemory(Map.of()), keepingMemory(Map.of("OMP_NUM_THREADS", "1")));
    }

    @Test
    void glibcKeepsBlocksUpToItsLargestThresholdAndNeverTrims() {
        assertThat(PyTorchReference.KEEP_MEMORY).containsEntry("MALLOC_MMAP_THRESHOLD_", "33554432")
                .containsEntry("MALLOC_TRIM_THRESHOLD_", "1099511627776");
        assertThat(PyTorchReference.keptMemorySettings())
                .isEqualTo("MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=1099511627776");
    }

    private static Map<String, String> keepingMemory(Map<String, String> environment) {
        Map<String, String> expected = new HashMap<>(environment);
        expected.put("MALLOC_MMAP_THRESHOLD_", "33554432");
        expected.put("MALLOC_TRIM_THRESHOLD_", "1099511627776");
        return expected;
    }
}
