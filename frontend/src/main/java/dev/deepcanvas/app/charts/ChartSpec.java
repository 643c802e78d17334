package dev.deepcanvas.app.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one chart draws: titles, and series of (x, y) points. Kept on the server so a chart that is re-attached
 * (a tab shown again, a dialog reopened) redraws everything it had.
 */
public final class ChartSpec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final String y2Title;
    private final List<Series> series = new ArrayList<>();
    private boolean wholeNumberX;
    private boolean logY;

    public ChartSpec(String title, String xTitle, String yTitle, String y2Title) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.y2Title = y2Title;
    }

    /** The x axis counts epochs or iterations: ticks only at whole numbers. */
    public ChartSpec wholeNumberX() {
        this.wholeNumberX = true;
        return this;
    }

    /**
     * The y axis is logarithmic, for values that span orders of magnitude; only positive values can be drawn on it,
     * so {@link #add} leaves out the others.
     */
    public ChartSpec logarithmicY() {
        this.logY = true;
        return this;
    }

    /** Adds a series and returns its index, which {@link ChartView#append} takes. */
    public int addSeries(String label, String color, boolean secondAxis, boolean line) {
        series.add(new Series(label, color, secondAxis, line, false, new ArrayList<>()));
        return series.size() - 1;
    }

    /** Adds a reference line (dashed, no dots), such as the healthy level of a figure; returns its index. */
    public int addReference(String label, String color) {
        series.add(new Series(label, color, false, true, true, new ArrayList<>()));
        return series.size() - 1;
    }

    public void add(int seriesIndex, double x, double y) {
        if (logY && !(y > 0)) {
            return;
        }
        series.get(seriesIndex).points().add(new double[]{x, y});
    }

    public int seriesCount() {
        return series.size();
    }

    public int pointCount(int seriesIndex) {
        return series.get(seriesIndex).points().size();
    }

    public String xTitle() {
        return xTitle;
    }

    /** The x values of one series' points, in the order added. */
    public List<Double> xValues(int seriesIndex) {
        return series.get(seriesIndex).points().stream().map(p -> p[0]).toList();
    }

    String toJson() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Series s : series) {
            List<Map<String, Double>> points = s.points().stream().map(p -> Map.of("x", p[0], "y", p[1])).toList();
            out.add(Map.of("label", s.label(), "color", s.color(), "secondAxis", s.secondAxis(), "line", s.line(),
                    "dashed", s.dashed(), "points", points));
        }
        Map<String, Object> spec = new java.util.HashMap<>();
        spec.put("title", title);
        spec.put("xTitle", xTitle);
        spec.put("yTitle", yTitle);
        spec.put("y2Title", y2Title);
        spec.put("series", out);
        spec.put("xWhole", wholeNumberX);
        spec.put("yLog", logY);
        try {
            return JSON.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A chart of numbers and labels is always serialisable", e);
        }
    }

    private record Series(String label, String color, boolean secondAxis, boolean line, boolean dashed,
                          List<double[]> points) {
    }
}
