package dev.deepcanvas.app.graphs;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dev.deepcanvas.app.editor.EditorView;
import dev.deepcanvas.app.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** "My graphs": create (blank or from a template), open, rename, duplicate, delete, search and sort. */
@Route(value = "graphs", layout = MainLayout.class)
@PageTitle("My graphs · DeepCanvas")
@PermitAll
public class MyGraphsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final GraphService graphs;
    private final Grid<SavedGraph> grid = new Grid<>();
    private final TextField search = new TextField();
    private List<SavedGraph> all = List.of();

    public MyGraphsView(GraphService graphs, TemplateCatalog templates) {
        this.graphs = graphs;
        addClassName("graphs-view");
        setSizeFull();

        H2 title = new H2("My graphs");
        search.setId("graph-search");
        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search my graphs by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.EAGER);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> filter());

        MenuBar create = new MenuBar();
        create.setId("new-graph-menu");
        create.addThemeVariants(MenuBarVariant.LUMO_PRIMARY);
        MenuItem newItem = create.addItem("New graph");
        SubMenu sub = newItem.getSubMenu();
        sub.addItem("Blank graph", e -> askName("New graph", "Untitled graph", name -> openEditor(graphs.createBlank(name))))
                .setId("new-blank");
        for (Template template : templates.all()) {
            sub.addItem("From template: " + template.title(),
                    e -> openEditor(graphs.createFromTemplate(template.id())));
        }

        HorizontalLayout bar = new HorizontalLayout(title, search, create);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(title);

        grid.setId("graphs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        var nameColumn = grid.addColumn(SavedGraph::name).setHeader("Name").setFlexGrow(3)
                .setComparator(g -> g.name().toLowerCase(Locale.ROOT));
        grid.addColumn(g -> g.document().nodes().size()).setHeader("Layers").setAutoWidth(true)
                .setComparator(g -> g.document().nodes().size());
        grid.addColumn(g -> "v" + g.version()).setHeader("Version").setAutoWidth(true)
                .setComparator(SavedGraph::version);
        var updated = grid.addColumn(g -> WHEN.format(g.updatedAt())).setHeader("Last saved").setAutoWidth(true)
                .setComparator(SavedGraph::updatedAt);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(updated, SortDirection.DESCENDING)));
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));
        nameColumn.setSortable(true);
        grid.setSizeFull();

        add(bar, grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout actions(SavedGraph graph) {
        Button open = small("Open", e -> openEditor(graph));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button rename = small("Rename", e -> askName("Rename graph", graph.name(), name -> {
            graphs.rename(graph.id(), name);
            refresh();
        }));
        Button copy = small("Duplicate", e -> askName("Duplicate graph", "Copy of " + graph.name(), name -> {
            graphs.duplicate(graph.id(), name);
            refresh();
        }));
        Button delete = small("Delete", e -> confirmDelete(graph));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(open, rename, copy, delete);
        actions.setSpacing(false);
        actions.getElement().setAttribute("data-graph", String.valueOf(graph.id()));
        return actions;
    }

    private void confirmDelete(SavedGraph graph) {
        ConfirmDialog confirm = new ConfirmDialog("Delete '" + graph.name() + "'?",
                "The graph and its " + graph.version() + " saved version(s) are deleted. Its training runs stay on "
                        + "the Runs page.", "Delete", e -> {
            graphs.delete(graph.id());
            refresh();
            Notification.show("Deleted '" + graph.name() + "'.", 3000, Notification.Position.BOTTOM_START);
        });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("delete-dialog");
        confirm.open();
    }

    private void askName(String title, String initial, Consumer<String> onOk) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextField field = new TextField("Name");
        field.setId("name-dialog-field");
        field.setValue(initial);
        field.setWidth("360px");
        field.setMaxLength(200);
        Button ok = new Button("OK", e -> {
            try {
                onOk.accept(field.getValue());
                dialog.close();
            } catch (IllegalArgumentException bad) {
                field.setInvalid(true);
                field.setErrorMessage(bad.getMessage());
            }
        });
        ok.setId("name-dialog-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        dialog.add(field);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        field.focus();
    }

    private void refresh() {
        all = graphs.list();
        filter();
    }

    private void filter() {
        String q = search.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(all.stream().filter(g -> q.isEmpty() || g.name().toLowerCase(Locale.ROOT).contains(q)).toList());
    }

    private static void openEditor(SavedGraph graph) {
        UI.getCurrent().navigate(EditorView.class, new RouteParameters("graphId", String.valueOf(graph.id())));
    }

    private static Button small(String text, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> listener) {
        Button b = new Button(text, listener);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }
}
