package dev.deepcanvas.backend.quality;

/**
 * The share of {@value GanJudge#SAMPLES} pictures of uniform random noise, in the format and pixel range of the
 * judge's real data, that a judge accepts. It says what a GAN's figure is worth: a judge that accepts noise as
 * often as samples cannot tell a good generator from a broken one, so a figure is only meaningful well above it.
 */
public final class NoiseBaseline {

    /** Fixed, and distinct from every seed the strict judge's non-examples use. */
    static final long SEED = 15_485_863L;

    private NoiseBaseline() {
    }

    /** @param format non-examples of the judge's data, which know its picture format and range */
    public static double of(Judge judge, NonExamplePictures format) {
        return judge.acceptedShare(format.uniformNoise(GanJudge.SAMPLES, SEED));
    }
}
