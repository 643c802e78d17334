package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.deepcanvas.app.playground.DrawPad;
import dev.deepcanvas.app.playground.PlaygroundPanel;
import dev.deepcanvas.app.playground.UploadedImage;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.function.Consumer;

/**
 * A picture of the user's own for the Inside view: drawn on the pad (a one-channel square input, such as a digit)
 * or uploaded and resized to the model's input, handed on as {@code [1, channels, height, width]} in [0, 1].
 */
class OwnPicture extends Div {

    /**
     * @param shape    the model's input, {@code [channels, height, width]}
     * @param onPicture what to do with each new picture (every stroke of the pad makes one)
     * @param onRefusal what to say about an upload that is no picture
     */
    OwnPicture(List<Long> shape, Consumer<INDArray> onPicture, Consumer<String> onRefusal) {
        setId("inside-own");
        int channels = shape.get(0).intValue();
        int height = shape.get(1).intValue();
        int width = shape.get(2).intValue();
        add(new H4("Or a picture of your own"));
        if (channels == 1 && height == width) {
            DrawPad pad = new DrawPad(height, pixels -> onPicture.accept(
                    Nd4j.createFromArray(pixels).reshape(1, 1, height, width)));
            pad.setId("inside-draw-pad");
            Button clear = new Button("Clear", e -> pad.clear());
            clear.setId("inside-draw-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Paragraph how = new Paragraph("Draw with the mouse: every layer below follows each stroke.");
            how.addClassName("muted");
            add(how, pad, clear);
        }
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                UploadedImage.toInput(bytes, height, width, channels).ifPresentOrElse(onPicture,
                        () -> onRefusal.accept("'" + meta.fileName() + "' is not a picture DeepCanvas can read: "
                                + "upload a PNG, JPEG, GIF or BMP file."))))));
        upload.setId("inside-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PlaygroundPanel.MAX_IMAGE_BYTES);
        upload.setAcceptedFileTypes("image/*");
        upload.addFileRejectedListener(e -> onRefusal.accept(e.getErrorMessage()));
        Paragraph resize = new Paragraph("An uploaded picture is resized to " + height + " × " + width
                + (channels == 1 ? " and turned grey" : "") + ", as the model reads it.");
        resize.addClassName("muted");
        add(upload, resize);
    }
}
