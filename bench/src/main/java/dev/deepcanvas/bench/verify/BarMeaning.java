package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a GAN's bars mean what they claim: measured on the instrument's reference sets, real held-out pictures
 * must meet every bar (else a perfect generator would fail) and every broken generator (noise, a collapse onto one
 * picture or one per class, colour without form, form in one colour) must miss at least one.
 */
public final class BarMeaning {

    static final String REAL = "real held-out pictures";

    private BarMeaning() {
    }

    /** What is wrong with the bars, in words; empty when they separate real pictures from every broken set. */
    public static List<String> problems(List<QualityBar> bars, List<Reference> references) {
        List<String> problems = new ArrayList<>();
        for (Reference reference : references) {
            boolean meetsAll = GalleryVerification.meetsAll(bars, reference);
            if (reference.name().equals(REAL) && !meetsAll) {
                problems.add("real held-out pictures miss the bars: a perfect generator would fail them");
            } else if (!reference.name().equals(REAL) && meetsAll) {
                problems.add("a broken generator meets every bar: " + reference.name());
            }
        }
        if (references.stream().noneMatch(r -> r.name().equals(REAL))) {
            problems.add("no reference of real held-out pictures");
        }
        return problems;
    }
}
