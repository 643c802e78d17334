package dev.deepcanvas.backend.compare;

import dev.deepcanvas.backend.training.EpochMetric;
import dev.deepcanvas.backend.training.MetricSeries;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Puts runs side by side, so a user sees what changed between them and what it did to the curves. */
@Service
public class RunComparisonService {

    /** More curves than this on one chart cannot be told apart. */
    public static final int MAX_RUNS = 8;

    private final RunQueries runs;

    public RunComparisonService(RunQueries runs) {
        this.runs = runs;
    }

    /**
     * @param runIds two to {@link #MAX_RUNS} distinct runs, in the order the UI shows them
     * @throws TrainingRejectedException for fewer than two or too many runs
     */
    public RunComparison compare(List<Long> runIds) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(runIds));
        if (ids.size() < 2) {
            throw new TrainingRejectedException(List.of("Choose at least two different runs to compare."));
        }
        if (ids.size() > MAX_RUNS) {
            throw new TrainingRejectedException(List.of("Choose at most " + MAX_RUNS + " runs to compare; "
                    + ids.size() + " are selected."));
        }
        List<RunSnapshot> snapshots = ids.stream().map(this.runs::snapshot).toList();
        List<ComparedRun> runs = new ArrayList<>();
        List<FinalMetrics> finals = new ArrayList<>();
        for (RunSnapshot snapshot : snapshots) {
            MetricSeries series = this.runs.metricSeries(snapshot.summary().id());
            runs.add(new ComparedRun(snapshot.summary(), snapshot.hyperparameters(), series));
            finals.add(finalMetrics(snapshot.summary(), series));
        }
        return new RunComparison(runs, settings(snapshots), finals,
                ProvenanceCheck.warnings(snapshots.stream().map(RunSnapshot::summary).toList()));
    }

    private static List<SettingRow> settings(List<RunSnapshot> snapshots) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (RunSnapshot snapshot : snapshots) {
            RunSummary run = snapshot.summary();
            Map<String, String> row = new LinkedHashMap<>();
            row.put("graph", run.graphName() + (run.graphVersion() == null ? "" : " v" + run.graphVersion()));
            row.put("dataset", snapshot.datasetId());
            row.putAll(snapshot.hyperparameters().asTable());
            row.forEach((name, value) -> table.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
        }
        return table.entrySet().stream()
                .map(e -> new SettingRow(e.getKey(), List.copyOf(e.getValue()),
                        new LinkedHashSet<>(e.getValue()).size() > 1))
                .toList();
    }

    private static FinalMetrics finalMetrics(RunSummary run, MetricSeries series) {
        List<EpochMetric> epochs = series.epochs();
        EpochMetric last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
        // The training time actually spent: a resumed run does not count the time it lay interrupted.
        Double seconds = run.startedAt() == null ? null : run.trainingTime().toMillis() / 1000.0;
        return new FinalMetrics(run.id(), series.metricName(),
                run.finalMetric() != null ? run.finalMetric() : last == null ? null : last.validationMetric(),
                last == null ? null : last.trainLoss(), last == null ? null : last.validationLoss(),
                run.epochsCompleted(), seconds);
    }
}
