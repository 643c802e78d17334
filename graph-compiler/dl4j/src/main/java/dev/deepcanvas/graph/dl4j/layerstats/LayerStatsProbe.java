package dev.deepcanvas.graph.dl4j.layerstats;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Takes {@link LayerStatistics} of every layer with parameters at the steps it is armed for, and does nothing at the
 * others. Usage around one step: {@link #arm()}, the step ({@code fit}), {@link #collect()}.
 *
 * <p>The raw gradient exists only between DL4J computing it and the updater turning the gradient array into the
 * update in place, so it is read in DL4J's {@code onGradientCalculation} hook: this probe must be the network's last
 * listener, after any that complete the gradient there (the data-parallel fit adds its parts' gradients in that
 * hook). DL4J's gradients are sums over the minibatch until the updater divides them by its size; the norm reported
 * is of the divided gradient, the gradient of the mean loss, for the parameters DL4J divides (not batch
 * normalisation's running mean and variance, which are not gradients). The update is the parameters after the step
 * minus a copy of them taken when armed.
 *
 * <p>It only reads: it draws no random numbers and writes into no array the network uses, so a step taken with it
 * armed leaves exactly the parameters a step without it would (tested bit for bit). Its listener is on the network
 * only from {@link #arm()} to {@link #collect()}: every other step runs exactly the code it runs without statistics
 * (DL4J calls every listener at every step, and a network with listeners takes them into its forward pass).
 */
public final class LayerStatsProbe implements AutoCloseable {

    private final ComputationGraph network;
    private final Predicate<String> measured;
    private final Hook hook = new Hook();
    private List<Layer> layers;
    private Map<String, INDArray> before;
    private Map<String, Double> gradientNorms;

    private LayerStatsProbe(ComputationGraph network, Predicate<String> measured) {
        this.network = network;
        this.measured = measured;
    }

    /**
     * A probe of every layer of the network; it joins the network's listeners, as the last, only while armed, so
     * create it after anything that adds a listener which completes the gradient (the data-parallel fit).
     */
    public static LayerStatsProbe attach(ComputationGraph network) {
        return attach(network, layer -> true);
    }

    /**
     * A probe of the layers whose names {@code measured} accepts (a GAN's combined network measures only its
     * generator's layers: its discriminator's are frozen copies there).
     */
    public static LayerStatsProbe attach(ComputationGraph network, Predicate<String> measured) {
        return new LayerStatsProbe(network, measured);
    }

    /**
     * The next step is measured: copies every layer's parameters as they stand before it and puts the probe's
     * listener last among the network's.
     */
    public void arm() {
        if (before == null) {
            List<TrainingListener> listeners = new ArrayList<>(network.getListeners());
            listeners.add(hook);
            network.setListeners(listeners);
        }
        layers = new ArrayList<>();
        before = new HashMap<>();
        gradientNorms = null;
        for (Layer layer : network.getLayers()) {
            if (layer.numParams() > 0 && measured.test(name(layer))) {
                layers.add(layer);
                before.put(name(layer), layer.params().dup());
            }
        }
    }

    public boolean armed() {
        return before != null;
    }

    /**
     * The statistics of the step taken since {@link #arm()}, one per layer with parameters in the network's order;
     * empty when no step happened (the network skipped it). Disarms the probe.
     */
    public List<LayerStatistics> collect() {
        if (before == null) {
            throw new IllegalStateException("collect() without arm()");
        }
        try {
            if (gradientNorms == null) {
                return List.of();
            }
            List<LayerStatistics> statistics = new ArrayList<>(layers.size());
            for (Layer layer : layers) {
                String name = name(layer);
                INDArray previous = before.get(name);
                INDArray now = layer.params();
                double mean = now.meanNumber().doubleValue();
                double std = now.std(false, dimensionsOf(now)).getDouble(0);
                double updateNorm = now.sub(previous).norm2Number().doubleValue();
                statistics.add(new LayerStatistics(name, layer.numParams(), mean, std,
                        gradientNorms.getOrDefault(name, 0.0), updateNorm, previous.norm2Number().doubleValue()));
            }
            return statistics;
        } finally {
            layers = null;
            before = null;
            gradientNorms = null;
            removeHook();
        }
    }

    private static int[] dimensionsOf(INDArray array) {
        int[] all = new int[array.rank()];
        for (int d = 0; d < all.length; d++) {
            all[d] = d;
        }
        return all;
    }

    private static String name(Layer layer) {
        return layer.conf().getLayer().getLayerName();
    }

    /** Takes the probe's listener off the network (an armed probe that is never collected, too). */
    @Override
    public void close() {
        removeHook();
    }

    private void removeHook() {
        if (network.getListeners().contains(hook)) {
            List<TrainingListener> listeners = new ArrayList<>(network.getListeners());
            listeners.remove(hook);
            network.setListeners(listeners);
        }
    }

    /** Reads the gradient of an armed step before the updater overwrites it. */
    private final class Hook extends BaseTrainingListener {

        @Override
        public void onGradientCalculation(Model model) {
            if (before == null || model != network) {
                return;
            }
            Gradient gradient = network.gradient();
            double batch = Math.max(1, network.batchSize());
            Map<String, Layer> byName = new HashMap<>();
            for (Layer layer : layers) {
                byName.put(name(layer), layer);
            }
            Map<String, Double> squares = new HashMap<>();
            for (Map.Entry<String, INDArray> entry : gradient.gradientForVariable().entrySet()) {
                String key = entry.getKey();
                int separator = key.lastIndexOf('_');
                Layer layer = separator < 0 ? null : byName.get(key.substring(0, separator));
                if (layer == null || !layer.updaterDivideByMinibatch(key.substring(separator + 1))) {
                    continue;
                }
                double norm = entry.getValue().norm2Number().doubleValue() / batch;
                squares.merge(name(layer), norm * norm, Double::sum);
            }
            Map<String, Double> norms = new HashMap<>();
            squares.forEach((name, square) -> norms.put(name, Math.sqrt(square)));
            gradientNorms = norms;
        }
    }
}
