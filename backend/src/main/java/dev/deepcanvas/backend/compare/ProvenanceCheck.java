package dev.deepcanvas.backend.compare;

import dev.deepcanvas.backend.training.DataFingerprint;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.RunProvenance;
import dev.deepcanvas.backend.training.RunSummary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether compared runs can be compared with certainty: the same data, the same DeepCanvas and the same ND4J back
 * end. Each difference becomes a warning in plain words, naming the runs on each side; a run whose provenance was
 * not recorded is named too, since for it the question cannot be answered.
 */
final class ProvenanceCheck {

    private ProvenanceCheck() {
    }

    static List<String> warnings(List<RunSummary> runs) {
        List<String> warnings = new ArrayList<>();
        List<RunSummary> withData = runs.stream().filter(r -> data(r) != null).toList();
        differs(withData, r -> describe(data(r).train())).ifPresent(groups -> warnings.add(
                "These runs did not learn from the same data: " + groups + ". Figures learned from different data "
                        + "do not compare like for like."));
        differs(withData, r -> describe(data(r).validation())).ifPresent(groups -> warnings.add(
                "Their epoch figures were measured on different validation data: " + groups + "."));
        differs(withData, r -> describe(data(r).test())).ifPresent(groups -> warnings.add(
                "Their final figures were measured on different test data: " + groups + ". Scores on different "
                        + "test data do not compare like for like."));
        List<RunSummary> withVersion = runs.stream().filter(r -> provenance(r).appVersion() != null).toList();
        differs(withVersion, r -> provenance(r).appVersion()).ifPresent(groups -> warnings.add(
                "Different versions of DeepCanvas trained these runs: " + groups + ". A change in DeepCanvas itself "
                        + "may explain part of the difference."));
        List<RunSummary> withBackend = runs.stream().filter(r -> provenance(r).backend() != null).toList();
        differs(withBackend, r -> provenance(r).backend()).ifPresent(groups -> warnings.add(
                "Different ND4J back ends trained these runs: " + groups + ". Native builds and thread counts can "
                        + "change results slightly, and timings a lot."));
        List<String> unknown = runs.stream().filter(r -> data(r) == null).map(r -> "#" + r.id()).toList();
        if (!unknown.isEmpty()) {
            warnings.add("Run" + (unknown.size() == 1 ? " " : "s ") + String.join(", ", unknown) + " recorded no "
                    + "fingerprint of " + (unknown.size() == 1 ? "its" : "their") + " data (trained before "
                    + "DeepCanvas kept one, or never started), so whether all runs saw the same data cannot be "
                    + "checked.");
        }
        return warnings;
    }

    /**
     * The runs grouped by a value, in words ("run #3: a; runs #4, #5: b"), when they do not all share it; empty
     * when they do (or when fewer than two runs have it).
     */
    private static Optional<String> differs(List<RunSummary> runs, Function<RunSummary, String> value) {
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (RunSummary run : runs) {
            byValue.computeIfAbsent(Objects.requireNonNullElse(value.apply(run), "none"), k -> new ArrayList<>())
                    .add("#" + run.id());
        }
        if (byValue.size() < 2) {
            return Optional.empty();
        }
        List<String> groups = new ArrayList<>();
        byValue.forEach((v, ids) -> groups.add((ids.size() == 1 ? "run " : "runs ") + String.join(", ", ids) + ": "
                + v));
        return Optional.of(String.join("; ", groups));
    }

    private static String describe(DataFingerprint part) {
        return part == null ? null : part.rows() + " rows, fingerprint " + part.shortHash();
    }

    private static RunProvenance provenance(RunSummary run) {
        return run.provenance() == null ? new RunProvenance(null, null, null) : run.provenance();
    }

    private static DataFingerprints data(RunSummary run) {
        return provenance(run).data();
    }
}
