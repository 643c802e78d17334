package dev.deepcanvas.backend.compare;

import java.util.List;

/**
 * Two or more runs side by side: curves to overlay, the settings table and the final figures.
 *
 * @param settings every setting (graph, dataset, hyperparameters); {@link #differences()} keeps those that differ
 */
public record RunComparison(List<ComparedRun> runs, List<SettingRow> settings, List<FinalMetrics> finalMetrics) {

    public List<SettingRow> differences() {
        return settings.stream().filter(SettingRow::differs).toList();
    }
}
