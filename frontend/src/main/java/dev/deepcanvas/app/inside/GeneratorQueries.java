package dev.deepcanvas.app.inside;

import dev.deepcanvas.backend.inside.ClassSamples;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.GeneratorFacts;
import dev.deepcanvas.backend.inside.GeneratorLayers;
import dev.deepcanvas.backend.inside.NoiseInterpolation;

import java.util.List;

/**
 * What the GAN panel asks of one run's generator: the service as the run's owner, the same through a share link for
 * whoever holds it, made-up answers in the view's tests. Every method may throw {@link dev.deepcanvas.backend.inside.InsideRejectedException} with a one-line reason.
 */
public interface GeneratorQueries {

    GeneratorFacts facts();

    /** @param attributeValues a value of each attribute the generator is told ({@link GeneratorFacts#attributes()}) */
    NoiseInterpolation interpolate(long fromSeed, long toSeed, Integer classIndex, List<Integer> attributeValues);

    ClassSamples samples(Integer classIndex, List<Integer> attributeValues, long seed);

    GeneratorLayers layers(long fromSeed, long toSeed, int step, Integer classIndex, List<Integer> attributeValues);

    static GeneratorQueries of(long runId, GanInsideService service) {
        return new GeneratorQueries() {
            @Override
            public GeneratorFacts facts() {
                return service.facts(runId);
            }

            @Override
            public NoiseInterpolation interpolate(long fromSeed, long toSeed, Integer classIndex,
                                                  List<Integer> attributeValues) {
                return service.interpolate(runId, fromSeed, toSeed, classIndex, attributeValues);
            }

            @Override
            public ClassSamples samples(Integer classIndex, List<Integer> attributeValues, long seed) {
                return service.samples(runId, classIndex, attributeValues, seed);
            }

            @Override
            public GeneratorLayers layers(long fromSeed, long toSeed, int step, Integer classIndex,
                                          List<Integer> attributeValues) {
                return service.layers(runId, fromSeed, toSeed, step, classIndex, attributeValues);
            }
        };
    }
}
