package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's 2D pooling layer whose forward pass also goes to its {@link JavaMaxPoolingHelper} (DL4J's own layer asks its
 * helper only for the backward pass, and runs libnd4j's op forward). Same configuration and no parameters; anything
 * the helper does not take runs DL4J's own code.
 */
final class FastSubsamplingLayer extends SubsamplingLayer {

    FastSubsamplingLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        var conf = layerConf();
        if (!(helper instanceof JavaMaxPoolingHelper java) || input == null || input.rank() != 4
                || input.dataType() != dataType || !JavaMaxPoolingHelper.takes(input, conf.getKernelSize(),
                conf.getStride(), conf.getPoolingType(), convolutionMode, conf.getDilation(),
                conf.getCnn2dDataFormat())) {
            return super.activate(training, workspaceMgr);
        }
        // DL4J's forward pass pads by the configuration in every mode but Same, which the helper does not take
        return java.activate(input, training, conf.getKernelSize(), conf.getStride(), conf.getPadding(),
                conf.getPoolingType(), convolutionMode == null ? ConvolutionMode.Truncate : convolutionMode,
                conf.getDilation(), conf.getCnn2dDataFormat(), workspaceMgr);
    }
}
