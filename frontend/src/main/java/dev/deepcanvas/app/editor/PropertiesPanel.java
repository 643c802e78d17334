package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.deepcanvas.app.runs.RunDetailView;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ParamSpec;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The side panel for the selection: a form generated from the selected layer's parameter declarations, its
 * problems, and block (Generator/Discriminator) membership. Several selected nodes can be put into a block
 * or deleted together.
 */
class PropertiesPanel extends VerticalLayout {

    /** What the panel asks the editor to do; each is one undoable edit. */
    interface Edits {
        void setParam(String nodeId, String param, Object value);

        void setGroup(List<String> nodeIds, String group);

        void delete(List<String> nodeIds);

        void setDescription(String description);

        /** Connects one layer's output to another's next free input. */
        void connect(String sourceId, String targetId);
    }

    private static final String NO_BLOCK = "No block";
    private static final Map<String, String> BLOCKS = Map.of(
            GraphNode.GENERATOR, "Generator block", GraphNode.DISCRIMINATOR, "Discriminator block");

    private final Edits edits;
    /** The run whose Inside view shows what a node saw, by node id; empty while the graph has none. */
    private final Function<String, Optional<Long>> runThatSaw;

    PropertiesPanel(Edits edits, Function<String, Optional<Long>> runThatSaw) {
        this.edits = edits;
        this.runThatSaw = runThatSaw;
        setId("properties-panel");
        addClassName("side-panel");
        setPadding(true);
        setSpacing(false);
    }

    /** Redraws the panel for the current selection of the given document. */
    void show(GraphDocument doc, Analysis analysis, List<String> selection) {
        removeAll();
        shown = doc;
        List<GraphNode> nodes = selection.stream().map(doc::node).flatMap(Optional::stream).toList();
        if (nodes.isEmpty()) {
            add(new H3("Properties"), muted("Select a layer on the canvas to edit its parameters. "
                    + "Drag from the palette to add one; Shift-click or drag a box to select several."));
            add(descriptionField(doc));
        } else if (nodes.size() == 1) {
            showNode(nodes.get(0), analysis);
        } else {
            showSeveral(nodes);
        }
    }

    private GraphDocument shown;

    private void showNode(GraphNode node, Analysis analysis) {
        Optional<LayerType> type = LayerCatalog.find(node.type());
        H3 title = new H3(node.type());
        title.setId("properties-title");
        add(title);
        type.ifPresent(t -> add(muted(t.summary())));

        NodeInfo info = analysis.nodes().get(node.id());
        Div facts = new Div(fact("Id", node.id()),
                fact("Output shape", info == null || info.outputShape() == null ? "?" : info.outputShape().toString()),
                fact("Parameters", info == null ? "?" : String.format("%,d", info.params())));
        facts.addClassName("node-facts");
        add(facts);
        runThatSaw.apply(node.id()).ifPresent(runId -> add(whatItSaw(node.id(), runId)));

        for (Problem problem : analysis.problemsFor(node.id())) {
            Paragraph p = new Paragraph(problem.message());
            p.addClassName("node-problem");
            add(p);
        }

        if (type.isEmpty()) {
            add(muted("This layer type is unknown to this version of DeepCanvas; delete it or replace it."));
        } else {
            for (ParamSpec spec : type.get().params()) {
                Object value = node.params().getOrDefault(spec.name(), spec.defaultValue());
                var field = ParamField.create(spec, value, v -> edits.setParam(node.id(), spec.name(), v));
                add(field);
                ((com.vaadin.flow.component.HasSize) field).setWidthFull();
            }
        }
        if (Connections.hasOutput(node)) {
            add(connectForm(node));
        }
        add(blockSelect(List.of(node)), deleteButton(List.of(node)));
    }

    /** A link to the Inside view of the run, opened at this layer, for an example the user picks there. */
    private static RouterLink whatItSaw(String nodeId, long runId) {
        RouterLink link = new RouterLink("What this layer saw in run #" + runId, RunDetailView.class,
                new RouteParameters("id", String.valueOf(runId)));
        link.setQueryParameters(QueryParameters.of(RunDetailView.LAYER_PARAMETER, nodeId));
        link.setId("node-inside-link");
        link.getElement().setAttribute("title", "Open the newest succeeded run of this graph that trained "
                + nodeId + ", at this layer of its Inside view");
        return link;
    }

    /** Wires this layer's output to another layer without the mouse: pick the target, press Connect. */
    private Div connectForm(GraphNode node) {
        // A combo box: typing part of a layer's id and Enter picks it, so the keyboard needs no list to walk.
        ComboBox<String> target = new ComboBox<>("Connect output to");
        target.setId("connect-target");
        List<String> targets = Connections.targetsFor(shown, node.id());
        target.setItems(targets);
        target.setAllowCustomValue(false);
        target.setPlaceholder(targets.isEmpty() ? "No layer to connect to" : "Type or choose a layer");
        target.setWidthFull();
        Button connect = new Button("Connect", VaadinIcon.CONNECT.create(), e -> {
            if (target.getValue() != null) {
                edits.connect(node.id(), target.getValue());
            }
        });
        connect.setId("connect-button");
        connect.setEnabled(false);
        target.addValueChangeListener(e -> connect.setEnabled(e.getValue() != null));
        Div form = new Div(target, connect);
        form.addClassName("connect-form");
        return form;
    }

    private void showSeveral(List<GraphNode> nodes) {
        add(new H3(nodes.size() + " layers selected"));
        add(muted(String.join(", ", nodes.stream().map(GraphNode::id).toList())));
        add(blockSelect(nodes), deleteButton(nodes));
    }

    /** The graph's own description: what it is for, shown to people it is shared with. */
    private TextArea descriptionField(GraphDocument doc) {
        TextArea description = new TextArea("Graph description");
        description.setId("graph-description");
        description.setWidthFull();
        description.setMaxLength(2000);
        description.setHelperText("What this graph does; shown with shared and public copies.");
        description.setValue(doc.description() == null ? "" : doc.description());
        description.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                edits.setDescription(e.getValue());
            }
        });
        return description;
    }

    private Select<String> blockSelect(List<GraphNode> nodes) {
        Select<String> block = new Select<>();
        block.setId("block-select");
        block.setLabel("GAN block");
        block.setHelperText("Put layers into the Generator or the Discriminator of a GAN.");
        block.setItems(NO_BLOCK, BLOCKS.get(GraphNode.GENERATOR), BLOCKS.get(GraphNode.DISCRIMINATOR));
        String current = nodes.stream().map(GraphNode::group).distinct().count() == 1 ? nodes.get(0).group() : null;
        block.setValue(current == null ? NO_BLOCK : BLOCKS.get(current));
        block.setWidthFull();
        block.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            String group = BLOCKS.entrySet().stream().filter(b -> b.getValue().equals(e.getValue()))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            edits.setGroup(nodes.stream().map(GraphNode::id).toList(), group);
        });
        return block;
    }

    private Button deleteButton(List<GraphNode> nodes) {
        Button delete = new Button(nodes.size() == 1 ? "Delete layer" : "Delete " + nodes.size() + " layers",
                VaadinIcon.TRASH.create(), e -> edits.delete(nodes.stream().map(GraphNode::id).toList()));
        delete.setId("delete-selection");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return delete;
    }

    private static Div fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("run-label");
        Span v = new Span(value);
        v.addClassName("run-value");
        Div row = new Div(l, v);
        row.addClassName("run-row");
        return row;
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }

}
