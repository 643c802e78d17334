package dev.deepcanvas.bench.quality;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The Fréchet distance between two sets of feature vectors, each summarised as a Gaussian (mean and covariance):
 * |μa − μb|² + tr(Σa) + tr(Σb) − 2 tr((Σa Σb)^½). With a classifier's features this is the FID of GAN papers
 * (there the features come from Inception; here from the project's own judge network, so the figures compare only
 * with each other, never with published FIDs). The distance grows with the sample size's noise, so sets compared
 * against each other must be of the same size.
 *
 * <p>tr((Σa Σb)^½) is the sum of the square roots of the eigenvalues of Σa Σb, which are those of the symmetric
 * Σa^½ Σb Σa^½; everything is computed in double precision. Eigenvalues below zero are rounding and count as zero.
 */
public final class FrechetDistance {

    private FrechetDistance() {
    }

    /** @param a features [n, d]; @param b features [m, d] */
    public static double between(INDArray a, INDArray b) {
        if (a.size(1) != b.size(1)) {
            throw new IllegalArgumentException("features of width " + a.size(1) + " and " + b.size(1));
        }
        INDArray x = a.castTo(DataType.DOUBLE);
        INDArray y = b.castTo(DataType.DOUBLE);
        INDArray meanX = x.mean(0);
        INDArray meanY = y.mean(0);
        INDArray covX = covariance(x, meanX);
        INDArray covY = covariance(y, meanY);
        double meanTerm = meanX.sub(meanY).norm2Number().doubleValue();
        meanTerm *= meanTerm;
        INDArray rootX = symmetricRoot(covX);
        INDArray product = rootX.mmul(covY).mmul(rootX);
        // symmetrise against rounding before the symmetric eigensolver
        product = product.add(product.transpose()).muli(0.5);
        double crossTrace = 0;
        for (double eigenvalue : eigenvalues(product)) {
            crossTrace += Math.sqrt(Math.max(0, eigenvalue));
        }
        double distance = meanTerm + trace(covX) + trace(covY) - 2 * crossTrace;
        // the terms cancel to within rounding for identical sets
        return Math.max(0, distance);
    }

    /** Unbiased sample covariance, [d, d]. */
    static INDArray covariance(INDArray x, INDArray mean) {
        INDArray centred = x.subRowVector(mean);
        return centred.transpose().mmul(centred).divi(Math.max(1, x.size(0) - 1));
    }

    /** The symmetric positive semi-definite square root V √Λ Vᵀ of a covariance matrix. */
    static INDArray symmetricRoot(INDArray symmetric) {
        INDArray vectors = symmetric.dup('f');
        INDArray values = Eigen.symmetricGeneralizedEigenvalues(vectors, true);
        INDArray roots = Transforms.sqrt(Transforms.max(values.castTo(DataType.DOUBLE), 0.0), false);
        return vectors.mulRowVector(roots).mmul(vectors.transpose());
    }

    static double[] eigenvalues(INDArray symmetric) {
        return Eigen.symmetricGeneralizedEigenvalues(symmetric.dup('f'), false).castTo(DataType.DOUBLE)
                .toDoubleVector();
    }

    private static double trace(INDArray square) {
        double sum = 0;
        for (int i = 0; i < square.rows(); i++) {
            sum += square.getDouble(i, i);
        }
        return sum;
    }
}
