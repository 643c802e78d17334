package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A batch of activations laid out channels first, {@code [batch, channels, plane]} in one Java array, and the
 * per-channel loops of batch normalisation over it ({@link FastBatchNormHelper}). Example {@code n}'s channel
 * {@code c} is the plane of {@code plane} adjacent elements starting at {@code (n × channels + c) × plane}.
 *
 * <p>Sums over a channel run in double precision with four partial sums, which keeps their rounding far below the
 * floats' and lets the processor overlap the additions; the element-wise loops are plain multiply-adds the JIT
 * vectorises.
 */
final class Planes {

    static final int MIN_PART_ELEMENTS = 32_768;

    final int batch;
    final int channels;
    final int plane;

    Planes(int batch, int channels, int plane) {
        this.batch = batch;
        this.channels = channels;
        this.plane = plane;
    }

    /** The layout of a rank-4 channels-first array. */
    static Planes of(INDArray x) {
        return new Planes((int) x.size(0), (int) x.size(1), (int) (x.size(2) * x.size(3)));
    }

    int length() {
        return batch * channels * plane;
    }

    /**
     * The fewest channels worth handing to another thread: about {@link #MIN_PART_ELEMENTS} elements, which take
     * several times the microseconds a hand-over costs.
     */
    int minChannelsPerPart() {
        return Math.max(1, MIN_PART_ELEMENTS / Math.max(1, perChannel()));
    }

    /** Elements per channel: the count its mean and variance are taken over. */
    int perChannel() {
        return batch * plane;
    }

    /**
     * The mean and biased variance (the mean squared distance from the mean) of the channels [from, to), each
     * independent of the others: {@link SplitLoop} may give ranges of channels to different threads.
     */
    void meanAndVariance(float[] x, float[] means, float[] variances, int from, int to) {
        if (plane == 1) {
            meanAndVarianceOfRows(x, means, variances, from, to);
            return;
        }
        double count = perChannel();
        for (int c = from; c < to; c++) {
            double sum = 0;
            for (int n = 0; n < batch; n++) {
                sum += sum(x, start(n, c));
            }
            double mean = sum / count;
            double squares = 0;
            for (int n = 0; n < batch; n++) {
                squares += squaredDistances(x, start(n, c), mean);
            }
            means[c] = (float) mean;
            variances[c] = (float) (squares / count);
        }
    }

    /**
     * {@code x = (x − centre[c]) × scale[c] + shift[c]} over the planes of the channels [fromChannel, toChannel), in place (centring first keeps
     * the precision of channels whose mean is large beside their spread).
     */
    void centreScaleAndShift(float[] x, float[] centre, float[] scale, float[] shift, int fromChannel,
                             int toChannel) {
        for (int n = 0; n < batch; n++) {
            for (int c = fromChannel; c < toChannel; c++) {
                int from = start(n, c);
                float m = centre[c];
                float a = scale[c];
                float b = shift[c];
                for (int i = from; i < from + plane; i++) {
                    x[i] = (x[i] - m) * a + b;
                }
            }
        }
    }

    /**
     * The gradient of the training forward pass: with {@code x̂ = (x − mean) / σ}, {@code dγ = Σ dy·x̂},
     * {@code dβ = Σ dy} and {@code dx = γ/σ · (dy − dβ/m − x̂·dγ/m)} over the {@code m} elements of each channel.
     * Writes {@code dx} over {@code gradient} (which holds {@code dy}), for the channels [fromChannel, toChannel).
     */
    void backward(float[] x, float[] gradient, float[] means, float[] variances, float[] gamma, double epsilon,
                  float[] dGamma, float[] dBeta, int fromChannel, int toChannel) {
        if (plane == 1) {
            backwardOfRows(x, gradient, means, variances, gamma, epsilon, dGamma, dBeta, fromChannel, toChannel);
            return;
        }
        double count = perChannel();
        for (int c = fromChannel; c < toChannel; c++) {
            double sumGradient = 0;
            double sumGradientTimesInput = 0;
            for (int n = 0; n < batch; n++) {
                int from = start(n, c);
                sumGradient += sum(gradient, from);
                sumGradientTimesInput += dot(gradient, x, from);
            }
            double mean = means[c];
            double inverseDeviation = 1.0 / Math.sqrt(variances[c] + epsilon);
            double gammaSum = (sumGradientTimesInput - mean * sumGradient) * inverseDeviation;
            dGamma[c] = (float) gammaSum;
            dBeta[c] = (float) sumGradient;
            // dx = k·dy + b·(x − mean) + d, with k = γ/σ, b = −k·dγ/(σ·m), d = −k·dβ/m
            double k = gamma[c] * inverseDeviation;
            float kf = (float) k;
            float bf = (float) (-k * gammaSum * inverseDeviation / count);
            float df = (float) (-k * sumGradient / count);
            float mf = means[c];
            for (int n = 0; n < batch; n++) {
                int from = start(n, c);
                for (int i = from; i < from + plane; i++) {
                    gradient[i] = gradient[i] * kf + (x[i] - mf) * bf + df;
                }
            }
        }
    }

    /*
     * Two-dimensional activations ({@code plane == 1}, a dense layer's [batch, channels]): a channel's values lie a
     * row apart, so the loops below run along the rows, with one running sum per channel, instead of striding down
     * each channel. Each channel's sums take its values in the same order as the loops above, so both give the same
     * bits (tested).
     */

    private void meanAndVarianceOfRows(float[] x, float[] means, float[] variances, int from, int to) {
        int width = to - from;
        double count = batch;
        double[] sums = new double[width];
        for (int n = 0; n < batch; n++) {
            int row = n * channels + from;
            for (int c = 0; c < width; c++) {
                sums[c] += x[row + c];
            }
        }
        double[] centre = new double[width];
        for (int c = 0; c < width; c++) {
            centre[c] = sums[c] / count;
        }
        double[] squares = new double[width];
        for (int n = 0; n < batch; n++) {
            int row = n * channels + from;
            for (int c = 0; c < width; c++) {
                double d = x[row + c] - centre[c];
                squares[c] += d * d;
            }
        }
        for (int c = 0; c < width; c++) {
            means[from + c] = (float) centre[c];
            variances[from + c] = (float) (squares[c] / count);
        }
    }

    private void backwardOfRows(float[] x, float[] gradient, float[] means, float[] variances, float[] gamma,
                                double epsilon, float[] dGamma, float[] dBeta, int from, int to) {
        int width = to - from;
        double count = batch;
        double[] sumGradient = new double[width];
        double[] sumGradientTimesInput = new double[width];
        for (int n = 0; n < batch; n++) {
            int row = n * channels + from;
            for (int c = 0; c < width; c++) {
                sumGradient[c] += gradient[row + c];
                sumGradientTimesInput[c] += (double) gradient[row + c] * x[row + c];
            }
        }
        float[] kf = new float[width];
        float[] bf = new float[width];
        float[] df = new float[width];
        for (int c = 0; c < width; c++) {
            double mean = means[from + c];
            double inverseDeviation = 1.0 / Math.sqrt(variances[from + c] + epsilon);
            double gammaSum = (sumGradientTimesInput[c] - mean * sumGradient[c]) * inverseDeviation;
            dGamma[from + c] = (float) gammaSum;
            dBeta[from + c] = (float) sumGradient[c];
            double k = gamma[from + c] * inverseDeviation;
            kf[c] = (float) k;
            bf[c] = (float) (-k * gammaSum * inverseDeviation / count);
            df[c] = (float) (-k * sumGradient[c] / count);
        }
        for (int n = 0; n < batch; n++) {
            int row = n * channels + from;
            for (int c = 0; c < width; c++) {
                gradient[row + c] = gradient[row + c] * kf[c] + (x[row + c] - means[from + c]) * bf[c] + df[c];
            }
        }
    }

    private int start(int n, int c) {
        return (n * channels + c) * plane;
    }

    private double sum(float[] x, int from) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int end = from + plane;
        for (; i + 3 < end; i += 4) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
        }
        for (; i < end; i++) {
            s0 += x[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    private double squaredDistances(float[] x, int from, double mean) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int end = from + plane;
        for (; i + 3 < end; i += 4) {
            double d0 = x[i] - mean;
            double d1 = x[i + 1] - mean;
            double d2 = x[i + 2] - mean;
            double d3 = x[i + 3] - mean;
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < end; i++) {
            double d = x[i] - mean;
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    private double dot(float[] a, float[] b, int from) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = from;
        int end = from + plane;
        for (; i + 3 < end; i += 4) {
            s0 += (double) a[i] * b[i];
            s1 += (double) a[i + 1] * b[i + 1];
            s2 += (double) a[i + 2] * b[i + 2];
            s3 += (double) a[i + 3] * b[i + 3];
        }
        for (; i < end; i++) {
            s0 += (double) a[i] * b[i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
