package dev.deepcanvas.app.inside;

import dev.deepcanvas.backend.inside.ClassSamples;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.GeneratorFacts;
import dev.deepcanvas.backend.inside.GeneratorLayers;
import dev.deepcanvas.backend.inside.NoiseInterpolation;

/**
 * What the GAN panel asks of one run's generator: the service as the run's owner, the same through a share link for
 * whoever holds it, made-up answers in the view's tests. Every method may throw {@link dev.deepcanvas.backend.inside.InsideRejectedException} with a one-line reason.
 */
public interface GeneratorQueries {

    GeneratorFacts facts();

    NoiseInterpolation interpolate(long fromSeed, long toSeed, Integer classIndex);

    ClassSamples samples(Integer classIndex, long seed);

    GeneratorLayers layers(long fromSeed, long toSeed, int step, Integer classIndex);

    static GeneratorQueries of(long runId, GanInsideService service) {
        return new GeneratorQueries() {
            @Override
            public GeneratorFacts facts() {
                return service.facts(runId);
            }

            @Override
            public NoiseInterpolation interpolate(long fromSeed, long toSeed, Integer classIndex) {
                return service.interpolate(runId, fromSeed, toSeed, classIndex);
            }

            @Override
            public ClassSamples samples(Integer classIndex, long seed) {
                return service.samples(runId, classIndex, seed);
            }

            @Override
            public GeneratorLayers layers(long fromSeed, long toSeed, int step, Integer classIndex) {
                return service.layers(runId, fromSeed, toSeed, step, classIndex);
            }
        };
    }
}
