package dev.deepcanvas.app.training;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.deepcanvas.backend.training.EarlyStopping;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * This run's settings, prefilled from the graph's: epochs, batch size, optimiser, learning rate, seed, Adam's β1,
 * a GAN's discriminator learning rate, early stopping and how often to measure the layers. Empty or malformed fields
 * are named in {@link #problems()}; range checks are the run launcher's.
 */
class RunOptionsForm extends FormLayout {

    private static final String OFF = "Off";
    private static final String LOSS = "Held-out loss stops falling";
    private static final String ACCURACY = "Held-out accuracy stops rising";

    private final IntegerField epochs = new IntegerField("Epochs");
    private final IntegerField batchSize = new IntegerField("Batch size");
    private final Select<String> optimizer = new Select<>();
    private final NumberField learningRate = new NumberField("Learning rate");
    private final BigDecimalField seed = new BigDecimalField("Random seed");
    private final Select<String> earlyStopping = new Select<>();
    private final IntegerField patience = new IntegerField("Patience (epochs)");
    private final NumberField beta1 = new NumberField("Adam β1");
    private final NumberField discriminatorLearningRate = new NumberField("Discriminator learning rate");
    private final IntegerField layerStatisticsEvery = new IntegerField("Layer statistics every … steps");

    /** @param gan whether the graph is a GAN: only then is the discriminator learning rate offered */
    RunOptionsForm(RunOptions initial, boolean gan) {
        setId("run-options");
        setResponsiveSteps(new ResponsiveStep("0", 3));
        epochs.setId("start-epochs");
        batchSize.setId("start-batch-size");
        learningRate.setId("start-learning-rate");
        seed.setId("start-seed");
        optimizer.setLabel("Optimiser");
        optimizer.setId("start-optimizer");
        optimizer.setItems(TrainingSettings.OPTIMIZERS);
        earlyStopping.setLabel("Early stopping");
        earlyStopping.setId("start-early-stopping");
        earlyStopping.setItems(OFF, LOSS, ACCURACY);
        patience.setId("start-patience");
        patience.setValue(5);
        patience.setHelperText("Epochs without improvement before stopping");

        epochs.setValue(initial.epochs());
        batchSize.setValue(initial.batchSize());
        optimizer.setValue(initial.optimizer());
        learningRate.setValue(initial.learningRate());
        learningRate.setStep(0.0001);
        seed.setValue(initial.seed() == null ? null : BigDecimal.valueOf(initial.seed()));
        earlyStopping.setValue(OFF);
        patience.setEnabled(false);
        earlyStopping.addValueChangeListener(e -> patience.setEnabled(!OFF.equals(e.getValue())));

        beta1.setId("start-beta1");
        beta1.setValue(initial.beta1());
        beta1.setPlaceholder("as the graph says");
        beta1.setStep(0.05);
        beta1.setEnabled("adam".equals(initial.optimizer()));
        optimizer.addValueChangeListener(e -> beta1.setEnabled("adam".equals(e.getValue())));
        discriminatorLearningRate.setId("start-discriminator-learning-rate");
        discriminatorLearningRate.setValue(initial.discriminatorLearningRate());
        discriminatorLearningRate.setPlaceholder("as the graph says");
        discriminatorLearningRate.setStep(0.0001);
        discriminatorLearningRate.setVisible(gan);

        layerStatisticsEvery.setId("start-layer-statistics-every");
        layerStatisticsEvery.setValue(initial.layerStatisticsEvery());
        layerStatisticsEvery.setMin(1);
        layerStatisticsEvery.setErrorMessage("At least 1 step, or empty");
        layerStatisticsEvery.setPlaceholder("each epoch's end only");
        layerStatisticsEvery.setHelperText("Also measure how each layer moves every this many steps (each "
                + "measurement copies the weights once)");

        add(epochs, batchSize, optimizer, learningRate, seed, beta1, discriminatorLearningRate);
        add(earlyStopping, 2);
        add(patience);
        add(layerStatisticsEvery);
    }

    /** What is missing or unreadable, one sentence per field; empty when {@link #options()} can be read. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        require(problems, epochs.isInvalid() || epochs.getValue() == null, "Epochs is empty or not a whole number.");
        require(problems, batchSize.isInvalid() || batchSize.getValue() == null,
                "Batch size is empty or not a whole number.");
        require(problems, learningRate.isInvalid() || learningRate.getValue() == null,
                "Learning rate is empty or not a number.");
        require(problems, seedValue().isEmpty(), "Random seed must be a whole number (for example 42).");
        require(problems, beta1.isInvalid(), "Adam β1 is not a number: enter one such as 0.5, or leave it empty.");
        require(problems, discriminatorLearningRate.isInvalid(),
                "Discriminator learning rate is not a number: enter one such as 0.0002, or leave it empty.");
        require(problems, layerStatisticsEvery.isInvalid() && layerStatisticsEvery.getValue() == null,
                "Layer statistics every … steps is not a whole number: enter one such as 50, or leave it empty.");
        boolean stops = !OFF.equals(earlyStopping.getValue());
        require(problems, stops && (patience.isInvalid() || patience.getValue() == null || patience.getValue() < 1
                        || patience.getValue() > EarlyStopping.MAX_PATIENCE),
                "Patience must be a whole number of epochs from 1 to " + EarlyStopping.MAX_PATIENCE + ".");
        return problems;
    }

    RunOptions options() {
        EarlyStopping stopping = switch (earlyStopping.getValue()) {
            case LOSS -> new EarlyStopping(EarlyStopping.Monitor.VALIDATION_LOSS, patience.getValue());
            case ACCURACY -> new EarlyStopping(EarlyStopping.Monitor.VALIDATION_ACCURACY, patience.getValue());
            default -> null;
        };
        return new RunOptions(epochs.getValue(), batchSize.getValue(), optimizer.getValue(), learningRate.getValue(),
                seedValue().orElseThrow(), stopping, beta1.isEnabled() ? beta1.getValue() : null,
                discriminatorLearningRate.isVisible() ? discriminatorLearningRate.getValue() : null,
                layerStatisticsEvery.getValue());
    }

    private Optional<Long> seedValue() {
        BigDecimal value = seed.getValue();
        if (value == null || seed.isInvalid()) {
            return Optional.empty();
        }
        try {
            return Optional.of(value.longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static void require(List<String> problems, boolean failed, String message) {
        if (failed) {
            problems.add(message);
        }
    }
}
