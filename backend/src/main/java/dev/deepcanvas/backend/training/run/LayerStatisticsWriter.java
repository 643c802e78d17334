package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Inserts an epoch's layer statistics (every step it measured) as one JDBC batch inside the caller's transaction (the
 * epoch's own): one round trip per epoch instead of one per layer and step, since they are written at every epoch's
 * end and never updated.
 */
@Component
class LayerStatisticsWriter {

    private static final String INSERT = "INSERT INTO run_layer_statistics (run_id, epoch, step, network_role, "
            + "layer_position, layer_name, parameter_count, param_mean, param_std, gradient_norm, update_norm, "
            + "param_norm) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    LayerStatisticsWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(long runId, int epoch, List<NetworkStatistics> statistics) {
        record Row(String network, long step, int position, LayerStatistics layer) {
        }
        List<Row> rows = new ArrayList<>();
        for (NetworkStatistics network : statistics) {
            for (int position = 0; position < network.layers().size(); position++) {
                rows.add(new Row(network.network(), network.step(), position, network.layers().get(position)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, rows, rows.size(), (statement, row) -> {
            statement.setLong(1, runId);
            statement.setInt(2, epoch);
            statement.setLong(3, row.step());
            statement.setString(4, row.network());
            statement.setInt(5, row.position());
            statement.setString(6, row.layer().layer());
            statement.setLong(7, row.layer().parameters());
            statement.setDouble(8, row.layer().mean());
            statement.setDouble(9, row.layer().std());
            statement.setDouble(10, row.layer().gradientNorm());
            statement.setDouble(11, row.layer().updateNorm());
            statement.setDouble(12, row.layer().parameterNorm());
        });
    }
}
