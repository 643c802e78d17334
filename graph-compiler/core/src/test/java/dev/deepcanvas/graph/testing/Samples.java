package dev.deepcanvas.graph.testing;

import dev.deepcanvas.graph.document.GraphDocument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small valid graphs that together use every layer type of the catalog. */
public final class Samples {

    private Samples() {
    }

    /** LeNet on 28×28×1 digits: 431,080 parameters. */
    public static GraphDocument lenet() {
        return G.graph()
                .node("img", "ImageInput", "height", 28, "width", 28, "channels", 1)
                .node("c1", "Conv2D", "filters", 20, "kernel", List.of(5, 5), "activation", "identity")
                .node("p1", "MaxPool2D", "pool", List.of(2, 2), "stride", List.of(2, 2))
                .node("c2", "Conv2D", "filters", 50, "kernel", List.of(5, 5), "activation", "identity")
                .node("p2", "MaxPool2D", "pool", List.of(2, 2), "stride", List.of(2, 2))
                .node("d", "Dense", "units", 500, "activation", "relu")
                .node("out", "Output", "units", 10, "activation", "softmax", "loss", "mcxent")
                .chain("img", "c1", "p1", "c2", "p2", "d", "out").doc();
    }

    /** A small digit GAN: noise 8 → Dense 16 → Dense 36 (sigmoid) → Reshape 6×6×1 | 6×6×1 → Conv2D → Dense → Output. */
    public static GraphDocument gan() {
        return G.graph()
                .group("generator")
                .node("noise", "NoiseInput", "size", 8)
                .node("g1", "Dense", "units", 16, "activation", "leakyrelu")
                .node("g2", "Dense", "units", 36, "activation", "sigmoid")
                .node("gimg", "Reshape", "shape", List.of(6, 6, 1))
                .group("discriminator")
                .node("real", "ImageInput", "height", 6, "width", 6, "channels", 1)
                .node("d1", "Conv2D", "filters", 3, "kernel", List.of(3, 3), "activation", "leakyrelu")
                .node("d2", "Dense", "units", 8, "activation", "leakyrelu")
                .node("verdict", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("noise", "g1", "g2", "gimg")
                .chain("real", "d1", "d2", "verdict").doc();
    }

    /**
     * A small conditional GAN: noise 8 and a class of 3 joined → Dense 36 (sigmoid) → Reshape 6×6×1 | the class as
     * a 6×6×1 map beside the 6×6×1 picture → Conv2D → Dense → Output.
     */
    public static GraphDocument conditionalGan() {
        return G.graph()
                .group("generator")
                .node("noise", "NoiseInput", "size", 8)
                .node("gclass", "ClassInput", "classes", 3)
                .node("gjoin", "Concatenate")
                .node("g1", "Dense", "units", 36, "activation", "sigmoid")
                .node("gimg", "Reshape", "shape", List.of(6, 6, 1))
                .group("discriminator")
                .node("real", "ImageInput", "height", 6, "width", 6, "channels", 1)
                .node("dclass", "ClassInput", "classes", 3)
                .node("dmap", "Dense", "units", 36, "activation", "identity")
                .node("dgrid", "Reshape", "shape", List.of(6, 6, 1))
                .node("djoin", "Concatenate")
                .node("d1", "Conv2D", "filters", 3, "kernel", List.of(3, 3), "activation", "leakyrelu")
                .node("verdict", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .edge("noise", "gjoin", 0).edge("gclass", "gjoin", 1)
                .chain("gjoin", "g1", "gimg")
                .chain("dclass", "dmap", "dgrid")
                .edge("real", "djoin", 0).edge("dgrid", "djoin", 1)
                .chain("djoin", "d1", "verdict").doc();
    }

    public static Map<String, GraphDocument> all() {
        Map<String, GraphDocument> m = new LinkedHashMap<>();
        m.put("mlp", G.skeleton());
        m.put("lenet", lenet());
        m.put("activation-dropout-batchnorm", G.graph()
                .node("in", "Input", "size", 5)
                .node("d", "Dense", "units", 6, "activation", "identity")
                .node("bn", "BatchNorm")
                .node("act", "Activation", "activation", "tanh")
                .node("drop", "Dropout", "rate", 0.2)
                .node("out", "Output", "units", 2, "activation", "sigmoid", "loss", "xent")
                .chain("in", "d", "bn", "act", "drop", "out").doc());
        // A NoiseInput is a GAN's alone (the analyzer refuses it elsewhere): the GAN samples cover it.
        m.put("regression-leaky", G.graph()
                .node("z", "Input", "size", 8)
                .node("d", "Dense", "units", 5, "activation", "elu")
                .node("leaky", "LeakyReLU", "negativeSlope", 0.2)
                .node("out", "Output", "units", 3, "activation", "identity", "loss", "mse")
                .chain("z", "d", "leaky", "out").doc());
        m.put("cnn", G.graph()
                .node("img", "ImageInput", "height", 10, "width", 9, "channels", 2)
                .node("jitter", "GaussianNoise", "stddev", 0.05)
                .node("shift", "RandomTranslation", "heightFactor", 0.2, "widthFactor", 0.1)
                .node("c1", "Conv2D", "filters", 3, "kernel", List.of(3, 3))
                .node("bn", "BatchNorm")
                .node("p1", "MaxPool2D", "pool", List.of(2, 2), "stride", List.of(2, 2))
                .node("c2", "Conv2D", "filters", 4, "kernel", List.of(2), "padding", "same")
                .node("p2", "AvgPool2D", "pool", List.of(2, 1), "stride", List.of(1, 1))
                .node("flat", "Flatten")
                .node("d", "Dense", "units", 5)
                .node("out", "Output", "units", 3)
                .chain("img", "jitter", "shift", "c1", "bn", "p1", "c2", "p2", "flat", "d", "out").doc());
        m.put("cnn-zoo", G.graph()
                .node("img", "ImageInput", "height", 6, "width", 6, "channels", 2)
                .node("pad", "ZeroPadding2D", "padding", List.of(1))
                .node("dw", "DepthwiseConv2D", "kernel", List.of(3, 3), "depthMultiplier", 2)
                .node("sep", "SeparableConv2D", "filters", 4, "kernel", List.of(3, 3), "padding", "same")
                .node("crop", "Cropping2D", "cropping", List.of(1, 0, 1, 0))
                .node("up", "UpSampling2D", "size", List.of(2, 2))
                .node("tr", "Conv2DTranspose", "filters", 3, "kernel", List.of(2, 2), "stride", List.of(2, 2))
                .node("gmax", "GlobalMaxPool")
                .node("out", "Output", "units", 3)
                .chain("img", "pad", "dw", "sep", "crop", "up", "tr", "gmax", "out").doc());
        m.put("image-autoencoder", G.graph()
                .node("img", "ImageInput", "height", 8, "width", 8, "channels", 1)
                .node("down", "Conv2D", "filters", 4, "kernel", List.of(3, 3), "stride", List.of(2, 2),
                        "padding", "same")
                .node("up", "Conv2DTranspose", "filters", 1, "kernel", List.of(2, 2), "stride", List.of(2, 2),
                        "activation", "identity")
                .node("out", "ImageOutput", "activation", "sigmoid", "loss", "xent")
                .chain("img", "down", "up", "out").doc());
        m.put("reshape-to-image", G.graph()
                .node("in", "Input", "size", 16)
                .node("r", "Reshape", "shape", List.of(4, 4, 1))
                .node("c", "Conv2D", "filters", 2, "kernel", List.of(2, 2))
                .node("gap", "GlobalAvgPool")
                .node("out", "Output", "units", 2)
                .chain("in", "r", "c", "gap", "out").doc());
        m.put("conv1d", G.graph()
                .node("seq", "SequenceInput", "length", 8, "features", 3)
                .node("c", "Conv1D", "filters", 4, "kernel", 3)
                .node("mp", "MaxPool1D", "pool", 2, "stride", 2)
                .node("up", "UpSampling1D", "size", 2)
                .node("ap", "AvgPool1D", "pool", 2, "stride", 1)
                .node("gap", "GlobalAvgPool")
                .node("out", "Output", "units", 2)
                .chain("seq", "c", "mp", "up", "ap", "gap", "out").doc());
        m.put("recurrent", G.graph()
                .node("seq", "SequenceInput", "length", 5, "features", 3)
                .node("rnn", "SimpleRNN", "units", 4)
                .node("gru", "GRU", "units", 4)
                .node("bi", "Bidirectional", "layer", "LSTM", "units", 3, "mode", "concat")
                .node("td", "TimeDistributed", "units", 5)
                .node("out", "RnnOutput", "units", 3)
                .chain("seq", "rnn", "gru", "bi", "td", "out").doc());
        m.put("many-to-one", G.graph()
                .node("seq", "SequenceInput", "length", 6, "features", 2)
                .node("lstm", "LSTM", "units", 5)
                .node("last", "LastTimeStep")
                .node("out", "Output", "units", 2)
                .chain("seq", "lstm", "last", "out").doc());
        m.put("many-to-one-flags", G.graph()
                .node("seq", "SequenceInput", "length", 6, "features", 2)
                .node("gru", "GRU", "units", 3, "returnSequences", false)
                .node("out", "Output", "units", 2)
                .node("bi", "Bidirectional", "layer", "SimpleRNN", "units", 3, "mode", "add", "returnSequences", false)
                .node("out2", "Output", "units", 2)
                .chain("seq", "gru", "out").chain("seq", "bi", "out2").doc());
        m.put("sequence-flatten", G.graph()
                .node("seq", "SequenceInput", "length", 4, "features", 3)
                .node("flat", "Flatten")
                .node("out", "Output", "units", 2)
                .chain("seq", "flat", "out").doc());
        m.put("reshape-to-sequence", G.graph()
                .node("in", "Input", "size", 12)
                .node("r", "Reshape", "shape", List.of(4, 3))
                .node("lstm", "LSTM", "units", 3)
                .node("out", "RnnOutput", "units", 2)
                .chain("in", "r", "lstm", "out").doc());
        m.put("char-model", G.graph()
                .node("tok", "TokenInput", "vocabulary", 20, "length", 6)
                .node("emb", "EmbeddingSequence", "units", 4)
                .node("lstm", "LSTM", "units", 5)
                .node("out", "RnnOutput", "units", 20)
                .chain("tok", "emb", "lstm", "out").doc());
        m.put("embedding", G.graph()
                .node("tok", "TokenInput", "vocabulary", 10, "length", 1)
                .node("emb", "Embedding", "units", 4)
                .node("out", "Output", "units", 3)
                .chain("tok", "emb", "out").doc());
        m.put("repeat-vector", G.graph()
                .node("in", "Input", "size", 4)
                .node("d", "Dense", "units", 3)
                .node("rep", "RepeatVector", "times", 5)
                .node("lstm", "LSTM", "units", 4)
                .node("out", "RnnOutput", "units", 2)
                .chain("in", "d", "rep", "lstm", "out").doc());
        m.put("attention-layers", G.graph()
                .node("seq", "SequenceInput", "length", 5, "features", 4)
                .node("sa", "SelfAttention", "units", 6, "heads", 2, "headSize", 3)
                .node("ra", "RecurrentAttention", "units", 4, "heads", 1, "headSize", 3)
                .node("gap", "GlobalAvgPool")
                .node("out", "Output", "units", 2)
                .chain("seq", "sa", "ra", "gap", "out").doc());
        m.put("seq2seq-attention", G.graph()
                .node("src", "SequenceInput", "length", 5, "features", 4)
                .node("tgt", "SequenceInput", "length", 4, "features", 3)
                .node("enc", "LSTM", "units", 6)
                .node("dec", "LSTM", "units", 6)
                .node("att", "Attention", "units", 5, "heads", 1, "headSize", 4)
                .node("out", "RnnOutput", "units", 3)
                .chain("src", "enc").chain("tgt", "dec")
                .edge("dec", "att", 0).edge("enc", "att", 1).edge("enc", "att", 2)
                .chain("att", "out").doc());
        m.put("merges", G.graph()
                .node("in", "Input", "size", 6)
                .node("a", "Dense", "units", 4)
                .node("b", "Dense", "units", 4, "activation", "tanh")
                .node("add", "Add").node("sub", "Subtract").node("mul", "Multiply")
                .node("avg", "Average").node("max", "Max")
                .node("cat", "Concatenate")
                .node("sub2", "Subset", "from", 2, "to", 11)
                .node("scale", "Scale", "factor", 0.5)
                .node("out", "Output", "units", 3)
                .chain("in", "a").chain("in", "b")
                .edge("a", "add", 0).edge("b", "add", 1)
                .edge("a", "sub", 0).edge("b", "sub", 1)
                .edge("a", "mul", 0).edge("b", "mul", 1)
                .edge("a", "avg", 0).edge("b", "avg", 1)
                .edge("a", "max", 0).edge("b", "max", 1)
                .edge("add", "cat", 0).edge("sub", "cat", 1).edge("mul", "cat", 2).edge("avg", "cat", 3)
                .edge("max", "cat", 4)
                .chain("cat", "sub2", "scale", "out").doc());
        m.put("captioner", G.graph()
                .node("img", "ImageInput", "height", 6, "width", 6, "channels", 1)
                .node("conv", "Conv2D", "filters", 2, "kernel", List.of(3, 3))
                .node("gap", "GlobalAvgPool")
                .node("enc", "Dense", "units", 4)
                .node("words", "TokenInput", "vocabulary", 12, "length", 5)
                .node("emb", "EmbeddingSequence", "units", 4)
                .node("dup", "DuplicateToSequence")
                .node("cat", "Concatenate")
                .node("lstm", "LSTM", "units", 6)
                .node("out", "RnnOutput", "units", 12)
                .chain("img", "conv", "gap", "enc").chain("words", "emb")
                .edge("enc", "dup", 0).edge("words", "dup", 1)
                .edge("dup", "cat", 0).edge("emb", "cat", 1)
                .chain("cat", "lstm", "out").doc());
        return m;
    }
}
