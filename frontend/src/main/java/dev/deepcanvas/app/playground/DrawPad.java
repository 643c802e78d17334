package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import java.util.function.Consumer;

/** The {@code dc-draw-pad} element: draw a digit, receive it as size×size grey values in [0, 1]. */
@Tag("dc-draw-pad")
@JsModule("./playground/dc-draw-pad.ts")
public class DrawPad extends Component {

    public DrawPad(int size, Consumer<double[]> onDrawing) {
        setId("draw-pad");
        getElement().setAttribute("size", String.valueOf(size));
        getElement().addEventListener("drawing-changed", e -> {
            String[] values = e.getEventData().get("event.detail.pixels").asString().split(",");
            // The pad sends exactly size² numbers in [0, 1]; anything else (a forged event) is not a drawing of it.
            if (values.length != size * size) {
                return;
            }
            double[] pixels = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                try {
                    pixels[i] = Double.parseDouble(values[i]);
                } catch (NumberFormatException notAPixel) {
                    return;
                }
                if (!(pixels[i] >= 0 && pixels[i] <= 1)) {
                    return;
                }
            }
            onDrawing.accept(pixels);
        }).addEventData("event.detail.pixels");
    }

    public void clear() {
        getElement().callJsFunction("clear");
    }
}
