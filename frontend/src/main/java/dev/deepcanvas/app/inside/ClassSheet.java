package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.ClassSamples;

/** A sheet of pictures from fresh noise, all of the chosen class when the GAN is conditional. */
class ClassSheet extends Div {

    private static final int COLUMNS = 8;
    private static final int GAP = 4;

    ClassSheet(ClassSamples samples) {
        setId("gan-sheet");
        addClassName("gan-sheet");
        getElement().setAttribute("data-class", samples.classIndex() == null ? "" : samples.classIndex().toString());
        Div sheet = new Div();
        // rows of at most eight (two even rows of the usual sixteen), fewer where the screen is narrower
        sheet.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", GAP + "px")
                .set("max-width", COLUMNS * (GeneratedImage.displayWidth(samples.pictures()) + GAP) + "px");
        for (int i = 0; i < samples.pictures().count(); i++) {
            sheet.add(GeneratedImage.of(samples.pictures(), i, samples.className() == null ? "sample " + i
                    : samples.className() + " " + i));
        }
        Paragraph caption = new Paragraph(caption(samples));
        caption.addClassName("muted");
        add(sheet, caption);
    }

    static String caption(ClassSamples samples) {
        return samples.pictures().count() + " pictures from the noise of seed " + samples.seed()
                + (samples.className() == null ? "." : ", all asked for “" + samples.className() + "”: the same "
                + "class input, different noise.");
    }
}
