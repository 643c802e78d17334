package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.NotSignedInException;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sample grids of a GAN run are part of the run: only its owner sees them. Training a GAN takes minutes, so the
 * run row and its grid files are written here the way a GAN job leaves them.
 */
class GanSamplesAccessTest extends ServiceTest {

    @Autowired
    GanSamples samples;
    @Autowired
    RunFiles files;
    @Autowired
    RunRepository runs;
    @Autowired
    AccountService accounts;

    @Test
    void onlyTheOwnerListsAndReadsAPrivateRunsGrids() throws Exception {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "gan-owner");
        AccountPrincipal other = SignedIn.newAccount(accounts, "gan-other");
        long runId = ganRunOwnedBy(owner);
        byte[] grid = SampleGrid.png(Nd4j.rand(4, 1, 28, 28), 2);
        Files.createDirectories(files.ganSamples(runId));
        Files.write(files.ganSample(runId, 2), grid);
        Files.write(files.ganSample(runId, 1), grid);
        Files.writeString(files.ganSamples(runId).resolve("notes.txt"), "not a grid");

        SignedIn.as(owner);
        assertThat(samples.epochs(runId)).containsExactly(1, 2);
        assertThat(samples.png(runId, 2)).isEqualTo(grid);
        assertThatThrownBy(() -> samples.png(runId, 3)).isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("no sample grid for epoch 3");

        SignedIn.as(other);
        String missing = catchMessage(() -> samples.epochs(Long.MAX_VALUE));
        assertThat(catchMessage(() -> samples.epochs(runId))).isEqualTo(missing.replace(
                String.valueOf(Long.MAX_VALUE), String.valueOf(runId)));
        assertThatThrownBy(() -> samples.png(runId, 1)).isInstanceOf(RunNotFoundException.class);

        SignedIn.anonymous();
        assertThatThrownBy(() -> samples.epochs(runId)).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> samples.png(runId, 1)).isInstanceOf(NotSignedInException.class);
    }

    @Test
    void aRunThatIsNotAGanHasNoGrids() {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "gan-none");
        long runId = ganRunOwnedBy(owner);
        SignedIn.as(owner);
        assertThat(samples.epochs(runId)).isEmpty();
    }

    private long ganRunOwnedBy(AccountPrincipal owner) {
        RunEntity entity = new RunEntity(null, null, "Digit GAN", "{}", "mnist", "{}", 1, 2, Instant.now(), "GAN");
        entity.assignOwner(owner.id());
        entity.finish(RunStatus.SUCCEEDED, null, 0.6, Instant.now());
        return runs.save(entity).getId();
    }

    private static String catchMessage(Runnable action) {
        try {
            action.run();
        } catch (RunNotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the run to be reported missing");
    }
}
