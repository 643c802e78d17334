package dev.deepcanvas.app.walk;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.ItemClickEvent;
import com.vaadin.flow.component.grid.ItemDoubleClickEvent;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.RouterLink;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One thing a user can do on the page: press a button, pick a menu item, confirm a dialog, click a grid row or a
 * button inside it, change a field that reacts, upload a file or follow a link inside the view. Found by walking
 * the page's components in a fixed order, so the n-th action of a page is the same action each time the page opens.
 */
record ViewAction(String description, Runnable perform) {

    /** Every action of the page the UI shows: the view and its open dialogs, not the app's frame around them. */
    static List<ViewAction> on(UI ui) {
        List<ViewAction> actions = new ArrayList<>();
        ui.getChildren().forEach(child -> collect(child, actions));
        return actions;
    }

    private static void collect(Component component, List<ViewAction> actions) {
        if (!component.isVisible() || component instanceof com.vaadin.flow.component.notification.Notification) {
            return;
        }
        if (component instanceof AppLayout layout) {
            // The frame's links and Sign out are the same on every page; only its content is this page's.
            layout.getChildren().filter(c -> !c.getElement().hasAttribute("slot")).forEach(c -> collect(c, actions));
            if (layout.getContent() != null) {
                collect(layout.getContent(), actions);
            }
            return;
        }
        if (component instanceof HasEnabled enabled && !enabled.isEnabled()) {
            return;
        }
        String where = describe(component);
        if (component instanceof Button button) {
            actions.add(new ViewAction("button " + where, () -> LocatorJ._click(button)));
        } else if (component instanceof ConfirmDialog dialog && dialog.isOpened()) {
            actions.add(new ViewAction("confirm " + where, () -> ConfirmDialogKt._fireConfirm(dialog)));
        } else if (component instanceof MenuBar menu) {
            menuItems(menu.getItems()).forEach(item -> actions.add(new ViewAction("menu item '" + item.getText()
                    + "' of " + where, () -> ContextMenuKt._click(item))));
            return;
        } else if (component instanceof Grid<?> grid) {
            gridActions(grid, where, actions);
            return;
        } else if (component instanceof Upload upload) {
            actions.add(new ViewAction("upload to " + where, () -> UploadKt._upload(upload, "walk.csv", "text/csv",
                    "a,b,label\n1,2,x\n3,4,y\n".getBytes(StandardCharsets.UTF_8))));
        } else if (component instanceof RouterLink link) {
            actions.add(new ViewAction("link " + where, () -> RouterLinkKt._click(link)));
        } else if (component instanceof AbstractField<?, ?> field
                && ComponentUtil.hasEventListener(field, AbstractField.ComponentValueChangeEvent.class)) {
            Runnable change = change(field);
            if (change != null) {
                actions.add(new ViewAction("change " + where, change));
            }
        }
        component.getChildren().forEach(child -> collect(child, actions));
    }

    private static Stream<MenuItem> menuItems(List<MenuItem> items) {
        return items.stream().filter(MenuItem::isVisible).filter(MenuItem::isEnabled).flatMap(item ->
                item.getSubMenu().getItems().isEmpty() ? Stream.of(item) : menuItems(item.getSubMenu().getItems()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void gridActions(Grid grid, String where, List<ViewAction> actions) {
        if (GridKt._size(grid.getDataProvider(), null) == 0) {
            return;
        }
        if (ComponentUtil.hasEventListener(grid, ItemClickEvent.class)) {
            actions.add(new ViewAction("first row of " + where, () -> GridKt._clickItem(grid, 0)));
        }
        if (ComponentUtil.hasEventListener(grid, ItemDoubleClickEvent.class)) {
            actions.add(new ViewAction("double-click on the first row of " + where,
                    () -> GridKt._doubleClickItem(grid, 0)));
        }
        Object first = GridKt._get(grid, 0);
        List<Grid.Column> columns = grid.getColumns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).getRenderer() instanceof ComponentRenderer renderer) {
                Component cell = renderer.createComponent(first);
                List<ViewAction> inCell = new ArrayList<>();
                collect(cell, inCell);
                int column = c;
                inCell.forEach(a -> actions.add(new ViewAction(a.description() + " in column " + column + " of "
                        + where, a.perform())));
            }
        }
    }

    /** A client-side change to a new value of the field's kind; null for kinds the walk does not type into. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Runnable change(AbstractField field) {
        Object next;
        if (field instanceof PasswordField) {
            next = "walk-password";
        } else if (field instanceof TextField || field instanceof TextArea) {
            next = "walk";
        } else if (field instanceof Checkbox box) {
            next = !Boolean.TRUE.equals(box.getValue());
        } else if (field instanceof IntegerField) {
            next = 3;
        } else if (field instanceof NumberField) {
            next = 0.5;
        } else if (field instanceof BigDecimalField) {
            next = BigDecimal.TEN;
        } else if (field instanceof Select select) {
            next = select.getListDataView().getItems().filter(i -> !Objects.equals(i, select.getValue()))
                    .findFirst().orElse(null);
        } else if (field instanceof ComboBox combo) {
            next = combo.getListDataView().getItems().filter(i -> !Objects.equals(i, combo.getValue()))
                    .findFirst().orElse(null);
        } else {
            return null;
        }
        if (next == null) {
            return null;
        }
        Object value = next;
        return () -> com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(field, value);
    }

    private static String describe(Component component) {
        String id = component.getId().map(i -> "#" + i).orElse("");
        String text = component.getElement().getText();
        if (text.isBlank()) {
            text = component.getElement().getAttribute("aria-label") == null ? ""
                    : component.getElement().getAttribute("aria-label");
        }
        return component.getClass().getSimpleName() + id + (text.isBlank() ? "" : " '" + text.strip() + "'");
    }
}
