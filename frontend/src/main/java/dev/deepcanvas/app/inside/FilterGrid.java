package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.FilterPicture;
import dev.deepcanvas.backend.inside.LearnedFilters;

import java.util.Base64;

/** The first convolution's learned filters as small pictures on the layer's one scale, with its key. */
class FilterGrid extends Div {

    /** Filters are a few pixels wide: each weight is drawn this many screen pixels wide to be seen. */
    private static final int PIXELS_PER_WEIGHT = 8;

    FilterGrid(LearnedFilters filters) {
        addClassName("inside-filters");
        getStyle().set("margin-top", "var(--lumo-space-s)");
        add(new H5("Learned filters · " + filters.filterCount() + " × " + filters.channels() + " × "
                + filters.height() + " × " + filters.width()));
        Paragraph meaning = new Paragraph(meaning(filters));
        meaning.addClassName("muted");
        add(meaning, new ColourKey(filters.low(), filters.high()));
        Div grid = new Div();
        grid.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("margin-top", "var(--lumo-space-xs)");
        int height = Math.min(64, filters.height() * PIXELS_PER_WEIGHT);
        int width = filters.isColour() ? filters.width() : filters.channels() * (filters.width() + 1) - 1;
        for (int f = 0; f < filters.weights().size(); f++) {
            Image picture = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(
                    FilterPicture.png(filters, f)), filters.nodeId() + " filter " + f);
            picture.addClassName("example-image");
            picture.addClassName("inside-filter");
            picture.setHeight(height + "px");
            picture.setWidth(height * width / Math.max(1, filters.height()) + "px");
            Span caption = new Span(String.valueOf(f));
            caption.addClassName("muted");
            Div cell = new Div(picture, caption);
            cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center");
            grid.add(cell);
        }
        add(grid);
        if (filters.note() != null) {
            Paragraph note = new Paragraph(filters.note());
            note.addClassName("inside-note");
            add(note);
        }
    }

    static String meaning(LearnedFilters filters) {
        return filters.isColour()
                ? "What each filter looks for, one pixel per weight: red, green and blue are the weights it gives "
                + "each colour there, bright where it wants that colour and dark where it wants its absence."
                : "What each filter looks for, one pixel per weight" + (filters.channels() > 1
                ? ", its " + filters.channels() + " input channels side by side" : "")
                + ": bright where it wants a bright input, dark where it wants a dark one.";
    }
}
