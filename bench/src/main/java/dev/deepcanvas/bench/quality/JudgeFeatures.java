package dev.deepcanvas.bench.quality;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a judge network "sees" in a picture: the activations of the layer that feeds its Output, the last
 * representation before the class decision. These are the features the Fréchet distance compares, as Inception's
 * pool layer is in the usual FID.
 */
public final class JudgeFeatures {

    /** Pictures per forward pass: bounded memory whatever the number of samples. */
    static final int BATCH = 250;

    private JudgeFeatures() {
    }

    /** @return [n, d] features of the pictures [n, c, h, w] */
    public static INDArray of(Judge judge, INDArray pictures) {
        ComputationGraph net = judge.net();
        String output = net.getConfiguration().getNetworkOutputs().get(0);
        String feeding = net.getConfiguration().getVertexInputs().get(output).get(0);
        List<INDArray> parts = new ArrayList<>();
        long n = pictures.size(0);
        for (long from = 0; from < n; from += BATCH) {
            INDArray batch = pictures.get(NDArrayIndex.interval(from, Math.min(n, from + BATCH)))
                    .castTo(net.params().dataType());
            Map<String, INDArray> activations = net.feedForward(new INDArray[]{batch}, false, false);
            INDArray features = activations.get(feeding);
            parts.add(features.reshape(features.size(0), features.length() / features.size(0)).dup());
        }
        return Nd4j.concat(0, parts.toArray(INDArray[]::new));
    }
}
