package dev.deepcanvas.backend.dataset;

/**
 * What a dataset asks a model to do. It decides which output layer fits (Output or RnnOutput), which loss makes
 * sense and how results are shown (accuracy and a confusion matrix, R², or generated sequences).
 */
public enum DatasetTask {
    CLASSIFICATION("Classification", "one class per sample"),
    REGRESSION("Regression", "one or more numbers per sample"),
    SEQUENCE_CLASSIFICATION("Sequence classification", "one class per sequence (many-to-one)"),
    NEXT_TOKEN("Next-token model", "the next character at every step (many-to-many)"),
    SEQUENCE_TO_SEQUENCE("Sequence to sequence", "a target sequence for a source sequence (many-to-many)"),
    IMAGE_CAPTIONING("Image captioning", "a sentence for an image (one-to-many)"),
    /** A picture dataset seen by an autoencoder: each picture is its own target ({@link DatasetDescriptor#asReconstruction}). */
    RECONSTRUCTION("Reconstruction", "each input picture again, pixel by pixel");

    private final String label;
    private final String predicts;

    DatasetTask(String label, String predicts) {
        this.label = label;
        this.predicts = predicts;
    }

    public String label() {
        return label;
    }

    /** What the model predicts, for the dataset's card: "one class per sample". */
    public String predicts() {
        return predicts;
    }

    /** Whether the labels are one-hot classes (so accuracy, precision and a confusion matrix apply). */
    public boolean isClassification() {
        return this == CLASSIFICATION || this == SEQUENCE_CLASSIFICATION;
    }

    /** Whether the model emits one prediction per time step (an RnnOutput layer). */
    public boolean predictsSequences() {
        return this == NEXT_TOKEN || this == SEQUENCE_TO_SEQUENCE || this == IMAGE_CAPTIONING;
    }
}
