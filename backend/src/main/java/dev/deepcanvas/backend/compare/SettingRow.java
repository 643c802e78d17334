package dev.deepcanvas.backend.compare;

import java.util.List;

/**
 * One row of the comparison's settings table.
 *
 * @param values one per compared run, in the order of the comparison's runs
 * @param differs whether the runs disagree on it (the rows worth highlighting)
 */
public record SettingRow(String name, List<String> values, boolean differs) {
}
