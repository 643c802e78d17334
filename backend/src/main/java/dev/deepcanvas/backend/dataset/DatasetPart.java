package dev.deepcanvas.backend.dataset;

/** The three parts of a dataset: fit on train, choose settings or stop early on validation, report on test. */
public enum DatasetPart {
    TRAIN, VALIDATION, TEST
}
