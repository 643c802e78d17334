package dev.deepcanvas.app.sharing;

import dev.deepcanvas.app.inside.GeneratorQueries;
import dev.deepcanvas.app.inside.InsideQueries;
import dev.deepcanvas.app.runs.SampleGrids;
import dev.deepcanvas.backend.inside.ClassSamples;
import dev.deepcanvas.backend.inside.GeneratorFacts;
import dev.deepcanvas.backend.inside.GeneratorLayers;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.LearnedFilters;
import dev.deepcanvas.backend.inside.NoiseInterpolation;
import dev.deepcanvas.backend.inside.SaliencyMap;
import dev.deepcanvas.backend.inside.WordSaliency;
import dev.deepcanvas.backend.sharing.SharedInside;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Optional;

/**
 * One run's model as a share link reaches it: the Inside panels' questions, each asked with the link so that the
 * service checks it every time.
 */
final class LinkedModel {

    private LinkedModel() {
    }

    static InsideQueries inside(String token, long runId, SharedInside shared) {
        return new InsideQueries() {
            @Override
            public int exampleCount() {
                return shared.exampleCount(token, runId);
            }

            @Override
            public Optional<LearnedFilters> firstFilters() {
                return shared.firstFilters(token, runId);
            }

            @Override
            public Optional<List<Long>> ownPictureShape() {
                return shared.ownPictureShape(token, runId);
            }

            @Override
            public boolean acceptsSentences() {
                return shared.acceptsSentences(token, runId);
            }

            @Override
            public InsideExample look(int index) {
                return shared.look(token, runId, index);
            }

            @Override
            public SaliencyMap saliency(int index, int unit, boolean score) {
                return shared.saliency(token, runId, index, unit, score);
            }

            @Override
            public InsideExample lookAtPicture(INDArray picture) {
                return shared.lookAtPicture(token, runId, picture);
            }

            @Override
            public SaliencyMap saliencyOfPicture(INDArray picture, int unit, boolean score) {
                return shared.saliencyOfPicture(token, runId, picture, unit, score);
            }

            @Override
            public InsideExample lookAtSentence(String sentence) {
                return shared.lookAtSentence(token, runId, sentence);
            }

            @Override
            public WordSaliency wordSaliency(int index, int unit, boolean score) {
                return shared.wordSaliency(token, runId, index, unit, score);
            }

            @Override
            public WordSaliency wordSaliencyOfSentence(String sentence, int unit, boolean score) {
                return shared.wordSaliencyOfSentence(token, runId, sentence, unit, score);
            }
        };
    }

    static GeneratorQueries generator(String token, long runId, SharedInside shared) {
        return new GeneratorQueries() {
            @Override
            public GeneratorFacts facts() {
                return shared.generatorFacts(token, runId);
            }

            @Override
            public NoiseInterpolation interpolate(long fromSeed, long toSeed, Integer classIndex,
                                                  List<Integer> attributeValues) {
                return shared.interpolate(token, runId, fromSeed, toSeed, classIndex, attributeValues);
            }

            @Override
            public ClassSamples samples(Integer classIndex, List<Integer> attributeValues, long seed) {
                return shared.samples(token, runId, classIndex, attributeValues, seed);
            }

            @Override
            public GeneratorLayers layers(long fromSeed, long toSeed, int step, Integer classIndex,
                                          List<Integer> attributeValues) {
                return shared.generatorLayers(token, runId, fromSeed, toSeed, step, classIndex, attributeValues);
            }
        };
    }

    static SampleGrids sampleGrids(String token, long runId, SharedInside shared) {
        return new SampleGrids() {
            @Override
            public List<Integer> epochs() {
                return shared.sampleEpochs(token, runId);
            }

            @Override
            public byte[] png(int epoch) {
                return shared.samplePng(token, runId, epoch);
            }
        };
    }
}
