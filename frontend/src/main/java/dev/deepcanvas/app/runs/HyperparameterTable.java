package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.RunSnapshot;

import java.util.Map;

/** What a run was trained with: dataset, graph version and every hyperparameter, as a two-column list. */
class HyperparameterTable extends Div {

    /** The setting only a GAN has, which {@link Hyperparameters#asTable} lists for GANs alone. */
    static final String GAN_ONLY = Hyperparameters.DISCRIMINATOR_LEARNING_RATE;

    HyperparameterTable(RunSnapshot snapshot, String datasetTitle) {
        setId("hyperparameters");
        addClassName("key-values");
        row("dataset", datasetTitle);
        row("graph", snapshot.summary().graphName() + (snapshot.summary().graphVersion() == null ? ""
                : " (version " + snapshot.summary().graphVersion() + ")"));
        for (Map.Entry<String, String> entry : snapshot.settingsTable().entrySet()) {
            row(entry.getKey(), entry.getValue());
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
