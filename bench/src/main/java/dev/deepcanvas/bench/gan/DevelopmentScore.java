package dev.deepcanvas.bench.gan;

import dev.deepcanvas.backend.training.gan.SampleGrid;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.bench.quality.GanFigures;
import dev.deepcanvas.bench.quality.GanInstrument;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A GAN design's figures on the development instrument: {@value GanInstrument#SAMPLES} samples from the development
 * noise seed, judged by the development judge (accepted, as the class asked for when conditional; per class; per
 * colour; Fréchet distance), printed beside the same figures for the instrument's reference sets, and a grid of the
 * first 100 samples. For pictures, also the size and place of the drawn objects beside held-out real ones
 * ({@link ObjectExtent}).
 */
final class DevelopmentScore {

    static final long NOISE_SEED = 20_261_126L;

    private DevelopmentScore() {
    }

    /** @param heldOut real pictures the generator never learnt from, to compare the drawn objects with */
    static void print(String label, GanInstrument instrument, TrainedGenerator generator, INDArray heldOut,
                      Path folder) throws IOException {
        INDArray samples = generator.draw(GanInstrument.SAMPLES, NOISE_SEED);
        GanFigures figures = instrument.measure(samples, generator.askedFor(GanInstrument.SAMPLES));
        Files.createDirectories(folder);
        Path grid = folder.resolve(label + ".png");
        Files.write(grid, SampleGrid.png(samples.get(NDArrayIndex.interval(0, 100)), 10));
        System.out.println(header(instrument));
        System.out.println(row(label, figures));
        for (Map.Entry<String, GanFigures> reference : instrument.references(generator.classes() > 0).entrySet()) {
            System.out.println(row("(" + reference.getKey() + ")", reference.getValue()));
        }
        System.out.println("grid of the first 100 samples: " + grid);
        if (samples.rank() == 4 && heldOut.rank() == 4) {
            INDArray real = heldOut.get(NDArrayIndex.interval(0, Math.min(heldOut.size(0), GanInstrument.SAMPLES)));
            System.out.println("drawn objects, samples:  " + ObjectExtent.of(samples).describe());
            System.out.println("drawn objects, held-out: " + ObjectExtent.of(real).describe());
        }
    }

    static String header(GanInstrument instrument) {
        return "| samples | accepted" + " | per class (" + String.join(" ", instrument.classNames()) + ")"
                + (instrument.colourNames().isEmpty() ? "" : " | per colour (" + String.join(" ",
                instrument.colourNames()) + ")") + " | Fréchet distance |";
    }

    static String row(String label, GanFigures f) {
        return String.format(Locale.ROOT, "| %s | %.1f%% | %s |%s %.2f |", label, 100 * f.accepted(),
                percents(f.perClass()), f.perColour().isEmpty() ? "" : " " + percents(f.perColour()) + " |",
                f.frechet());
    }

    private static String percents(List<Double> shares) {
        StringBuilder out = new StringBuilder();
        for (double share : shares) {
            out.append(out.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%.1f", 100 * share));
        }
        return out.toString();
    }
}
