package dev.deepcanvas.app.gallery;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.deepcanvas.app.editor.EditorView;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.templates.Family;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedResults;
import jakarta.annotation.security.PermitAll;

import java.util.Base64;
import java.util.List;

/**
 * The template gallery: a card per ready model of the four families, with the idea it teaches, its data, and
 * what its latest verification run reached ({@link VerifiedResults}). Open gives an editable copy; Train starts a
 * run of a copy with the template's defaults.
 */
@Route(value = "gallery", layout = MainLayout.class)
@PageTitle("Gallery · DeepCanvas")
@PermitAll
public class GalleryView extends VerticalLayout {

    private final TemplateCatalog templates;
    private final VerifiedResults verified;
    private final GraphService graphs;
    private final RunLauncher launcher;
    private final DatasetService datasets;
    private final Div cards = new Div();

    public GalleryView(TemplateCatalog templates, VerifiedResults verified, GraphService graphs, RunLauncher launcher,
                       DatasetService datasets) {
        this.templates = templates;
        this.verified = verified;
        this.graphs = graphs;
        this.launcher = launcher;
        this.datasets = datasets;
        addClassName("gallery-view");
        setSizeFull();

        Tabs filter = new Tabs();
        filter.setId("family-filter");
        Tab all = new Tab("All families");
        filter.add(all);
        for (Family family : Family.values()) {
            Tab tab = new Tab(family.title());
            tab.setId("family-" + family.name().toLowerCase());
            filter.add(tab);
        }
        filter.addSelectedChangeListener(e -> {
            int index = filter.getSelectedIndex();
            show(index == 0 ? templates.all() : templates.byFamily(Family.values()[index - 1]));
        });

        Paragraph intro = new Paragraph("Ready models for the four families of deep learning. Each card says what "
                + "its default settings reached on held-out data in its latest verification run, and in what time. "
                + "Open one to change it, or train it as is.");
        intro.addClassName("muted");
        cards.addClassName("gallery-cards");
        cards.setId("gallery-cards");
        add(new H2("Template gallery"), intro, filter, cards);
        show(templates.all());
    }

    private void show(List<Template> shown) {
        cards.removeAll();
        shown.forEach(t -> cards.add(card(t)));
    }

    private Div card(Template template) {
        VerifiedResult result = verified.find(template.id()).orElse(null);
        Image picture = picture(template, result);
        Span family = new Span(template.family().title());
        family.getElement().setAttribute("theme", "badge");
        H3 title = new H3(template.title());
        Paragraph idea = new Paragraph(template.idea());
        idea.addClassName("gallery-idea");

        DatasetDescriptor data = datasets.describe(template.datasetId());
        Span dataset = new Span("Data: " + data.title());
        Span synthetic = new Span("synthetic");
        synthetic.getElement().setAttribute("theme", "badge contrast small");
        synthetic.setVisible(data.synthetic());
        Div dataRow = new Div(dataset, synthetic);
        dataRow.addClassName("gallery-data");
        Div expected = VerifiedExpectation.of(template, result, template.judgeId() == null ? null
                : templates.find(template.judgeId()).map(Template::title).orElse(template.judgeId()));

        Button open = new Button("Open", VaadinIcon.EDIT.create(), e -> openCopy(template));
        open.getElement().setAttribute("data-template", template.id());
        open.addClassName("gallery-open");
        Button train = new Button("Train", VaadinIcon.PLAY.create(), e -> trainCopy(template));
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        train.addClassName("gallery-train");
        HorizontalLayout actions = new HorizontalLayout(open, train);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        Div card = new Div(picture, new Div(family), title, idea, dataRow, expected, actions);
        card.addClassName("gallery-card");
        card.getElement().setAttribute("data-template", template.id());
        return card;
    }

    /**
     * What its latest verification run made, where there is such a picture (a GAN's samples, an autoencoder's
     * reconstructions), else a diagram of the graph.
     */
    private static Image picture(Template template, VerifiedResult result) {
        byte[] made = result == null ? null : VerifiedResults.picture(result.samples()).orElse(null);
        if (made == null) {
            Image diagram = new Image(GraphThumbnail.dataUri(template.document()), "Diagram of " + template.title());
            diagram.addClassName("gallery-thumb");
            return diagram;
        }
        Image samples = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(made),
                (template.judgeId() != null ? "Samples" : "Held-out pictures and what it gives back") + " from the "
                        + "verification run of " + template.title());
        samples.addClassNames("gallery-thumb", "gallery-samples");
        return samples;
    }

    private void openCopy(Template template) {
        SavedGraph copy = graphs.createFromTemplate(template.id());
        UI.getCurrent().navigate(EditorView.class, new RouteParameters("graphId", String.valueOf(copy.id())));
    }

    private void trainCopy(Template template) {
        SavedGraph copy = graphs.createFromTemplate(template.id());
        try {
            RunSummary run = launcher.start(new RunLauncher.StartRequest(copy.id(), copy.version(), copy.document(),
                    template.datasetId()));
            UI.getCurrent().navigate("runs/" + run.id());
        } catch (TrainingRejectedException e) {
            Notification.show("'" + template.title() + "' cannot be trained here: " + e.getMessage(), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
