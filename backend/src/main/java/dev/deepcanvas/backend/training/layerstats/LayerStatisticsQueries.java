package dev.deepcanvas.backend.training.layerstats;

import dev.deepcanvas.backend.training.RunAccess;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunLayerStatisticEntity;
import dev.deepcanvas.db.run.RunLayerStatisticRepository;
import dev.deepcanvas.graph.document.GraphNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads a run's layer statistics as one series per layer, with their hints. */
@Service
public class LayerStatisticsQueries {

    /** The order a run's networks are shown in. */
    private static final List<String> NETWORKS = List.of("MODEL", "GENERATOR", "DISCRIMINATOR");

    private final RunLayerStatisticRepository statistics;
    private final RunAccess access;

    LayerStatisticsQueries(RunLayerStatisticRepository statistics, RunAccess access) {
        this.statistics = statistics;
        this.access = access;
    }

    /**
     * @throws dev.deepcanvas.backend.training.RunNotFoundException when there is no such run or it is not the
     *                                                              caller's
     */
    @Transactional(readOnly = true)
    public LayerMovement movement(long runId) {
        RunEntity run = access.accessible(runId);
        RunSnapshot snapshot = RunSnapshot.of(run);
        Map<String, String> kinds = snapshot.graph().nodes().stream()
                .collect(Collectors.toMap(GraphNode::id, GraphNode::type, (a, b) -> a));
        Map<String, List<RunLayerStatisticEntity>> byLayer = new LinkedHashMap<>();
        statistics.findByRunIdOrderByNetworkAscEpochAscPositionAsc(runId).stream()
                .sorted(Comparator.comparingInt((RunLayerStatisticEntity s) -> NETWORKS.indexOf(s.getNetwork()))
                        .thenComparingInt(RunLayerStatisticEntity::getPosition)
                        .thenComparingInt(RunLayerStatisticEntity::getEpoch)
                        .thenComparing(RunLayerStatisticEntity::getStep,
                                Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(s -> byLayer.computeIfAbsent(s.getNetwork() + "\u0000" + s.getPosition(),
                        key -> new ArrayList<>()).add(s));
        List<LayerSeries> layers = new ArrayList<>();
        for (List<RunLayerStatisticEntity> rows : byLayer.values()) {
            RunLayerStatisticEntity last = rows.get(rows.size() - 1);
            List<LayerPoint> points = rows.stream().map(LayerStatisticsQueries::point).toList();
            layers.add(new LayerSeries(last.getNetwork(), last.getLayerName(), kinds.get(last.getLayerName()),
                    last.getParameters(), points));
        }
        double learningRate = snapshot.hyperparameters().learningRate();
        return new LayerMovement(runId, learningRate, layers, LayerHints.of(layers, learningRate,
                snapshot.hyperparameters().discriminatorLearningRate()));
    }

    private static LayerPoint point(RunLayerStatisticEntity row) {
        double ratio = row.getParameterNorm() == 0 ? (row.getUpdateNorm() == 0 ? 0 : Double.POSITIVE_INFINITY)
                : row.getUpdateNorm() / row.getParameterNorm();
        return new LayerPoint(row.getEpoch(), row.getStep(), row.getMean(), row.getStd(), row.getGradientNorm(), ratio);
    }
}
