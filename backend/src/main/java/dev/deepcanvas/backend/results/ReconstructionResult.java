package dev.deepcanvas.backend.results;

/**
 * An autoencoder's held-out evaluation: how far its pictures are from the pictures it was shown, beside the
 * simplest answer that ignores the input, the mean training picture, so that the error can be read.
 *
 * @param examples         held-out pictures
 * @param meanSquaredError its squared error per pixel, averaged over every pixel of every held-out picture
 * @param meanPictureError the same error for always answering with the mean training picture
 */
public record ReconstructionResult(int examples, double meanSquaredError, double meanPictureError) {

    /** Its error as a share of the mean picture's: 1 means it learnt nothing about the input, 0 a perfect copy. */
    public double errorShare() {
        return meanPictureError > 0 ? meanSquaredError / meanPictureError : Double.NaN;
    }
}
