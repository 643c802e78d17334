package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.StreamResource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A GAN run's sample grids over time: one thumbnail per finished epoch, and the chosen one (the newest, unless the
 * user picked another) drawn large. The grids come from the same noise each epoch, so the same cell shows how one
 * generated picture sharpens. {@link #refresh()} adds the epochs that finished since the last call.
 */
public class GanSampleStrip extends Div {

    private final long runId;
    private final SampleGrids samples;
    private final Div thumbnails = new Div();
    private final Div large = new Div();
    private final Span largeCaption = new Span();
    private final Paragraph empty = new Paragraph("The first grid appears here when epoch 1 ends.");
    private final List<Integer> shown = new ArrayList<>();
    /** The epoch the user clicked, or null to follow the newest. */
    private Integer pinned;

    public GanSampleStrip(long runId, SampleGrids samples) {
        this.runId = runId;
        this.samples = samples;
        setId("gan-samples");
        addClassName("gan-samples");
        thumbnails.setId("gan-strip");
        thumbnails.addClassName("gan-strip");
        large.setId("gan-grid-large");
        large.addClassName("gan-grid-large");
        largeCaption.addClassName("muted");
        Paragraph guide = new Paragraph("100 pictures from the generator after each epoch, always from the same "
                + "noise: follow one cell from left to right to see it take shape. Click an epoch to see it "
                + "large.");
        guide.addClassName("muted");
        add(guide, empty, thumbnails, new Div(largeCaption, large));
        refresh();
    }

    /** Shows any grid that is new since the last call; cheap when nothing changed (one folder listing). */
    void refresh() {
        List<Integer> epochs = samples.epochs();
        empty.setVisible(epochs.isEmpty());
        boolean added = false;
        for (int epoch : epochs) {
            if (!shown.contains(epoch)) {
                thumbnails.add(thumbnail(epoch));
                shown.add(epoch);
                added = true;
            }
        }
        if (added && pinned == null) {
            showLarge(shown.get(shown.size() - 1));
        }
    }

    private Div thumbnail(int epoch) {
        Image image = new Image(grid(epoch), "samples after epoch " + epoch);
        image.addClassName("gan-thumb-image");
        Div cell = new Div(image, new Span("epoch " + epoch));
        cell.addClassName("gan-thumb");
        cell.getElement().setAttribute("data-epoch", String.valueOf(epoch));
        cell.getElement().setAttribute("title", "Show epoch " + epoch + " large");
        cell.addClickListener(e -> {
            pinned = epoch;
            showLarge(epoch);
        });
        return cell;
    }

    private void showLarge(int epoch) {
        large.removeAll();
        Image image = new Image(grid(epoch), "100 generated samples after epoch " + epoch);
        image.addClassName("gan-large-image");
        large.add(image);
        large.getElement().setAttribute("data-epoch", String.valueOf(epoch));
        largeCaption.setText("After epoch " + epoch + (pinned == null ? " (the newest; new epochs appear as they end)"
                : ""));
        thumbnails.getChildren().forEach(c -> c.getElement().getClassList().set("selected",
                String.valueOf(epoch).equals(c.getElement().getAttribute("data-epoch"))));
    }

    /** The PNG is read when the browser asks for it, by the requester: the service (or the link) checks access. */
    private StreamResource grid(int epoch) {
        StreamResource png = new StreamResource("run-" + runId + "-epoch-" + epoch + ".png",
                () -> new ByteArrayInputStream(samples.png(epoch)));
        png.setContentType("image/png");
        return png;
    }
}
