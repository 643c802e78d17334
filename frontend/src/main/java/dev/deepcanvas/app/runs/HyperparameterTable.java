package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.graph.analysis.GanBlocks;

import java.util.Map;

/** What a run was trained with: dataset, graph version and every hyperparameter, as a two-column list. */
class HyperparameterTable extends Div {

    /**
     * The setting only a GAN has, as {@code Hyperparameters.asTable()} names it: the Train dialog offers it for GANs
     * alone, so on any other run the row would only tell the reader about a network it does not have.
     */
    static final String GAN_ONLY = "discriminator learning rate";

    HyperparameterTable(RunSnapshot snapshot, String datasetTitle) {
        setId("hyperparameters");
        addClassName("key-values");
        row("dataset", datasetTitle);
        row("graph", snapshot.summary().graphName() + (snapshot.summary().graphVersion() == null ? ""
                : " (version " + snapshot.summary().graphVersion() + ")"));
        boolean gan = snapshot.graph() != null && GanBlocks.isGan(snapshot.graph());
        for (Map.Entry<String, String> entry : snapshot.hyperparameters().asTable().entrySet()) {
            if (gan || !entry.getKey().equals(GAN_ONLY)) {
                row(entry.getKey(), entry.getValue());
            }
        }
    }

    private void row(String name, String value) {
        Span key = new Span(name);
        key.addClassName("kv-key");
        Span val = new Span(value);
        val.addClassName("kv-value");
        add(key, val);
    }
}
