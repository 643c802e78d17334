package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.app.charts.ChartSpec;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.app.charts.Palette;
import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.results.GanEpoch;
import dev.deepcanvas.backend.results.GanResult;

import java.util.List;

/**
 * How the duel went, epoch by epoch: both players' losses and the discriminator's accuracy on real and on
 * generated pictures, as a chart and as a table. A GAN has no held-out labels; this and the sample grids are
 * what tell a learner whether it trained.
 */
class GanResultView extends Div {

    private static final String FAKE = "#dc2626";
    /** The trainer's grids are 10 samples wide. */
    private static final int GRID_COLUMNS = 10;

    GanResultView(GanResult result) {
        addClassName("result-view");
        List<GanEpoch> epochs = result.epochs();
        if (epochs.isEmpty()) {
            add(new Paragraph("The run finished before its first epoch ended, so there are no figures."));
            return;
        }
        GanEpoch last = epochs.get(epochs.size() - 1);
        Div figures = new Div(ResultFigure.of(RunStatusText.percent(last.accuracyReal()), "real pictures called real",
                "gan-accuracy-real"), ResultFigure.of(RunStatusText.percent(last.accuracyFake()),
                "generated pictures called fake", "gan-accuracy-fake"),
                ResultFigure.of(String.valueOf(result.noiseSize()), "noise numbers per picture", "gan-noise"));
        figures.addClassName("result-figures");
        Paragraph reading = new Paragraph("The discriminator's figures after epoch " + last.epoch() + ". Near 100% "
                + "on both, it wins easily and the generator learns little; near 50% on generated pictures, the "
                + "generator fools it half the time. The generator's loss is measured through the frozen "
                + "discriminator: low means it fools it.");
        reading.addClassName("muted");
        ChartView chart = new ChartView(chart(epochs));
        chart.setId("gan-chart");
        chart.setHeight("300px");
        add(figures, reading);
        if (result.conditional()) {
            Paragraph classes = new Paragraph(classesInTheGrids(result.classNames(), result.attributes()));
            classes.setId("gan-classes");
            add(classes);
        }
        add(chart, table(epochs));
    }

    /**
     * Where each class sits in the sample grids: samples ask for the classes in turn, as the trainer draws them; the
     * first attribute the generator is also told moves on by one each time the classes have gone round, the next
     * each time the first has, and so on (the shapes' size, then colour).
     */
    static String classesInTheGrids(List<String> classNames, List<DatasetAttribute> attributes) {
        String inTurn = String.join(", ", classNames);
        String classes = "In the sample grids they take turns, left to right and row by row: " + inTurn
                + ", then again" + (GRID_COLUMNS % classNames.size() == 0 ? ", so that each column holds one class."
                : ".");
        if (attributes.isEmpty()) {
            return "A conditional GAN: every sample is asked for a class. " + classes;
        }
        StringBuilder text = new StringBuilder("A conditional GAN told the ")
                .append(String.join(" and ", attributes.stream().map(DatasetAttribute::name).toList()))
                .append(" as well as the class: every sample is asked for ")
                .append(attributes.size() == 1 ? "both. " : "a class and a value of each. ").append(classes);
        String turned = "classes";
        for (int a = 0; a < attributes.size(); a++) {
            DatasetAttribute attribute = attributes.get(a);
            text.append(a == 0 ? " The " + attribute.name() + " moves on each time the " : ", and the "
                    + attribute.name() + " each time the ").append(turned).append(" have gone round (")
                    .append(String.join(", ", attribute.values())).append(", then again)");
            turned = attribute.name() + "s";
        }
        return text.append(", so every combination is asked for equally often.").toString();
    }

    private static ChartSpec chart(List<GanEpoch> epochs) {
        ChartSpec spec = new ChartSpec("The duel, epoch by epoch", "epoch", "loss", "discriminator accuracy").wholeNumberX();
        int discriminator = spec.addSeries("discriminator loss", Palette.VALIDATION, false, true);
        int generator = spec.addSeries("generator loss", Palette.TRAIN, false, true);
        int real = spec.addSeries("accuracy on real", Palette.METRIC, true, true);
        int fake = spec.addSeries("accuracy on generated", FAKE, true, true);
        for (GanEpoch e : epochs) {
            spec.add(discriminator, e.epoch(), e.discriminatorLoss());
            spec.add(generator, e.epoch(), e.generatorLoss());
            spec.add(real, e.epoch(), e.accuracyReal());
            spec.add(fake, e.epoch(), e.accuracyFake());
        }
        return spec;
    }

    private static Grid<GanEpoch> table(List<GanEpoch> epochs) {
        Grid<GanEpoch> table = new Grid<>();
        table.setId("gan-epochs");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(GanEpoch::epoch).setHeader("Epoch").setTextAlign(ColumnTextAlign.END);
        table.addColumn(e -> ClassificationResultView.fixed(e.discriminatorLoss())).setHeader("Discriminator loss")
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(e -> ClassificationResultView.fixed(e.generatorLoss())).setHeader("Generator loss")
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(e -> RunStatusText.percent(e.accuracyReal())).setHeader("Real called real")
                .setTextAlign(ColumnTextAlign.END);
        table.addColumn(e -> RunStatusText.percent(e.accuracyFake())).setHeader("Generated called fake")
                .setTextAlign(ColumnTextAlign.END);
        table.setItems(epochs);
        table.setAllRowsVisible(true);
        return table;
    }
}
