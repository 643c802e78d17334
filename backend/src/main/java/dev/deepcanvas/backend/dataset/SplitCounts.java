package dev.deepcanvas.backend.dataset;

/** How many samples each part of a dataset holds; validation is 0 where a dataset keeps none. */
public record SplitCounts(int train, int validation, int test) {

    public int total() {
        return train + validation + test;
    }

    @Override
    public String toString() {
        return train + " train / " + (validation > 0 ? validation + " validation / " : "") + test + " test";
    }
}
