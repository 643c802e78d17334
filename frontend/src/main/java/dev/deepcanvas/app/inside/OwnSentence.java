package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

/** A sentence of the user's own for the Inside view of a model that reads words: typed, then shown on Enter. */
class OwnSentence extends Div {

    /** Longer than any sentence a model here reads; the model cuts what is beyond its own length and says so. */
    static final int MAX_CHARACTERS = 500;

    OwnSentence(Consumer<String> onSentence) {
        setId("inside-own");
        TextField sentence = new TextField();
        sentence.setAriaLabel("A sentence of your own");
        sentence.setId("inside-sentence");
        sentence.setMaxLength(MAX_CHARACTERS);
        sentence.setPlaceholder("the story was not truly forgettable");
        sentence.setWidth("min(36em, 100%)");
        Button show = new Button("Show", e -> onSentence.accept(sentence.getValue()));
        show.setId("inside-sentence-show");
        sentence.addKeyPressListener(Key.ENTER, e -> onSentence.accept(sentence.getValue()));
        HorizontalLayout row = new HorizontalLayout(sentence, show);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(new H4("Or a sentence of your own"), row);
    }
}
