package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.training.gan.GanArrays;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.graph.document.GraphNode;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Inside a GAN: its trained generator asked for pictures, the way a teacher shows what it learned. The way from one
 * noise vector to another as a strip of pictures (does the generator change its mind smoothly?), a sheet of
 * pictures of one chosen class from fresh noise (a conditional GAN's class input at work), and what every layer of
 * the generator made of one noise vector. Noise comes from seeds the user sees and changes. Only the caller's own
 * runs can be looked into; another user's run is reported missing.
 */
@Service
public class GanInsideService {

    private static final Logger log = LoggerFactory.getLogger(GanInsideService.class);
    /** Pictures along the way between two noise vectors, both ends included. */
    public static final int STEPS = 9;
    /** Pictures on a sheet of one class. */
    public static final int SAMPLES = 16;

    private final GanGenerators generators;

    GanInsideService(GanGenerators generators) {
        this.generators = generators;
    }

    /**
     * How long the generator's noise is and which classes it can be asked for.
     *
     * @throws InsideRejectedException for a run that is missing or not the caller's, not a GAN, not succeeded, or
     *                                 whose generator file is missing or unreadable
     */
    public GeneratorFacts facts(long runId) {
        return generators.with(runId, ready -> new GeneratorFacts(runId, ready.generator().noiseSize(),
                ready.classNames(), ready.generator().condition().attributes()));
    }

    /**
     * {@value #STEPS} pictures from the noise of {@code fromSeed} to the noise of {@code toSeed} (see
     * {@link NoisePath} for why the way is an arc), all of class {@code classIndex} for a conditional generator.
     *
     * @param classIndex the class to draw; required for a conditional generator, null for an ordinary one
     * @throws InsideRejectedException as {@link #facts}, and for a class that does not exist or that an ordinary
     *                                 generator cannot be asked for
     */
    public NoiseInterpolation interpolate(long runId, long fromSeed, long toSeed, Integer classIndex) {
        return interpolate(runId, fromSeed, toSeed, classIndex, List.of());
    }

    /**
     * As {@link #interpolate(long, long, long, Integer)}, for a generator also told attributes (the colour): the
     * value of each, in the order of {@link GeneratorFacts#attributes()}.
     */
    public NoiseInterpolation interpolate(long runId, long fromSeed, long toSeed, Integer classIndex,
                                          List<Integer> attributeValues) {
        return generators.with(runId, ready -> {
            Asked asked = asked(runId, ready, classIndex, attributeValues);
            float[][] path = path(ready.generator(), fromSeed, toSeed);
            GeneratedPictures pictures = GeneratedPictures.of(draw(runId, ready, path, asked));
            List<Double> fractions = IntStream.range(0, STEPS).mapToObj(s -> NoisePath.fraction(s, STEPS)).toList();
            return new NoiseInterpolation(fromSeed, toSeed, classIndex, className(ready, asked), fractions, pictures);
        });
    }

    /**
     * {@value #SAMPLES} pictures from the noise of {@code seed}, all of class {@code classIndex} for a conditional
     * generator.
     *
     * @throws InsideRejectedException as {@link #interpolate}
     */
    public ClassSamples samples(long runId, Integer classIndex, long seed) {
        return samples(runId, classIndex, List.of(), seed);
    }

    /** As {@link #samples(long, Integer, long)}, with the attribute values a generator told attributes needs. */
    public ClassSamples samples(long runId, Integer classIndex, List<Integer> attributeValues, long seed) {
        return generators.with(runId, ready -> {
            Asked asked = asked(runId, ready, classIndex, attributeValues);
            float[][] noise = SeededNoise.rows(seed, SAMPLES, ready.generator().noiseSize());
            return new ClassSamples(seed, classIndex, className(ready, asked),
                    GeneratedPictures.of(draw(runId, ready, noise, asked)));
        });
    }

    /**
     * What every layer of the generator computed for the noise of step {@code step} of {@link #interpolate}'s way
     * (step 0: the noise of {@code fromSeed}), in the order the data flows.
     *
     * @throws InsideRejectedException as {@link #interpolate}, and for a step outside the way
     */
    public GeneratorLayers layers(long runId, long fromSeed, long toSeed, int step, Integer classIndex) {
        return layers(runId, fromSeed, toSeed, step, classIndex, List.of());
    }

    /** As {@link #layers(long, long, long, int, Integer)}, with the attribute values (see {@link #interpolate}). */
    public GeneratorLayers layers(long runId, long fromSeed, long toSeed, int step, Integer classIndex,
                                  List<Integer> attributeValues) {
        if (step < 0 || step >= STEPS) {
            throw new InsideRejectedException("Step " + step + " does not exist: the way has steps 0 to "
                    + (STEPS - 1) + ".");
        }
        return generators.with(runId, ready -> {
            Asked asked = asked(runId, ready, classIndex, attributeValues);
            float[] noise = path(ready.generator(), fromSeed, toSeed)[step];
            INDArray[] inputs = inputs(ready, new float[][]{noise}, asked);
            ComputationGraph net = ready.generator().net();
            Map<String, INDArray> values;
            try {
                values = LayerOutputs.of(net, inputs);
            } catch (RuntimeException unexpected) {
                throw failed(runId, unexpected);
            }
            List<String> inputNames = net.getConfiguration().getNetworkInputs();
            List<LayerActivations> layers = new ArrayList<>();
            // The inputs first, as the canvas lists them (noise, then class), whatever order DL4J keeps them in.
            for (GraphNode node : ready.graph().nodes()) {
                int input = inputNames.indexOf(node.id());
                if (input >= 0) {
                    layers.add(LayerReading.of(node, inputs[input], false));
                }
            }
            for (int position : net.topologicalSortOrder()) {
                GraphVertex vertex = net.getVertices()[position];
                String name = vertex.getVertexName();
                // Only the canvas's own nodes: the compiler may add helper vertices the user never drew.
                GraphNode node = ready.graph().node(name).orElse(null);
                INDArray value = values.get(name);
                if (node != null && value != null && !inputNames.contains(name)) {
                    layers.add(LayerReading.of(node, value, false));
                }
            }
            return new GeneratorLayers(fromSeed, toSeed, step, NoisePath.fraction(step, STEPS), classIndex,
                    className(ready, asked), layers);
        });
    }

    private static float[][] path(TrainedGenerator generator, long fromSeed, long toSeed) {
        return NoisePath.between(SeededNoise.vector(fromSeed, generator.noiseSize()),
                SeededNoise.vector(toSeed, generator.noiseSize()), STEPS);
    }

    /** What a conditional generator is asked for: a class and a value of each attribute it is told. */
    private record Asked(int classIndex, List<Integer> values) {
    }

    /** The class and attribute values to ask for, checked; null for an ordinary generator. */
    private static Asked asked(long runId, GanGenerators.Ready ready, Integer classIndex,
                               List<Integer> attributeValues) {
        List<String> names = ready.classNames();
        if (names.isEmpty()) {
            if (classIndex != null || !attributeValues.isEmpty()) {
                throw new InsideRejectedException("The generator of run #" + runId + " is not conditional (it has "
                        + "no ClassInput): it draws whatever its noise makes and cannot be asked for a class.");
            }
            return null;
        }
        if (classIndex == null) {
            throw new InsideRejectedException("The generator of run #" + runId + " draws the class it is asked "
                    + "for: choose one of its " + names.size() + " classes.");
        }
        if (classIndex < 0 || classIndex >= names.size()) {
            throw new InsideRejectedException("Class " + classIndex + " does not exist: choose 0 to "
                    + (names.size() - 1) + " (" + String.join(", ", names) + ").");
        }
        List<DatasetAttribute> attributes = ready.generator().condition().attributes();
        if (attributeValues.size() != attributes.size()) {
            throw new InsideRejectedException(attributes.isEmpty()
                    ? "The generator of run #" + runId + " is told the class only: it cannot be asked for "
                    + attributeValues.size() + " attribute values."
                    : "The generator of run #" + runId + " is told the " + attributeNames(attributes) + " as well as "
                    + "the class: choose one value of each.");
        }
        for (int a = 0; a < attributes.size(); a++) {
            List<String> values = attributes.get(a).values();
            Integer value = attributeValues.get(a);
            if (value == null || value < 0 || value >= values.size()) {
                throw new InsideRejectedException("The " + attributes.get(a).name() + " " + value
                        + " does not exist: choose 0 to " + (values.size() - 1) + " (" + String.join(", ", values)
                        + ").");
            }
        }
        return new Asked(classIndex, List.copyOf(attributeValues));
    }

    private static String attributeNames(List<DatasetAttribute> attributes) {
        return String.join(" and ", attributes.stream().map(DatasetAttribute::name).toList());
    }

    /** "circle", or "red circle" for a generator told the colour; null for an ordinary generator. */
    private static String className(GanGenerators.Ready ready, Asked asked) {
        return asked == null ? null : ready.generator().condition().describe(asked.classIndex(), asked.values());
    }

    /** The generator's pictures {@code [rows, channels, height, width]} for these noise rows. */
    private static INDArray draw(long runId, GanGenerators.Ready ready, float[][] noise, Asked asked) {
        INDArray pictures;
        try {
            pictures = ready.generator().net().output(false, inputs(ready, noise, asked))[0];
        } catch (RuntimeException unexpected) {
            throw failed(runId, unexpected);
        }
        if (pictures.rank() != 4) {
            throw new InsideRejectedException("The generator of run #" + runId + " makes arrays of shape "
                    + Arrays.toString(Arrays.copyOfRange(pictures.shape(), 1, pictures.rank()))
                    + ", not pictures (channels × height × width), so they cannot be drawn.");
        }
        return pictures;
    }

    /** The generator's inputs in its own order: the noise rows and, for a conditional one, what it is asked for. */
    private static INDArray[] inputs(GanGenerators.Ready ready, float[][] noise, Asked asked) {
        ComputationGraph net = ready.generator().net();
        DataType type = net.params().dataType();
        INDArray classes = asked == null ? null
                : ready.generator().condition().fixed(type, noise.length, asked.classIndex(), asked.values());
        return GanArrays.generator(net.getConfiguration().getNetworkInputs(), ready.generator().blocks(),
                Nd4j.create(noise).castTo(type), classes);
    }

    private static InsideRejectedException failed(long runId, RuntimeException unexpected) {
        log.error("Run {}: its generator failed", runId, unexpected);
        return new InsideRejectedException("The generator of run #" + runId + " failed with an unexpected error; "
                + "the details are in the log file.");
    }
}
