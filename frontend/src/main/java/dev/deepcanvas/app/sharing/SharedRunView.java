package dev.deepcanvas.app.sharing;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.deepcanvas.app.inside.GanInsidePanel;
import dev.deepcanvas.app.inside.InsidePanel;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.app.layout.ScrollToTop;
import dev.deepcanvas.app.runs.GanSampleStrip;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.sharing.SharedInside;
import dev.deepcanvas.backend.sharing.SharedModel;
import dev.deepcanvas.backend.sharing.SharedRun;
import dev.deepcanvas.backend.sharing.SharedRunRefusedException;

/**
 * Inside the model of a run someone shared with its graph's link: the same Inside view its owner has (held-out
 * examples, a drawn or uploaded picture, a typed sentence, a GAN's generator), read-only and for anyone holding the
 * link, signed in or not. What the visitor tries is shown, never saved.
 */
@Route(value = "shared/:token/runs/:runId([0-9]{1,18})", layout = MainLayout.class)
@AnonymousAllowed
public class SharedRunView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SharedInside shared;
    private String title = "Shared run · DeepCanvas";

    public SharedRunView(SharedInside shared) {
        this.shared = shared;
        addClassName("run-detail-view");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        long runId = event.getRouteParameters().getLong("runId").orElse(-1L);
        SharedModel model;
        try {
            model = shared.open(token, runId);
        } catch (SharedRunRefusedException refused) {
            add(SharedLinkView.notFound(refused.getMessage()));
            return;
        }
        title = "Run #" + runId + " · " + model.graphName() + " · DeepCanvas";
        RouterLink back = new RouterLink("← " + model.graphName(), SharedLinkView.class,
                new RouteParameters("token", token));
        back.setId("shared-run-back");
        add(back, head(model));
        if (model.gan()) {
            add(section("Generated samples, epoch by epoch",
                    new GanSampleStrip(runId, LinkedModel.sampleGrids(token, runId, shared))));
            add(section("Inside the model", new GanInsidePanel(LinkedModel.generator(token, runId, shared))));
        } else {
            add(section("Inside the model", new InsidePanel(LinkedModel.inside(token, runId, shared))));
        }
        ScrollToTop.of(this);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private static Component head(SharedModel model) {
        SharedRun run = model.run();
        H2 name = new H2("Run #" + run.id() + " · " + model.graphName());
        name.setId("shared-run-title");
        Span badge = new Span("Read-only");
        badge.getElement().setAttribute("theme", "badge contrast");
        badge.setId("read-only-badge");
        Span author = new Span("by " + model.author());
        author.addClassName("muted");
        HorizontalLayout title = new HorizontalLayout(name, badge, author);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph facts = new Paragraph("Trained on " + run.datasetTitle() + " for " + run.epochsCompleted()
                + (run.epochsCompleted() == 1 ? " epoch" : " epochs") + " · final loss "
                + RunStatusText.loss(run.finalLoss()) + (run.accuracy() == null ? ""
                : " · held-out accuracy " + RunStatusText.percent(run.accuracy()))
                + ". Try any input below: nothing you draw, upload or type is kept.");
        facts.setId("shared-run-facts");
        facts.addClassName("muted");
        return new Div(title, facts);
    }

    private static Component section(String heading, Component content) {
        Div box = new Div(new H3(heading), content);
        box.addClassName("detail-section");
        box.setWidthFull();
        return box;
    }
}
