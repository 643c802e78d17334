package dev.deepcanvas.bench.verify;

import dev.deepcanvas.bench.quality.Measurement;
import dev.deepcanvas.templates.VerifiedResult;

import java.time.Instant;

/** A verification as the results file records it. */
final class Recording {

    private Recording() {
    }

    static VerifiedResult result(GalleryVerification.Verified verified, String commit, boolean clean, Instant date,
                                 Machine machine) {
        return new VerifiedResult(verified.template().id(), verified.template().bars(),
                verified.runs().stream().map(Measurement::toRun).toList(), verified.references(),
                verified.picture() == null ? null : verified.template().id() + ".png", commit, clean, date,
                machine.processor(), machine.cores(), verified.load());
    }
}
