package dev.deepcanvas.bench.inside;

import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.FeatureMapPicture;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LayerKind;
import dev.deepcanvas.backend.inside.SaliencyMap;
import dev.deepcanvas.backend.inside.SaliencyPicture;

/**
 * What the server does when the user chooses a held-out example in the Inside view, in the order the view does it:
 * every layer's activations ({@link InsideService#look}), the saliency of the predicted class
 * ({@link InsideService#saliency}), and the pictures the page is sent (a PNG per feature map, the saliency over the
 * input and alone). The learned filters are not counted: the view reads them once per run, not per example.
 */
final class InsideViewTiming {

    /** Milliseconds spent in each part for one example. */
    record Parts(double look, double saliency, double pictures) {

        double total() {
            return look + saliency + pictures;
        }
    }

    private final InsideService inside;
    private final long runId;

    InsideViewTiming(InsideService inside, long runId) {
        this.inside = inside;
        this.runId = runId;
    }

    Parts time(int index) {
        long start = System.nanoTime();
        InsideExample example = inside.look(runId, index);
        long looked = System.nanoTime();
        int predicted = example.layers().stream().filter(l -> l.kind() == LayerKind.OUTPUT).findFirst()
                .orElseThrow(() -> new IllegalStateException("run " + runId + ": no output layer")).topUnits(1).get(0);
        SaliencyMap saliency = inside.saliency(runId, index, predicted, false);
        long traced = System.nanoTime();
        long bytes = 0;
        for (LayerActivations layer : example.layers()) {
            if (layer.kind() == LayerKind.FEATURE_MAPS) {
                for (FeatureMap map : layer.maps()) {
                    bytes += FeatureMapPicture.png(map, layer.low(), layer.high()).length;
                }
            }
        }
        FeatureMap strength = saliency.pixelStrength();
        bytes += SaliencyPicture.heat(strength, saliency.largest()).length;
        bytes += SaliencyPicture.overlay(example.layers().get(0), strength, saliency.largest()).length;
        long drawn = System.nanoTime();
        if (bytes == 0) {
            throw new IllegalStateException("run " + runId + ": the Inside view of example " + index
                    + " has no pictures");
        }
        return new Parts((looked - start) / 1e6, (traced - looked) / 1e6, (drawn - traced) / 1e6);
    }
}
