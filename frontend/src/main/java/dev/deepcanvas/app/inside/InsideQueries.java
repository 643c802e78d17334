package dev.deepcanvas.app.inside;

import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.inside.LearnedFilters;
import dev.deepcanvas.backend.inside.SaliencyMap;
import dev.deepcanvas.backend.inside.WordSaliency;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Optional;

/**
 * What the Inside panel asks of one run's model: the service as the run's owner in the application, the same through
 * a share link for whoever holds it. Every method but {@link #ownPictureShape} and {@link #acceptsSentences} may
 * throw {@link dev.deepcanvas.backend.inside.InsideRejectedException} with a one-line reason.
 */
public interface InsideQueries {

    int exampleCount();

    Optional<LearnedFilters> firstFilters();

    Optional<List<Long>> ownPictureShape();

    boolean acceptsSentences();

    InsideExample look(int index);

    SaliencyMap saliency(int index, int unit, boolean score);

    InsideExample lookAtPicture(INDArray picture);

    SaliencyMap saliencyOfPicture(INDArray picture, int unit, boolean score);

    InsideExample lookAtSentence(String sentence);

    WordSaliency wordSaliency(int index, int unit, boolean score);

    WordSaliency wordSaliencyOfSentence(String sentence, int unit, boolean score);

    static InsideQueries of(long runId, InsideService service) {
        return new InsideQueries() {
            @Override
            public int exampleCount() {
                return service.exampleCount(runId);
            }

            @Override
            public Optional<LearnedFilters> firstFilters() {
                return service.firstFilters(runId);
            }

            @Override
            public Optional<List<Long>> ownPictureShape() {
                return service.ownPictureShape(runId);
            }

            @Override
            public boolean acceptsSentences() {
                return service.acceptsSentences(runId);
            }

            @Override
            public InsideExample look(int index) {
                return service.look(runId, index);
            }

            @Override
            public SaliencyMap saliency(int index, int unit, boolean score) {
                return service.saliency(runId, index, unit, score);
            }

            @Override
            public InsideExample lookAtPicture(INDArray picture) {
                return service.lookAtPicture(runId, picture);
            }

            @Override
            public SaliencyMap saliencyOfPicture(INDArray picture, int unit, boolean score) {
                return service.saliencyOfPicture(runId, picture, unit, score);
            }

            @Override
            public InsideExample lookAtSentence(String sentence) {
                return service.lookAtSentence(runId, sentence);
            }

            @Override
            public WordSaliency wordSaliency(int index, int unit, boolean score) {
                return service.wordSaliency(runId, index, unit, score);
            }

            @Override
            public WordSaliency wordSaliencyOfSentence(String sentence, int unit, boolean score) {
                return service.wordSaliencyOfSentence(runId, sentence, unit, score);
            }
        };
    }
}
