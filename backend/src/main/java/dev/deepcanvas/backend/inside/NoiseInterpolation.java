package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * The generator's pictures along the way from one noise vector to another: the first picture is drawn from the
 * noise of {@code fromSeed}, the last from that of {@code toSeed}, the ones between from the noise in between.
 *
 * @param classIndex the class every picture was asked for; null for an ordinary GAN
 * @param className  its name; null for an ordinary GAN
 * @param fractions  how far along the way each picture's noise is, 0 to 1
 */
public record NoiseInterpolation(long fromSeed, long toSeed, Integer classIndex, String className,
                                 List<Double> fractions, GeneratedPictures pictures) {

    public NoiseInterpolation {
        fractions = List.copyOf(fractions);
    }
}
