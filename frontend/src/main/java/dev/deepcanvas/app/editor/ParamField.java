package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import dev.deepcanvas.graph.layers.ParamSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One property-form field generated from a layer parameter's declaration: the widget follows the kind, the
 * bounds and choices follow the spec, and a bad value is explained beside the field instead of being applied.
 */
final class ParamField {

    private ParamField() {
    }

    /** Builds the field showing {@code value}; {@code onValid} receives each new value that passes the spec. */
    static Component create(ParamSpec spec, Object value, Consumer<Object> onValid) {
        Component field = switch (spec.kind()) {
            case INT -> intField(spec, value, onValid);
            case DOUBLE -> doubleField(spec, value, onValid);
            case ENUM -> enumField(spec, value, onValid);
            case BOOLEAN -> booleanField(spec, value, onValid);
            case INT_LIST -> intListField(spec, value, onValid);
        };
        field.getElement().setAttribute("data-param", spec.name());
        field.setId("param-" + spec.name());
        return field;
    }

    private static Component intField(ParamSpec spec, Object value, Consumer<Object> onValid) {
        IntegerField field = new IntegerField(label(spec));
        field.setHelperText(spec.help());
        field.setStepButtonsVisible(true);
        if (value instanceof Number n) {
            field.setValue(n.intValue());
        }
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Integer v = e.getValue();
            String error = v == null ? "Enter a whole number" + range(spec) + "." : rangeError(spec, v);
            if (report(field, error)) {
                onValid.accept(v);
            }
        });
        return field;
    }

    private static Component doubleField(ParamSpec spec, Object value, Consumer<Object> onValid) {
        NumberField field = new NumberField(label(spec));
        field.setHelperText(spec.help());
        if (value instanceof Number n) {
            field.setValue(n.doubleValue());
        }
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            Double v = e.getValue();
            String error = v == null || !Double.isFinite(v) ? "Enter a number" + range(spec) + "." : rangeError(spec, v);
            if (report(field, error)) {
                onValid.accept(v);
            }
        });
        return field;
    }

    private static Component enumField(ParamSpec spec, Object value, Consumer<Object> onValid) {
        Select<String> field = new Select<>();
        field.setLabel(label(spec));
        field.setHelperText(spec.help());
        field.setItems(spec.options());
        if (value != null && spec.options().contains(value.toString())) {
            field.setValue(value.toString());
        }
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onValid.accept(e.getValue());
            }
        });
        return field;
    }

    private static Component booleanField(ParamSpec spec, Object value, Consumer<Object> onValid) {
        Checkbox field = new Checkbox(label(spec));
        field.setTooltipText(spec.help());
        field.setValue(Boolean.TRUE.equals(value));
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onValid.accept(e.getValue());
            }
        });
        return field;
    }

    private static Component intListField(ParamSpec spec, Object value, Consumer<Object> onValid) {
        TextField field = new TextField(label(spec));
        field.setHelperText(spec.help() == null ? "Comma-separated whole numbers" : spec.help());
        if (value instanceof List<?> list) {
            field.setValue(String.join(", ", list.stream().map(String::valueOf).toList()));
        }
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            List<Integer> parsed = new ArrayList<>();
            String error = null;
            for (String part : e.getValue().split("[,x×\\s]+")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    int v = Integer.parseInt(part.trim());
                    error = rangeError(spec, v);
                    parsed.add(v);
                } catch (NumberFormatException notNumber) {
                    error = "'" + part.trim() + "' is not a whole number.";
                }
                if (error != null) {
                    break;
                }
            }
            if (error == null && parsed.isEmpty()) {
                error = "Enter at least one whole number, for example 5, 5.";
            }
            if (report(field, error)) {
                onValid.accept(List.copyOf(parsed));
            }
        });
        return field;
    }

    private static boolean report(HasValidation field, String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
        return error == null;
    }

    private static String rangeError(ParamSpec spec, double v) {
        if ((spec.min() != null && v < spec.min()) || (spec.max() != null && v > spec.max())) {
            return "Must be" + range(spec) + ".";
        }
        return null;
    }

    private static String range(ParamSpec spec) {
        if (spec.min() != null && spec.max() != null) {
            return " from " + number(spec.min()) + " to " + number(spec.max());
        }
        if (spec.min() != null) {
            return " of at least " + number(spec.min());
        }
        if (spec.max() != null) {
            return " of at most " + number(spec.max());
        }
        return "";
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
                : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString(); // 0.0001, not 1.0E-4
    }

    /** "kernelSize" reads as "Kernel size". */
    static String label(ParamSpec spec) {
        String spaced = spec.name().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
