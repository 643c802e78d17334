package dev.deepcanvas.graph.dl4j;

import org.junit.jupiter.api.Test;

import java.util.OptionalInt;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrainingSwitchesTest {

    @Test
    void aSwitchIsOnUnlessSetToFalseInAnyCase() {
        Properties system = new Properties();
        assertThat(TrainingSwitches.isOn(system, TrainingThreads.MEASURE)).isTrue();
        system.setProperty(TrainingThreads.MEASURE, " FALSE ");
        assertThat(TrainingSwitches.isOn(system, TrainingThreads.MEASURE)).isFalse();
        system.setProperty(TrainingThreads.MEASURE, "True");
        assertThat(TrainingSwitches.isOn(system, TrainingThreads.MEASURE)).isTrue();
    }

    @Test
    void aTypoIsRefusedWithTheNameOfTheSwitch() {
        Properties system = new Properties();
        system.setProperty(TrainingThreads.DATA_PARALLEL, "flase");
        assertThatThrownBy(() -> TrainingSwitches.check(system)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The system property deepcanvas.data-parallel is 'flase': set it to true or false.");
    }

    @Test
    void nativeThreadsMustBeAWholeNumberFromOne() {
        Properties system = new Properties();
        assertThat(TrainingSwitches.nativeThreads(system)).isEmpty();
        system.setProperty(NativeBackend.THREADS, " 3");
        assertThat(TrainingSwitches.nativeThreads(system)).isEqualTo(OptionalInt.of(3));
        for (String bad : new String[] {"0", "-2", "two", "1.5", ""}) {
            system.setProperty(NativeBackend.THREADS, bad);
            assertThatThrownBy(() -> TrainingSwitches.check(system)).as(bad)
                    .hasMessage("The system property deepcanvas.native-threads is '" + bad + "': set it to a whole "
                            + "number of threads, 1 or more.");
        }
    }

    @Test
    void settingsTrainingUnderstandsPass() {
        Properties system = new Properties();
        system.setProperty(TrainingThreads.MEASURE, "false");
        system.setProperty(TrainingThreads.DATA_PARALLEL, "true");
        system.setProperty(NativeBackend.THREADS, "2");
        TrainingSwitches.check(system);
    }
}
