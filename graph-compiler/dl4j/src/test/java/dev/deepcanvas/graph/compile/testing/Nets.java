package dev.deepcanvas.graph.compile.testing;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/** Random inputs and labels in DL4J's layouts for a compiled graph, for one-step training tests. */
public final class Nets {

    private Nets() {
    }

    /** DL4J's array shape for a batch of the given shape. */
    public static long[] dl4jShape(Shape s, int batch) {
        return switch (s.kind()) {
            case VECTOR -> new long[] {batch, s.size()};
            case IMAGE -> new long[] {batch, s.channels(), s.height(), s.width()};
            case SEQUENCE -> new long[] {batch, s.features(), s.timeSteps()};
            case TOKENS -> s.timeSteps() == 1 ? new long[] {batch, 1} : new long[] {batch, 1, s.timeSteps()};
        };
    }

    public static INDArray features(Shape s, int batch, Random rnd) {
        long[] shape = dl4jShape(s, batch);
        if (s.isTokens()) {
            INDArray ids = Nd4j.zeros(shape);
            for (long i = 0; i < ids.length(); i++) {
                ids.putScalar(i, rnd.nextInt((int) s.vocabulary()));
            }
            return ids;
        }
        return Nd4j.rand(shape).subi(0.5);
    }

    /** Labels matching the output node's loss: one-hot for mcxent, 0/1 for xent, numbers otherwise. */
    public static INDArray labels(GraphNode out, Shape s, int batch, Random rnd) {
        long[] shape = dl4jShape(s, batch);
        Object loss = out.params().getOrDefault("loss", "mcxent");
        INDArray y = Nd4j.zeros(shape);
        if ("mcxent".equals(loss)) {
            long classes = shape[1];
            long steps = shape.length == 3 ? shape[2] : 1;
            for (int b = 0; b < batch; b++) {
                for (int t = 0; t < steps; t++) {
                    int c = rnd.nextInt((int) classes);
                    if (shape.length == 3) {
                        y.putScalar(new long[] {b, c, t}, 1.0);
                    } else {
                        y.putScalar(new long[] {b, c}, 1.0);
                    }
                }
            }
            return y;
        }
        for (long i = 0; i < y.length(); i++) {
            y.putScalar(i, "xent".equals(loss) ? rnd.nextInt(2) : rnd.nextGaussian());
        }
        return y;
    }

    public static INDArray[] inputs(GraphDocument doc, CompiledGraph compiled, Analysis analysis, int batch,
                                    Random rnd) {
        INDArray[] in = new INDArray[compiled.inputNames().size()];
        for (int i = 0; i < in.length; i++) {
            in[i] = features(analysis.shapeOf(compiled.inputNames().get(i)), batch, rnd);
        }
        return in;
    }

    public static MultiDataSet batch(GraphDocument doc, CompiledGraph compiled, Analysis analysis, int batch,
                                     Random rnd) {
        INDArray[] in = inputs(doc, compiled, analysis, batch, rnd);
        INDArray[] out = new INDArray[compiled.outputNames().size()];
        for (int i = 0; i < out.length; i++) {
            String id = compiled.outputNames().get(i);
            out[i] = labels(doc.node(id).orElseThrow(), analysis.shapeOf(id), batch, rnd);
        }
        return new MultiDataSet(in, out);
    }
}
