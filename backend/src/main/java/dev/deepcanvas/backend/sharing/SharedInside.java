package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.inside.ClassSamples;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.GeneratorFacts;
import dev.deepcanvas.backend.inside.GeneratorLayers;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.inside.LearnedFilters;
import dev.deepcanvas.backend.inside.NoiseInterpolation;
import dev.deepcanvas.backend.inside.SaliencyMap;
import dev.deepcanvas.backend.inside.WordSaliency;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.gan.GanSamples;
import dev.deepcanvas.db.run.RunEntity;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Optional;

/**
 * The Inside view for whoever holds a share link: the same readings as {@link InsideService} and
 * {@link GanInsideService} give the run's owner, for exactly the runs the link shows (see {@link SharedRunGrant}).
 * Every call checks the link again, so a link turned off stops working on the open page too. Nothing here writes:
 * a link holder's pictures, sentences and seeds are shown and forgotten, never kept with the owner's run.
 *
 * @see SharedRunRefusedException for the one answer to every link that does not show the run
 */
@Service
public class SharedInside {

    private final SharedRunGrant grant;
    private final InsideService inside;
    private final GanInsideService ganInside;
    private final GanSamples ganSamples;
    private final AccountService accounts;
    private final DatasetService datasets;

    SharedInside(SharedRunGrant grant, InsideService inside, GanInsideService ganInside, GanSamples ganSamples,
                 AccountService accounts, DatasetService datasets) {
        this.grant = grant;
        this.inside = inside;
        this.ganInside = ganInside;
        this.ganSamples = ganSamples;
        this.accounts = accounts;
        this.datasets = datasets;
    }

    /**
     * The run the link shows, to head its page.
     *
     * @throws SharedRunRefusedException when the link does not show it
     */
    public SharedModel open(String token, long runId) {
        SharedRunGrant.Granted granted = grant.check(token, runId);
        RunEntity run = granted.run();
        Long owner = granted.graph().getOwnerId();
        SharedRun shown = new SharedRun(run.getId(), run.getDatasetId(),
                datasets.titleOwnedBy(run.getDatasetId(), owner), "Succeeded", run.getEpochsCompleted(),
                run.getFinalLoss(), run.getAccuracy(), run.getCreatedAt());
        return new SharedModel(shown, granted.graph().getName(), accounts.displayName(owner),
                TaskKind.GAN.name().equals(run.getTask()));
    }

    public int exampleCount(String token, long runId) {
        return grant.read(token, runId, () -> inside.exampleCount(runId));
    }

    public Optional<LearnedFilters> firstFilters(String token, long runId) {
        return grant.read(token, runId, () -> inside.firstFilters(runId));
    }

    /** As {@link InsideService#ownPictureShape}: empty also when the link no longer shows the run. */
    public Optional<List<Long>> ownPictureShape(String token, long runId) {
        try {
            return grant.read(token, runId, () -> inside.ownPictureShape(runId));
        } catch (SharedRunRefusedException gone) {
            return Optional.empty();
        }
    }

    /** As {@link InsideService#acceptsSentences}: false also when the link no longer shows the run. */
    public boolean acceptsSentences(String token, long runId) {
        try {
            return grant.read(token, runId, () -> inside.acceptsSentences(runId));
        } catch (SharedRunRefusedException gone) {
            return false;
        }
    }

    public InsideExample look(String token, long runId, int index) {
        return grant.read(token, runId, () -> inside.look(runId, index));
    }

    public SaliencyMap saliency(String token, long runId, int index, int unit, boolean score) {
        return grant.read(token, runId, () -> inside.saliency(runId, index, unit, score));
    }

    public InsideExample lookAtPicture(String token, long runId, INDArray picture) {
        return grant.read(token, runId, () -> inside.lookAtPicture(runId, picture));
    }

    public SaliencyMap saliencyOfPicture(String token, long runId, INDArray picture, int unit, boolean score) {
        return grant.read(token, runId, () -> inside.saliencyOfPicture(runId, picture, unit, score));
    }

    public InsideExample lookAtSentence(String token, long runId, String sentence) {
        return grant.read(token, runId, () -> inside.lookAtSentence(runId, sentence));
    }

    public WordSaliency wordSaliency(String token, long runId, int index, int unit, boolean score) {
        return grant.read(token, runId, () -> inside.wordSaliency(runId, index, unit, score));
    }

    public WordSaliency wordSaliencyOfSentence(String token, long runId, String sentence, int unit, boolean score) {
        return grant.read(token, runId, () -> inside.wordSaliencyOfSentence(runId, sentence, unit, score));
    }

    public GeneratorFacts generatorFacts(String token, long runId) {
        return grant.read(token, runId, () -> ganInside.facts(runId));
    }

    public NoiseInterpolation interpolate(String token, long runId, long fromSeed, long toSeed, Integer classIndex,
                                          List<Integer> attributeValues) {
        return grant.read(token, runId, () -> ganInside.interpolate(runId, fromSeed, toSeed, classIndex,
                attributeValues));
    }

    public ClassSamples samples(String token, long runId, Integer classIndex, List<Integer> attributeValues,
                                long seed) {
        return grant.read(token, runId, () -> ganInside.samples(runId, classIndex, attributeValues, seed));
    }

    public GeneratorLayers generatorLayers(String token, long runId, long fromSeed, long toSeed, int step,
                                           Integer classIndex, List<Integer> attributeValues) {
        return grant.read(token, runId, () -> ganInside.layers(runId, fromSeed, toSeed, step, classIndex,
                attributeValues));
    }

    /** The epochs of a GAN run that have a sample grid, oldest first (see {@link GanSamples#epochs}). */
    public List<Integer> sampleEpochs(String token, long runId) {
        return grant.read(token, runId, () -> ganSamples.epochs(runId));
    }

    /**
     * One epoch's sample grid as PNG bytes.
     *
     * @throws InsideRejectedException when the link does not show the run or the run has no grid for that epoch
     */
    public byte[] samplePng(String token, long runId, int epoch) {
        try {
            return grant.read(token, runId, () -> ganSamples.png(runId, epoch));
        } catch (TrainingRejectedException noGrid) {
            throw new InsideRejectedException(noGrid.getMessage());
        }
    }
}
