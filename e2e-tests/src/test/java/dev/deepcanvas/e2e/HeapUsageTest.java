package dev.deepcanvas.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The footprint benchmark reads jcmd's text; a change of that format should fail here, not skew a figure. */
class HeapUsageTest {

    @Test
    void readsTheG1HeapLineAndIgnoresMetaspace() {
        String g1 = """
                14645:
                 garbage-first heap   total 14336K, used 2885K [0x0000000080000000, 0x0000000100000000)
                  region size 1024K, 0 young (0K), 0 survivors (0K)
                 Metaspace       used 8910K, committed 9088K, reserved 1114112K
                  class space    used 1062K, committed 1152K, reserved 1048576K
                """;
        assertThat(HeapUsage.parseUsedBytes(g1)).isEqualTo(2885L * 1024);
    }

    @Test
    void addsUpTheGenerationsOfTheSerialCollector() {
        String serial = """
                4242:
                 def new generation   total 4928K, used 372K [0x00000000e0000000, 0x00000000e0550000, 0x00000000eaaa0000)
                  eden space 4416K,   8% used [0x00000000e0000000, 0x00000000e005d0a8, 0x00000000e0450000)
                 tenured generation   total 10944K, used 1000K [0x00000000eaaa0000, 0x00000000eb550000, 0x0000000100000000)
                 Metaspace       used 6000K, committed 6144K, reserved 1056768K
                """;
        assertThat(HeapUsage.parseUsedBytes(serial)).isEqualTo(1372L * 1024);
    }

    @Test
    void refusesOutputWithoutAHeapLine() {
        assertThatThrownBy(() -> HeapUsage.parseUsedBytes("4242:\nAttach failed\n"))
                .isInstanceOf(IllegalStateException.class);
    }
}
