package dev.deepcanvas.bench.quality;

import java.util.List;

/**
 * What a set of generated pictures is worth, as {@link GanInstrument} measures it; reference sets (real held-out
 * pictures, noise, a collapsed generator) are measured the same way, so that each figure can be read against them.
 *
 * @param samples   how many pictures were judged
 * @param accepted  the share the strict judge accepts: for a conditional generator only as the class it was asked
 *                  for, for an ordinary one as any class
 * @param perClass  for each class, the share of all pictures accepted as that class (and, when conditional, asked
 *                  for it)
 * @param perColour for colour data, the share of all pictures whose object is read as each colour
 *                  ({@link ColourReader}); empty otherwise
 * @param frechet   the Fréchet distance between the judge's features of these pictures and of the held-out
 *                  reference pictures ({@link FrechetDistance})
 */
public record GanFigures(int samples, double accepted, List<Double> perClass, List<Double> perColour,
                         double frechet) {

    public GanFigures {
        perClass = List.copyOf(perClass);
        perColour = List.copyOf(perColour);
    }

    /** The rarest class's share: a collapsed generator leaves some class near zero. */
    public double classCoverage() {
        return perClass.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    /** The rarest colour's share; NaN for data without colours. */
    public double colourCoverage() {
        return perColour.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }
}
