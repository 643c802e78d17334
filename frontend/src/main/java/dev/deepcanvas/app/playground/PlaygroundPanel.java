package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.parsing.TextEncoder;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.inference.Prediction;
import dev.deepcanvas.backend.inference.TextPrediction;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Try a trained model: type feature values in the data's own units, type a sentence, take a held-out example,
 * or for image models draw a digit or upload a picture; the prediction appears with every class's probability,
 * or for regression the number in the target's unit.
 */
public class PlaygroundPanel extends Div implements PredictionTarget {

    private static final int MAX_FEATURE_FIELDS = 64;
    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final long runId;
    private final InferenceService inference;
    private final ProbabilityBars result = new ProbabilityBars();
    private final Paragraph error = new Paragraph();
    private final Div example = new Div();
    private FeatureInputs features;
    private TextInput text;

    public PlaygroundPanel(long runId, DatasetDescriptor dataset, InferenceService inference) {
        this.runId = runId;
        this.inference = inference;
        setId("playground");
        addClassName("playground");
        error.setId("playground-error");
        error.addClassName("form-error");
        error.setVisible(false);
        example.addClassName("playground-example");

        Shape shape = dataset.input().shape();
        Div inputs = new Div();
        inputs.addClassName("playground-inputs");
        if (dataset.inputs().size() == 1 && shape.isVector() && shape.size() <= MAX_FEATURE_FIELDS) {
            featureInputs().ifPresent(form -> {
                features = form;
                inputs.add(form);
            });
        }
        Optional<TextEncoder> encoder = dataset.textEncoder();
        if (dataset.inputs().size() == 1 && encoder.isPresent()) {
            text = new TextInput(runId, encoder.get().length(), inference, this);
            inputs.add(text);
        }
        if (dataset.inputs().size() == 1 && shape.isImage()) {
            inputs.add(imageInputs((int) shape.height(), (int) shape.width(), (int) shape.channels()));
        }
        inputs.add(heldOutPicker(dataset.counts().test(), shape.isImage()));
        add(inputs, new Div(example, result, error));
    }

    /** Models that give one class or one set of numbers per example; sequence generators have no form here. */
    public static boolean supports(DatasetDescriptor dataset) {
        return dataset.inputs().size() == 1 && !dataset.task().predictsSequences();
    }

    @Override
    public void predict(Supplier<Prediction> prediction) {
        try {
            result.show(prediction.get(), List.of());
            error.setVisible(false);
        } catch (InferenceRejectedException e) {
            reject(e.getMessage());
        }
    }

    @Override
    public void predictText(Supplier<TextPrediction> prediction) {
        try {
            TextPrediction answer = prediction.get();
            result.show(answer.prediction(), answer.notes());
            error.setVisible(false);
        } catch (InferenceRejectedException e) {
            reject(e.getMessage());
        }
    }

    @Override
    public void reject(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    /** The feature form, filled with a held-out example; none when the run's data cannot give one. */
    private Optional<FeatureInputs> featureInputs() {
        try {
            return Optional.of(new FeatureInputs(runId, inference.featureForm(runId), inference, this));
        } catch (InferenceRejectedException e) {
            reject(e.getMessage());
            return Optional.empty();
        }
    }

    private Component imageInputs(int height, int width, int channels) {
        Div box = new Div(new H4("Draw or upload"));
        if (channels == 1) {
            DrawPad pad = new DrawPad(height, pixels -> {
                if (height == width) {
                    predict(() -> inference.predict(runId, Nd4j.createFromArray(pixels)
                            .reshape(1, 1, height, width)));
                }
            });
            Button clear = new Button("Clear", e -> pad.clear());
            clear.setId("draw-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(new Paragraph("Draw a digit with the mouse; the prediction follows each stroke."), pad, clear);
        }
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                UploadedImage.toInput(bytes, height, width, channels).ifPresentOrElse(
                        input -> {
                            example.removeAll();
                            example.add(ExampleImage.of(input, meta.fileName(), 112));
                            predict(() -> inference.predict(runId, input));
                        },
                        () -> reject("'" + meta.fileName() + "' is not a picture DeepCanvas can read: upload a "
                                + "PNG, JPEG, GIF or BMP file."))))));
        upload.setId("playground-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMAGE_BYTES);
        upload.setAcceptedFileTypes("image/*");
        upload.addFileRejectedListener(e -> reject(e.getErrorMessage()));
        box.add(upload);
        return box;
    }

    private Component heldOutPicker(int count, boolean images) {
        IntegerField index = new IntegerField("Held-out example (0 to " + (count - 1) + ")");
        index.setId("example-index");
        index.setMin(0);
        index.setMax(Math.max(0, count - 1));
        index.setValue(0);
        index.setStepButtonsVisible(true);
        // Wide enough for its whole label ("Held-out example (0 to 1999)"), which a field cuts short otherwise.
        index.addClassName("example-index");
        Button use = new Button("Predict this example", e -> {
            if (index.getValue() == null) {
                reject("Enter the number of a held-out example, from 0 to " + (count - 1) + ".");
                return;
            }
            useHeldOut(index.getValue(), images);
        });
        use.setId("use-example-button");
        HorizontalLayout row = new HorizontalLayout(index, use);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(new H4("Held-out examples"), row);
    }

    /** Shows held-out example {@code i} in the form it was typed or drawn in, then predicts it from there. */
    private void useHeldOut(int i, boolean images) {
        example.removeAll();
        try {
            if (text != null) {
                Optional<String> sentence = inference.heldOutText(runId, i);
                if (sentence.isPresent()) {
                    text.fill(sentence.get());
                    predictText(() -> inference.predictText(runId, sentence.get()));
                    return;
                }
            }
            if (features != null) {
                features.fill(inference.heldOutFeatures(runId, i));
                features.predict();
                return;
            }
            INDArray input = inference.heldOutExample(runId, i);
            if (images) {
                example.add(ExampleImage.of(input, "held-out example " + i, 112));
            }
            predict(() -> inference.predict(runId, input));
        } catch (InferenceRejectedException e) {
            reject(e.getMessage());
        }
    }
}
