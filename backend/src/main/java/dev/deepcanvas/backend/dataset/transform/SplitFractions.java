package dev.deepcanvas.backend.dataset.transform;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import java.util.ArrayList;
import java.util.List;

/**
 * How an uploaded dataset is cut into train, validation and test parts, stratified by class where there are classes
 * and fixed by the seed, so re-importing the same file gives the same parts.
 */
public record SplitFractions(double validation, double test, long seed) {

    public static final SplitFractions DEFAULT = new SplitFractions(0.1, 0.2, 42);

    /** Indices of the three parts. */
    public record Parts(List<Integer> train, List<Integer> validation, List<Integer> test) {
    }

    public void check() {
        if (!(test > 0 && test < 0.9)) {
            throw new UploadRejectedException("The test share must be more than 0% and less than 90% (it is "
                    + percent(test) + ").");
        }
        if (!(validation >= 0 && validation < 0.9)) {
            throw new UploadRejectedException("The validation share must be between 0% and 90% (it is "
                    + percent(validation) + ").");
        }
        if (validation + test > 0.9) {
            throw new UploadRejectedException("Validation and test together take " + percent(validation + test)
                    + ", leaving less than 10% for training. Lower one of them.");
        }
    }

    /** Cuts rows whose classes are given (all 0 for regression) into the three parts. */
    public Parts split(int[] classOfRow) {
        StratifiedSplit.Indices outer = StratifiedSplit.split(classOfRow, test, seed);
        if (validation == 0) {
            return new Parts(outer.train(), List.of(), outer.test());
        }
        int[] remainingClasses = new int[outer.train().size()];
        for (int i = 0; i < remainingClasses.length; i++) {
            remainingClasses[i] = classOfRow[outer.train().get(i)];
        }
        StratifiedSplit.Indices inner = StratifiedSplit.split(remainingClasses, validation / (1 - test), seed + 1);
        List<Integer> train = new ArrayList<>();
        inner.train().forEach(i -> train.add(outer.train().get(i)));
        List<Integer> validationRows = new ArrayList<>();
        inner.test().forEach(i -> validationRows.add(outer.train().get(i)));
        return new Parts(train, validationRows, outer.test());
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }
}
