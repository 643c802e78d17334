package dev.deepcanvas.app.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import dev.deepcanvas.app.datasets.DatasetsView;
import dev.deepcanvas.app.editor.EditorView;
import dev.deepcanvas.app.graphs.MyGraphsView;
import dev.deepcanvas.app.runs.RunsView;

import java.util.List;

/** The frame around every page: brand on the left, the main sections beside it. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Span mark = new Span(VaadinIcon.CLUSTER.create());
        mark.addClassName("brand-mark");
        Span name = new Span("DeepCanvas");
        name.addClassName("brand-name");
        Div brand = new Div(mark, name);
        brand.addClassName("brand");

        RouterLink editor = link("Editor", VaadinIcon.SITEMAP, EditorView.class, "nav-editor", "", "editor");
        RouterLink graphs = link("My graphs", VaadinIcon.FOLDER_OPEN, MyGraphsView.class, "nav-graphs", "graphs");
        RouterLink runs = link("Runs", VaadinIcon.LINE_CHART, RunsView.class, "nav-runs", "runs", "compare");
        RouterLink data = link("Datasets", VaadinIcon.DATABASE, DatasetsView.class, "nav-datasets", "datasets");
        HorizontalLayout nav = new HorizontalLayout(editor, graphs, runs, data);
        nav.addClassName("main-nav");
        nav.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout header = new HorizontalLayout(brand, nav);
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(header);
    }

    private static RouterLink link(String text, VaadinIcon icon, Class<? extends com.vaadin.flow.component.Component> target,
                                   String id, String... sections) {
        RouterLink link = new RouterLink(target);
        link.add(icon.create(), new Span(text));
        link.setId(id);
        link.addClassName("nav-link");
        List<String> highlighted = List.of(sections);
        link.setHighlightCondition((l, event) -> highlighted.contains(event.getLocation().getFirstSegment()));
        return link;
    }
}
