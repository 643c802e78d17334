package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunEntity;

/**
 * Where a run's figures come from, beyond its snapshot: the exact data it trained and was tested on, and the
 * software and worker that trained it. A resumed run (or one another worker took over) records the software and
 * worker that finished it.
 *
 * @param data       fingerprints of its data; null until the run starts (and for runs stored before they were kept)
 * @param appVersion the DeepCanvas version; null for runs stored before it was kept
 * @param backend    ND4J's back end as it ran: native build, oneDNN helpers and native threads; null likewise
 * @param worker     the worker that trains it, or trained it last (its id, which starts with its host's name); null
 *                   until a worker takes it, and for runs stored before workers were recorded
 */
public record RunProvenance(DataFingerprints data, String appVersion, String backend, String worker) {

    public RunProvenance(DataFingerprints data, String appVersion, String backend) {
        this(data, appVersion, backend, null);
    }

    static RunProvenance of(RunEntity run) {
        DataFingerprints data = run.getTrainSha256() == null ? null : new DataFingerprints(
                new DataFingerprint(run.getTrainSha256(), run.getTrainRows()),
                run.getValidationSha256() == null ? null
                        : new DataFingerprint(run.getValidationSha256(), run.getValidationRows()),
                run.getTestSha256() == null ? null : new DataFingerprint(run.getTestSha256(), run.getTestRows()));
        return new RunProvenance(data, run.getAppVersion(), run.getNd4jBackend(), run.getWorkerId());
    }
}
