package dev.deepcanvas.app.sharing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.backend.sharing.PublicGraph;
import dev.deepcanvas.backend.sharing.SharingService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The community gallery: graphs their owners made public, most forked first, searchable. */
@Route(value = "community", layout = MainLayout.class)
@PageTitle("Community · DeepCanvas")
@AnonymousAllowed
public class CommunityView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    private final SharingService sharing;
    private final Grid<PublicGraph> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Paragraph empty = new Paragraph("No public graphs yet. Open one of yours and choose Share → "
            + "Public to list it here.");

    public CommunityView(SharingService sharing) {
        this.sharing = sharing;
        setSizeFull();
        addClassName("community-view");

        search.setId("community-search");
        search.setPlaceholder("Search name, description or author");
        search.setAriaLabel("Search the community's graphs");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("min(360px, 100%)");
        search.addValueChangeListener(e -> refresh());
        HorizontalLayout bar = new HorizontalLayout(new H2("Community"), search);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassName("community-bar");

        grid.setId("community-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(PublicGraph::name).setHeader("Graph").setFlexGrow(2);
        grid.addColumn(PublicGraph::author).setHeader("Author").setAutoWidth(true);
        grid.addColumn(PublicGraph::layers).setHeader("Layers").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(PublicGraph::forkCount).setHeader("Forks").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(g -> WHEN.format(g.updatedAt())).setHeader("Updated").setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(PublicGraphView.class,
                new RouteParameters("graphId", String.valueOf(e.getItem().id()))));
        grid.setSizeFull();
        empty.addClassName("muted");
        add(bar, empty, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        var graphs = sharing.gallery(search.getValue());
        grid.setItems(graphs);
        empty.setVisible(graphs.isEmpty() && search.getValue().isBlank());
    }
}
