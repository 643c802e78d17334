package dev.deepcanvas.bench.verify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MachineTest {

    @Test
    void theWidestVectorInstructionsNameTheKernels() {
        assertThat(Machine.widestVectors(" fpu sse sse2 avx avx2 fma avx512f avx512bw ")).isEqualTo("AVX-512");
        assertThat(Machine.widestVectors(" fpu sse sse2 avx avx2 fma ")).isEqualTo("AVX2");
        assertThat(Machine.widestVectors(" fpu sse sse2 avx ")).isEqualTo("AVX");
        assertThat(Machine.widestVectors(" fpu sse sse2 ")).isEqualTo("SSE");
    }

    @Test
    void thisMachineIsNamedWithItsKernels() {
        assertThat(Machine.here().processor()).matches(".+ \\((AVX-512|AVX2|AVX|SSE)\\)|.+ \\(.+\\)");
    }
}
