package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.Normalisation;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * The description of an uploaded dataset as it is written beside its arrays (manifest.json), in plain JSON types so
 * that it stays readable and independent of class layouts. Uploads have one input and one output. Fields added
 * later (the feature scaling) are absent from older manifests and read as null.
 */
record DatasetManifest(String title, DatasetTask task, String inputName, Shape.Kind inputKind, long[] inputDims,
                       List<String> vocabulary, String outputName, long[] outputDims, List<String> classNames,
                       List<String> featureNames, Double targetMean, Double targetStd, String targetUnit,
                       Normalisation featureScaling, List<Double> featureOffset, List<Double> featureDivisor,
                       int train, int validation, int test, String description, String source) {

    static DatasetManifest of(DatasetDescriptor d) {
        TensorSpec in = d.input();
        TensorSpec out = d.output();
        TargetScale scale = d.targetScale();
        FeatureScale features = d.featureScale();
        return new DatasetManifest(d.title(), d.task(), in.name(), in.shape().kind(), in.shape().dims(),
                in.vocabulary() == null ? null : in.vocabulary().tokens(), out.name(), out.shape().dims(),
                d.classNames(), d.featureNames(), scale == null ? null : scale.mean().get(0),
                scale == null ? null : scale.std().get(0), scale == null ? null : scale.unit(),
                features == null ? null : features.normalisation(), features == null ? null : features.offset(),
                features == null ? null : features.divisor(),
                d.counts().train(), d.counts().validation(), d.counts().test(), d.description(), d.source());
    }

    DatasetDescriptor toDescriptor(String id) {
        Shape inputShape = switch (inputKind) {
            case VECTOR -> Shape.vector(inputDims[0]);
            case IMAGE -> Shape.image(inputDims[0], inputDims[1], inputDims[2]);
            case SEQUENCE -> Shape.sequence(inputDims[0], inputDims[1]);
            case TOKENS -> Shape.tokens(inputDims[0], inputDims[1]);
        };
        TensorSpec input = vocabulary == null ? TensorSpec.of(inputName, inputShape)
                : TensorSpec.text(inputName, inputShape, new Vocabulary(vocabulary));
        TargetScale scale = targetMean == null ? null
                : new TargetScale(List.of(targetMean), List.of(targetStd), targetUnit);
        // Uploads stored before feature scaling was recorded have none: their playground takes model units.
        FeatureScale features = featureScaling == null ? null
                : new FeatureScale(featureScaling, featureOffset, featureDivisor);
        return new DatasetDescriptor(id, title, task, List.of(input),
                List.of(TensorSpec.of(outputName, Shape.vector(outputDims[0]))), classNames, featureNames, scale,
                features, new SplitCounts(train, validation, test), false, description, source);
    }
}
