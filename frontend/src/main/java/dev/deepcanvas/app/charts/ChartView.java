package dev.deepcanvas.app.charts;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A Chart.js chart (the {@code dc-chart} element). {@link #setSpec} draws a whole chart; {@link #append} adds one
 * point, which the browser coalesces into at most four redraws a second.
 */
@Tag("dc-chart")
@JsModule("./charts/dc-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class ChartView extends Component implements HasSize, HasStyle {

    private ChartSpec spec;

    public ChartView(ChartSpec spec) {
        addClassName("dc-chart");
        setWidthFull();
        setHeight("240px");
        setSpec(spec);
    }

    public void setSpec(ChartSpec spec) {
        this.spec = spec;
        getElement().callJsFunction("setSpec", spec.toJson());
    }

    public ChartSpec spec() {
        return spec;
    }

    public void append(int seriesIndex, double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        spec.add(seriesIndex, x, y);
        getElement().callJsFunction("addPoint", seriesIndex, x, y);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // A re-attached element is a fresh one in the browser: give it everything drawn so far.
        if (!attachEvent.isInitialAttach()) {
            getElement().callJsFunction("setSpec", spec.toJson());
        }
    }
}
