package dev.deepcanvas.backend.dataset;

import org.nd4j.linalg.dataset.DataSet;

import java.util.List;
import java.util.Optional;

/**
 * A dataset ready for training: fixed train/(validation)/test parts, features already normalised with statistics of
 * the training part only (so nothing about the held-out parts leaks into training). The arrays are shared by every
 * run: copy before mutating (shuffling, normalising).
 */
public final class PreparedDataset {

    private final DatasetDescriptor descriptor;
    private final DatasetSplit train;
    private final DatasetSplit validation;
    private final DatasetSplit test;

    /**
     * @param validation null where the dataset keeps no validation part
     */
    public PreparedDataset(DatasetDescriptor descriptor, DatasetSplit train, DatasetSplit validation,
                           DatasetSplit test) {
        this.train = train;
        this.validation = validation;
        this.test = test;
        SplitCounts actual = new SplitCounts(train.size(), validation == null ? 0 : validation.size(), test.size());
        this.descriptor = descriptor.withCounts(actual);
        if (train.features().size() != descriptor.inputs().size()
                || train.labels().size() != descriptor.outputs().size()) {
            throw new IllegalArgumentException("dataset " + descriptor.id() + " declares "
                    + descriptor.inputs().size() + " inputs and " + descriptor.outputs().size()
                    + " outputs but provides " + train.features().size() + " and " + train.labels().size());
        }
    }

    public DatasetDescriptor descriptor() {
        return descriptor;
    }

    public String id() {
        return descriptor.id();
    }

    public String title() {
        return descriptor.title();
    }

    public boolean synthetic() {
        return descriptor.synthetic();
    }

    public DatasetTask task() {
        return descriptor.task();
    }

    public List<String> classNames() {
        return descriptor.classNames();
    }

    public int classCount() {
        return descriptor.classCount();
    }

    /** The training part as a DataSet, for datasets with one input and one output. */
    public DataSet train() {
        return train.asDataSet();
    }

    /** The held-out part every run is scored on, as a DataSet, for datasets with one input and one output. */
    public DataSet test() {
        return test.asDataSet();
    }

    /** The validation part as a DataSet, where the dataset keeps one. */
    public Optional<DataSet> validation() {
        return Optional.ofNullable(validation).map(DatasetSplit::asDataSet);
    }

    /**
     * The same data as an autoencoder learns from it ({@link DatasetDescriptor#asReconstruction}): every part's
     * pictures are also its targets (the same arrays, not copies).
     */
    public PreparedDataset asReconstruction() {
        return new PreparedDataset(descriptor.asReconstruction(), selfTargets(train), selfTargets(validation),
                selfTargets(test));
    }

    private static DatasetSplit selfTargets(DatasetSplit split) {
        return split == null ? null : new DatasetSplit(split.features(), split.features(), split.texts());
    }

    /** Any part, with all its inputs, outputs and texts (for multi-input datasets and for showing samples). */
    public Optional<DatasetSplit> part(DatasetPart part) {
        return Optional.ofNullable(switch (part) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        });
    }
}
