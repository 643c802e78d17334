package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.GateMap;
import dev.deepcanvas.backend.inside.RecurrentGates;

import java.util.List;

/**
 * A recurrent layer's gates, each as a units × time heat map like its hidden state: for an LSTM what it lets in,
 * keeps, lets out and remembers at every step, for a GRU what it keeps, what of its old state it reads and what it
 * proposes. Gates are drawn on one key from 0 (closed, black) to 1 (open, white).
 */
class GateMaps extends Div {

    /** @param words the word at each time step of the input, written under its column; empty if not words */
    GateMaps(RecurrentGates gates, List<String> words) {
        addClassName("inside-gates");
        getElement().setAttribute("data-node", gates.nodeId());
        Paragraph intro = new Paragraph("Inside the " + gates.cell() + " (recomputed from its trained weights; its "
                + "hidden state above matches the layer's own): a row per unit, a column per time step.");
        intro.addClassName("muted");
        add(intro);
        for (GateMap gate : gates.gates()) {
            Div one = new Div();
            one.addClassName("inside-gate");
            one.getElement().setAttribute("data-gate", gate.name());
            Paragraph title = new Paragraph(capitalised(gate.name()) + " · " + gate.meaning());
            title.getStyle().set("margin", "var(--lumo-space-s) 0 0");
            one.add(title, new TimeHeatMap(gate.map(), gate.low(), gate.high(), gates.nodeId() + " " + gate.name(),
                    words));
            add(one);
        }
        if (gates.note() != null) {
            Paragraph note = new Paragraph(gates.note());
            note.addClassName("inside-note");
            add(note);
        }
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
