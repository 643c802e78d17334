package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts an epoch's layer statistics as one JDBC batch inside the caller's transaction (the epoch's own): one round
 * trip per epoch instead of one per layer, since they are written at every epoch's end and never updated.
 */
@Component
class LayerStatisticsWriter {

    private static final String INSERT = "INSERT INTO run_layer_statistics (run_id, epoch, network_role, "
            + "layer_position, layer_name, parameter_count, param_mean, param_std, gradient_norm, update_norm, "
            + "param_norm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    LayerStatisticsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long runId, int epoch, List<NetworkStatistics> statistics) {
        record Row(String network, int position, LayerStatistics layer) {
        }
        List<Row> rows = new ArrayList<>();
        for (NetworkStatistics network : statistics) {
            for (int position = 0; position < network.layers().size(); position++) {
                rows.add(new Row(network.network(), position, network.layers().get(position)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            statement.setLong(1, runId);
            statement.setInt(2, epoch);
            statement.setString(3, row.network());
            statement.setInt(4, row.position());
            statement.setString(5, row.layer().layer());
            statement.setLong(6, row.layer().parameters());
            statement.setDouble(7, row.layer().mean());
            statement.setDouble(8, row.layer().std());
            statement.setDouble(9, row.layer().gradientNorm());
            statement.setDouble(10, row.layer().updateNorm());
            statement.setDouble(11, row.layer().parameterNorm());
        });
    }
}
