package dev.deepcanvas.graph.dl4j;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A run alone gets every core; runs at once share them evenly; the user's number wins within the cores there are. */
class CoreBudgetTest {

    @Test
    void aRunAloneGetsEveryCoreAndRunsAtOnceShareThem() {
        assertThat(new CoreBudget(2, 1, OptionalInt.empty()).threadsPerRun()).isEqualTo(2);
        assertThat(new CoreBudget(2, 2, OptionalInt.empty()).threadsPerRun()).isEqualTo(1);
        assertThat(new CoreBudget(16, 3, OptionalInt.empty()).threadsPerRun()).isEqualTo(5);
        assertThat(new CoreBudget(2, 5, OptionalInt.empty()).threadsPerRun()).as("never none").isEqualTo(1);
    }

    @Test
    void theUsersNumberWinsWithinTheCores() {
        assertThat(new CoreBudget(2, 1, OptionalInt.of(1)).threadsPerRun()).isEqualTo(1);
        assertThat(new CoreBudget(2, 2, OptionalInt.of(2)).threadsPerRun()).isEqualTo(2);
        assertThat(new CoreBudget(2, 1, OptionalInt.of(64)).threadsPerRun()).isEqualTo(2);
        assertThat(new CoreBudget(2, 1, OptionalInt.of(0)).threadsPerRun()).isEqualTo(1);
    }

    @Test
    void theOverrideIsReadFromTheSystemProperty() {
        String before = System.getProperty(NativeBackend.THREADS);
        try {
            System.setProperty(NativeBackend.THREADS, "1");
            assertThat(CoreBudget.of(1).override()).hasValue(1);
            System.clearProperty(NativeBackend.THREADS);
            if (System.getenv("OMP_NUM_THREADS") == null) {
                assertThat(CoreBudget.of(1).threadsPerRun()).isEqualTo(Runtime.getRuntime().availableProcessors());
            }
        } finally {
            if (before == null) {
                System.clearProperty(NativeBackend.THREADS);
            } else {
                System.setProperty(NativeBackend.THREADS, before);
            }
        }
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new CoreBudget(0, 1, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cores");
        assertThatThrownBy(() -> new CoreBudget(2, 0, OptionalInt.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs at once");
    }
}
