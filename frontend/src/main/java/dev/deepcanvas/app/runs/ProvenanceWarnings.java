package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;
import java.util.Optional;

/**
 * The comparison's caveats, above everything else: runs that saw different data, or were trained by another
 * DeepCanvas or ND4J back end, do not compare like for like, and the reader should know before reading the curves.
 */
final class ProvenanceWarnings extends Div {

    private ProvenanceWarnings(List<String> warnings) {
        setId("compare-warnings");
        addClassName("compare-warnings");
        Paragraph lead = new Paragraph("These runs may not compare like for like:");
        lead.addClassName("compare-warnings-lead");
        UnorderedList list = new UnorderedList();
        warnings.forEach(w -> list.add(new ListItem(w)));
        add(lead, list);
    }

    /** The box for these warnings; none when there are none. */
    static Optional<ProvenanceWarnings> of(List<String> warnings) {
        return warnings.isEmpty() ? Optional.empty() : Optional.of(new ProvenanceWarnings(warnings));
    }
}
