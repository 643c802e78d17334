package dev.deepcanvas.bench.inference;

import dev.deepcanvas.bench.throughput.BenchModel;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Batch inference throughput of a bench model on DeepCanvas: forward passes only, on the network as it is prepared
 * for outputs, with a given number of native threads; the counterpart of PyTorch's forward under
 * {@code torch.no_grad()}.
 */
public final class BatchInference {

    private BatchInference() {
    }

    /** Median samples per second of {@code reps} repetitions of {@code iterations} forward passes. */
    public static double measure(BenchModel model, int batch, int threads, int iterations, int reps)
            throws Exception {
        NativeBackend.limitThreadsOfCallingThread(threads);
        Nd4j.getRandom().setSeed(42);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(model.document()).configuration());
        net.init();
        FastTraining.prepareForOutput(net);
        long[] shape = dev.deepcanvas.backend.dataset.TensorSpec.of("in", model.input()).arrayShape(batch);
        INDArray x = Nd4j.rand(DataType.FLOAT, shape);
        for (int i = 0; i < 5; i++) {
            net.outputSingle(false, x);
        }
        List<Double> rates = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                net.outputSingle(false, x);
            }
            rates.add(iterations * (double) batch / ((System.nanoTime() - start) / 1e9));
        }
        rates.sort(Double::compare);
        return rates.get(rates.size() / 2);
    }
}
