package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.export.JavaExporter;

/**
 * The DL4J builder code that rebuilds this graph's configuration, to copy into a Java project.
 * A graph with problems has no code yet; the dialog says so and why.
 */
class JavaCodeDialog extends Dialog {

    static final String PACKAGE = "com.example.models";

    JavaCodeDialog(GraphDocument doc) {
        setHeaderTitle("Java code · " + doc.name());
        setId("code-dialog");
        setWidth("900px");
        String className = JavaExporter.classNameFor(doc.name());
        try {
            String source = new JavaExporter().export(doc, PACKAGE, className);
            Paragraph hint = new Paragraph("Rebuilds this graph with Deeplearning4j's builder API: "
                    + className + ".create() returns an initialised ComputationGraph.");
            hint.addClassName("muted");
            Pre code = new Pre(source);
            code.setId("java-code");
            code.addClassName("java-code");
            Button copy = new Button("Copy", VaadinIcon.COPY.create(), e -> {
                code.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", source);
                Notification.show("Copied " + className + ".java to the clipboard.", 2500,
                        Notification.Position.BOTTOM_START);
            });
            copy.setId("copy-code");
            copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(hint, code);
            getFooter().add(new Button("Close", e -> close()), copy);
        } catch (InvalidGraphException e) {
            Paragraph problem = new Paragraph("This graph has problems, so there is no code for it yet. Fix them "
                    + "first (see the Problems tab): " + e.getMessage());
            problem.addClassName("node-problem");
            add(problem);
            getFooter().add(new Button("Close", ev -> close()));
        }
    }
}
