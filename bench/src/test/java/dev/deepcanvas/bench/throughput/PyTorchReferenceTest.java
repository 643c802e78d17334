package dev.deepcanvas.bench.throughput;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PyTorch's one-thread figures are one thread's, OpenBLAS's own threads included. */
class PyTorchReferenceTest {

    @Test
    void oneThreadLimitsOpenBlasAndOpenMpAlike() {
        assertThat(PyTorchReference.environments(1))
                .containsExactly(Map.of("OMP_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "1"));
    }

    @Test
    void twoThreadsTryTheInheritedEnvironmentAndOneOpenMpThread() {
        assertThat(PyTorchReference.environments(2)).containsExactly(Map.of(), Map.of("OMP_NUM_THREADS", "1"));
    }
}
