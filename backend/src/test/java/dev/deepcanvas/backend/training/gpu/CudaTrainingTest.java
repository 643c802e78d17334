package dev.deepcanvas.backend.training.gpu;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GPU worker trains: with the CUDA build (-Pcuda) on a machine with an NVIDIA GPU, a run goes through the job engine
 * and the training loop exactly as on the CPU, on ND4J's CUDA back end, reaches the usual accuracy and records that
 * back end in its provenance. Skipped, saying why, in the CPU build or without a GPU.
 */
@ExtendWith(GpuPresent.class)
class CudaTrainingTest extends ServiceTest {

    @Autowired
    Runs helper;

    @Test
    void aRunTrainsOnTheGpuAndSaysSo() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(60));

        RunSummary done = helper.awaitTerminal(run.id());

        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.accuracy()).isGreaterThanOrEqualTo(0.9);
        assertThat(done.provenance().backend()).startsWith("JCublasBackend");
    }
}
