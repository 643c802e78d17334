package dev.deepcanvas.backend.training;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample grids of GAN runs, for the strip of pictures over time: one 10 × 10 grid per finished epoch, from
 * the same noise each epoch. Readable while the run trains (a grid appears as soon as its epoch ends).
 */
@Service
public class GanSamples {

    /** One epoch's grid: where the PNG is, beside the run's other files. */
    public record Grid(int epoch, Path png) {
    }

    private final RunFiles files;

    GanSamples(RunFiles files) {
        this.files = files;
    }

    /** The grids of a run, oldest epoch first; empty for runs that are not GANs or have not finished an epoch. */
    public List<Grid> list(long runId) {
        Path folder = files.ganSamples(runId);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Grid> grids = new ArrayList<>();
        try (Stream<Path> pngs = Files.list(folder)) {
            for (Path png : pngs.sorted().toList()) {
                String name = png.getFileName().toString();
                if (name.matches("epoch-\\d+\\.png")) {
                    grids.add(new Grid(Integer.parseInt(name.substring(6, name.length() - 4)), png));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the sample grids of run " + runId, e);
        }
        return grids;
    }

    /**
     * The PNG bytes of one epoch's grid.
     *
     * @throws TrainingRejectedException when the run has no grid for that epoch
     */
    public byte[] png(long runId, int epoch) {
        Path png = files.ganSample(runId, epoch);
        if (!Files.isRegularFile(png)) {
            throw new TrainingRejectedException(List.of("Run #" + runId + " has no sample grid for epoch " + epoch
                    + ": grids exist only for GAN runs, one per finished epoch."));
        }
        try {
            return Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + png, e);
        }
    }
}
