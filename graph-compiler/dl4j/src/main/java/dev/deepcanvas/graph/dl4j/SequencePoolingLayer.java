package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;

/**
 * Global pooling over time. DL4J 1.0.0-M2.1's GlobalPoolingLayer computes [batch, features] for a sequence but
 * declares its output type as still recurrent, so the layers after it are configured for sequences (a BatchNorm
 * after it fails, merges with vectors are refused). This subclass declares the feed-forward type it really produces.
 */
public class SequencePoolingLayer extends GlobalPoolingLayer {

    /** For JSON deserialisation. */
    public SequencePoolingLayer() {
    }

    public SequencePoolingLayer(PoolingType poolingType) {
        super(poolingType);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        if (inputType instanceof InputType.InputTypeRecurrent r) {
            return InputType.feedForward(r.getSize());
        }
        return super.getOutputType(layerIndex, inputType);
    }
}
