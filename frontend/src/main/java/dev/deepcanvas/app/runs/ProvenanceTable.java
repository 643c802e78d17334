package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.DataFingerprint;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.RunProvenance;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;

import dev.deepcanvas.backend.training.WorkerDescription;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a run's figures come from: the fingerprint of each part of its data (hover for the full SHA-256), the
 * DeepCanvas version, ND4J's back end and the worker that trained it. Two runs with the same lines here saw the same
 * data and ran on the same software.
 */
class ProvenanceTable extends Div {

    private RunProvenance shown;
    private boolean started;
    private Function<String, Optional<WorkerDescription>> workers = id -> Optional.empty();

    ProvenanceTable() {
        setId("provenance");
        addClassName("key-values");
    }

    /** Where the worker row finds what a worker said about itself (host, cores, runs at once). */
    void describeWorkersWith(Function<String, Optional<WorkerDescription>> lookup) {
        this.workers = lookup;
    }

    /** Shows the run's provenance; cheap to call on every update, it redraws only when something changed. */
    void show(RunSummary run) {
        boolean hasStarted = run.status() != RunState.QUEUED;
        if (getChildren().findAny().isPresent() && Objects.equals(shown, run.provenance())
                && started == hasStarted) {
            return;
        }
        shown = run.provenance();
        started = hasStarted;
        removeAll();
        RunProvenance provenance = run.provenance();
        DataFingerprints data = provenance == null ? null : provenance.data();
        if (data == null) {
            row("data", run.status() == RunState.QUEUED ? "recorded when the run starts"
                    : "not recorded (trained before DeepCanvas kept fingerprints, or cancelled before it started)",
                    null);
        } else {
            part("training data", data.train(), "none");
            part("validation data", data.validation(), "none (the dataset has no validation part)");
            part("test data", data.test(), run.task() == TaskKind.GAN
                    ? "none (a GAN is judged by its samples, not tested)" : "none");
        }
        row("DeepCanvas", provenance == null || provenance.appVersion() == null ? "not recorded"
                : provenance.appVersion(), null);
        row("ND4J back end", provenance == null || provenance.backend() == null ? "not recorded"
                : provenance.backend(), null);
        String worker = provenance == null ? null : provenance.worker();
        if (worker == null) {
            row("worker", run.status() == RunState.QUEUED ? "recorded when a worker takes the run"
                    : "not recorded (trained before DeepCanvas recorded its workers)", null);
        } else {
            Optional<WorkerDescription> described = workers.apply(worker);
            row("worker", worker + described.map(w -> " · " + w.summary()).orElse(""),
                    described.map(w -> "DeepCanvas " + w.appVersion() + ", " + w.backend() + "; started "
                            + w.startedAt() + ", last seen " + w.lastSeenAt()).orElse(null));
        }
    }

    private void part(String name, DataFingerprint part, String absent) {
        if (part == null) {
            row(name, absent, null);
        } else {
            row(name, part.rows() + " rows · fingerprint " + part.shortHash(), "SHA-256 " + part.sha256());
        }
    }

    private void row(String name, String value, String title) {
        Span key = new Span(name);
        key.addClassName("kv-key");
        Span val = new Span(value);
        val.addClassName("kv-value");
        if (title != null) {
            val.setTitle(title);
        }
        add(key, val);
    }
}
