package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import dev.deepcanvas.backend.inference.InferenceService;

/**
 * A sentence for a model trained on texts. The service encodes it with the dataset's vocabulary, as training did;
 * words it does not know are named beside the prediction rather than refused.
 */
class TextInput extends Div {

    /** Far more than any model here reads (they keep their last few dozen words); guards the request size. */
    private static final int MAX_CHARACTERS = 2000;

    private final TextField sentence = new TextField("Your sentence");

    TextInput(long runId, int words, InferenceService inference, PredictionTarget target) {
        sentence.setId("playground-text");
        sentence.setWidthFull();
        sentence.setMaxLength(MAX_CHARACTERS);
        sentence.setClearButtonVisible(true);
        sentence.setPlaceholder("e.g. the acting was dull but the ending was superb");
        Button predict = new Button("Predict", e -> predict(runId, inference, target));
        predict.setId("predict-text-button");
        predict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        predict.addClickShortcut(Key.ENTER).listenOn(sentence);
        Paragraph how = new Paragraph("Type in any case; punctuation is ignored. The model reads the last " + words
                + " words, as in training; words it never saw read as unknown.");
        how.addClassName("muted");
        add(new H4("Text"), how, sentence, predict);
    }

    /** Puts a text (a held-out review) in the field. */
    void fill(String text) {
        sentence.setValue(text);
    }

    private void predict(long runId, InferenceService inference, PredictionTarget target) {
        String text = sentence.getValue();
        if (text == null || text.isBlank()) {
            target.reject("Type a sentence first: the field is empty.");
            return;
        }
        target.predictText(() -> inference.predictText(runId, text));
    }
}
