package dev.deepcanvas.backend.inside;

/**
 * A sheet of pictures from fresh noise (the noise of {@code seed}), all asked for one class when the generator is
 * conditional: what the generator makes of that class, picture after picture.
 *
 * @param classIndex the class asked for; null for an ordinary GAN
 * @param className  its name; null for an ordinary GAN
 */
public record ClassSamples(long seed, Integer classIndex, String className, GeneratedPictures pictures) {
}
