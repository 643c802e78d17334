package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.training.RunAccess;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.run.RunFiles;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The sample grids of GAN runs, for the strip of pictures over time: one 10 × 10 grid per finished epoch, from
 * the same noise each epoch. Readable while the run trains (a grid appears as soon as its epoch ends).
 * <p>
 * Only the run's owner may see them, as with every other part of a run: another user's run answers exactly like a
 * missing one. Callers get epochs and bytes, never where the files are.
 */
@Service
public class GanSamples {

    private static final Pattern GRID_FILE = Pattern.compile("epoch-(\\d+)\\.png");

    private final RunFiles files;
    private final RunAccess access;

    GanSamples(RunFiles files, RunAccess access) {
        this.files = files;
        this.access = access;
    }

    /**
     * The epochs that have a grid, oldest first; empty for runs that are not GANs or have not finished an epoch.
     *
     * @throws RunNotFoundException when there is no such run or it is not the caller's
     */
    public List<Integer> epochs(long runId) {
        access.accessible(runId);
        Path folder = files.ganSamples(runId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Integer> epochs = new ArrayList<>();
        try (Stream<Path> pngs = Files.list(folder)) {
            for (Path png : pngs.toList()) {
                Matcher name = GRID_FILE.matcher(png.getFileName().toString());
                if (name.matches()) {
                    epochs.add(Integer.parseInt(name.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the sample grids of run " + runId, e);
        }
        epochs.sort(null);
        return epochs;
    }

    /**
     * The PNG bytes of one epoch's grid.
     *
     * @throws RunNotFoundException      when there is no such run or it is not the caller's
     * @throws TrainingRejectedException when the run has no grid for that epoch
     */
    public byte[] png(long runId, int epoch) {
        access.accessible(runId);
        Path png = files.ganSample(runId, epoch);
        if (!Files.isRegularFile(png)) {
            throw new TrainingRejectedException(List.of("Run #" + runId + " has no sample grid for epoch " + epoch
                    + ": grids exist only for GAN runs, one per finished epoch."));
        }
        try {
            return Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the sample grid of epoch " + epoch + " of run " + runId, e);
        }
    }
}
