package dev.deepcanvas.backend.inside;

import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The saliency of a model that reads words: a word's number cannot be nudged, but the vector its embedding layer
 * makes of it can. So the gradient of the chosen output is taken with respect to the embedding layer's output (by
 * {@link InputGradient}'s walk, which stops there) and reduced per word: gradient × embedding summed over the
 * vector's units (signed: how far this word's vector pushed the output, to first order, compared with no vector at
 * all), and the gradient's length (how sensitive the output is to that word's vector, in any direction).
 */
final class WordGradient {

    private WordGradient() {
    }

    /**
     * Per time step of the input, in the order the model reads them.
     *
     * @param embeddingNode the embedding layer the words go into
     * @param influence     gradient × embedding, summed over the embedding's units
     * @param gradientNorm  the gradient's L2 norm over the embedding's units
     */
    record PerStep(String embeddingNode, double[] influence, double[] gradientNorm) {
    }

    /**
     * @param words the word numbers with their batch dimension of 1, in the network's data type
     * @throws InsideRejectedException for a model whose words do not go into exactly one embedding layer, or whose
     *                                 layers cannot be differentiated as they run in inference
     */
    static PerStep of(ComputationGraph net, INDArray words, int unit, boolean score) {
        if (net.getConfiguration().getNetworkInputs().size() != 1) {
            throw new InsideRejectedException("The word saliency needs a model with one input.");
        }
        GraphVertex embedding = embeddingOf(net);
        InputGradient.AtVertex at = InputGradient.atOutputOf(net, words, embedding.getVertexName(), unit, score);
        INDArray vectors = unitsByStep(embedding, at.value());
        INDArray gradient = unitsByStep(embedding, at.gradient());
        int steps = (int) vectors.size(1);
        double[] influence = new double[steps];
        double[] norm = new double[steps];
        for (int t = 0; t < steps; t++) {
            INDArray g = gradient.getColumn(t);
            influence[t] = g.mul(vectors.getColumn(t)).sumNumber().doubleValue();
            norm[t] = g.norm2Number().doubleValue();
        }
        return new PerStep(embedding.getVertexName(), influence, norm);
    }

    /** The one vertex the network's input feeds, which must be an embedding layer. */
    private static GraphVertex embeddingOf(ComputationGraph net) {
        String inputName = net.getConfiguration().getNetworkInputs().get(0);
        int input = net.getVertex(inputName).getVertexIndex();
        GraphVertex found = null;
        int readers = 0;
        for (GraphVertex vertex : net.getVertices()) {
            VertexIndices[] from = vertex.getInputVertices();
            if (from == null) {
                continue;
            }
            for (VertexIndices source : from) {
                if (source.getVertexIndex() == input) {
                    found = vertex;
                    readers++;
                }
            }
        }
        if (readers != 1) {
            throw new InsideRejectedException("The words go into " + readers + " layers at once; the word saliency "
                    + "is drawn where they go into one embedding layer.");
        }
        if (!found.hasLayer() || !(found.getLayer().conf().getLayer() instanceof EmbeddingLayer
                || found.getLayer().conf().getLayer() instanceof EmbeddingSequenceLayer)) {
            throw new InsideRejectedException("The words go first into \"" + found.getVertexName() + "\", which is "
                    + "not an embedding layer: the word saliency is the gradient at an embedding's word vectors.");
        }
        return found;
    }

    /** An embedding's output for one example as {@code [units, steps]}; a single word's embedding is one step. */
    private static INDArray unitsByStep(GraphVertex embedding, INDArray output) {
        if (output.rank() == 2) {
            return output.reshape(output.size(1), 1);
        }
        INDArray one = output.slice(0);
        boolean stepsFirst = embedding.getLayer().conf().getLayer() instanceof EmbeddingSequenceLayer sequence
                && sequence.getOutputFormat() == RNNFormat.NWC;
        return stepsFirst ? one.transpose() : one;
    }
}
