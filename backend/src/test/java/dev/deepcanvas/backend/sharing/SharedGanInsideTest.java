package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.NoiseInterpolation;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.gan.GanSamples;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A shared GAN run through its link: the generator draws for the visitor what it draws for the owner. */
class SharedGanInsideTest extends ServiceTest {

    @Autowired
    SharedInside shared;
    @Autowired
    SharingService sharing;
    @Autowired
    GraphService graphs;
    @Autowired
    GanInsideService gan;
    @Autowired
    GanSamples samples;
    @Autowired
    AccountService accounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    RunLauncher launcher;
    @Autowired
    Runs helper;

    @Test
    void aVisitorAsksTheSharedGeneratorForThePicturesItDrawsForItsOwner() throws Exception {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "shared-gan-owner");
        SignedIn.as(owner);
        GraphDocument digits;
        try (var in = getClass().getResourceAsStream(
                "/dev/deepcanvas/backend/training/gan/unconditional-digit-gan.graph.json")) {
            digits = GraphJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        SavedGraph graph = graphs.create(digits);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(graph.id(), graph.version(), graph.document(),
                MnistDataset.ID, RunOptions.none().withEpochs(1).withBatchSize(256)));
        RunSummary done = helper.awaitTerminal(run.id(), Duration.ofMinutes(5));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        String token = sharing.shareLink(graph.id(), true).shareToken();
        NoiseInterpolation owners = gan.interpolate(run.id(), 5, 6, null);
        byte[] ownersGrid = samples.png(run.id(), 1);

        SignedIn.anonymous();
        assertThat(shared.open(token, run.id()).gan()).isTrue();
        assertThat(shared.generatorFacts(token, run.id()).noiseSize()).isGreaterThan(0);
        NoiseInterpolation seen = shared.interpolate(token, run.id(), 5, 6, null, List.of());
        assertThat(seen.pictures().count()).isEqualTo(GanInsideService.STEPS);
        for (int picture = 0; picture < GanInsideService.STEPS; picture++) {
            assertThat(seen.pictures().png(picture)).as("picture " + picture)
                    .isEqualTo(owners.pictures().png(picture));
        }
        assertThat(shared.samples(token, run.id(), null, List.of(), 9).pictures().count()).isEqualTo(GanInsideService.SAMPLES);
        assertThat(shared.generatorLayers(token, run.id(), 5, 6, 0, null, List.of()).layers()).isNotEmpty();
        assertThat(shared.sampleEpochs(token, run.id())).containsExactly(1);
        assertThat(shared.samplePng(token, run.id(), 1)).isEqualTo(ownersGrid);
        assertThat(currentUser.id()).as("still anonymous afterwards").isEmpty();
    }
}
