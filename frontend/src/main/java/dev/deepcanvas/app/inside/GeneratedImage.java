package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Image;
import dev.deepcanvas.backend.inside.GeneratedPictures;

import java.util.Base64;

/** One picture a generator drew, enlarged without smoothing so that its pixels stay visible. */
final class GeneratedImage {

    private GeneratedImage() {
    }

    /** On-screen height: small pictures three times their size, within reason. */
    static int displaySize(int height) {
        return Math.max(56, Math.min(112, height * 3));
    }

    /** On-screen width, keeping the picture's proportions. */
    static int displayWidth(GeneratedPictures pictures) {
        return displaySize(pictures.height()) * pictures.width() / Math.max(1, pictures.height());
    }

    static Image of(GeneratedPictures pictures, int picture, String alt) {
        Image image = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(
                pictures.png(picture)), alt);
        image.addClassName("example-image");
        image.addClassName("gan-picture");
        int height = displaySize(pictures.height());
        image.setHeight(height + "px");
        image.setWidth(displayWidth(pictures) + "px");
        return image;
    }
}
