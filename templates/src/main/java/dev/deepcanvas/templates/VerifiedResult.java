package dev.deepcanvas.templates;

import java.time.Instant;
import java.util.List;

/**
 * The latest verification of one template, as the verification command wrote it: what it reached against which
 * bars, from which code, on which machine, in what time.
 *
 * @param bars       the bars it was measured against (the catalog's at the time)
 * @param runs       its trainings: the first with the template's own seed (what Train gives), a GAN's second
 *                   from another seed
 * @param references baselines measured with the same instrument
 * @param samples    the file name, beside the results file, of a picture of what the first run's model made (a
 *                   GAN's samples, an autoencoder's reconstructions); null for other templates
 * @param commit     the git commit of the code that was measured
 * @param clean      whether the working tree had no uncommitted changes then
 * @param machine    the processor
 * @param cores      the processors available to the run
 * @param load       the one-minute load average when the run started: above {@code cores}, other work slowed it
 */
public record VerifiedResult(String templateId, List<QualityBar> bars, List<VerifiedRun> runs,
                             List<Reference> references, String samples, String commit, boolean clean, Instant date,
                             String machine, int cores, double load) {

    public VerifiedResult {
        bars = List.copyOf(bars);
        runs = List.copyOf(runs);
        references = List.copyOf(references);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a verification of '" + templateId + "' without a run");
        }
    }

    /** The run with the template's own settings, seed included: what a user's Train gives. */
    public VerifiedRun defaults() {
        return runs.get(0);
    }

    /** Whether every run reached every bar. */
    public boolean met() {
        return bars.stream().allMatch(bar -> runs.stream().allMatch(run -> run.meets(bar)));
    }
}
