package dev.deepcanvas.backend.compare;

import java.util.List;

/**
 * Two or more runs side by side: curves to overlay, the settings table and the final figures.
 *
 * @param settings every setting (graph, dataset, hyperparameters); {@link #differences()} keeps those that differ
 * @param warnings in plain words, why the runs may not compare with certainty: different data, DeepCanvas versions
 *                 or ND4J back ends, or provenance that was not recorded; empty when nothing stands in the way
 */
public record RunComparison(List<ComparedRun> runs, List<SettingRow> settings, List<FinalMetrics> finalMetrics,
                            List<String> warnings) {

    public List<SettingRow> differences() {
        return settings.stream().filter(SettingRow::differs).toList();
    }
}
