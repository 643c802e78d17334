package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.math.BigDecimal;
import java.util.function.Consumer;

/**
 * The graph's training settings (saved with the document). A value outside its range is explained beside the
 * field and not applied, so the document only ever holds settings that can train.
 */
class TrainingSettingsForm extends FormLayout {

    private final IntegerField epochs = new IntegerField("Epochs");
    private final IntegerField batchSize = new IntegerField("Batch size");
    private final Select<String> optimizer = new Select<>();
    private final NumberField learningRate = new NumberField("Learning rate");
    private final Select<String> weightInit = new Select<>();
    private final NumberField l2 = new NumberField("L2 regularisation");
    private final BigDecimalField seed = new BigDecimalField("Random seed");
    private final NumberField beta1 = new NumberField("Adam β1");
    private final NumberField discriminatorLearningRate = new NumberField("Discriminator learning rate");

    private TrainingSettings settings = TrainingSettings.defaults();

    TrainingSettingsForm(Consumer<TrainingSettings> onChange) {
        setId("training-settings");
        setResponsiveSteps(new ResponsiveStep("0", 2));
        optimizer.setLabel("Optimiser");
        optimizer.setItems(TrainingSettings.OPTIMIZERS);
        weightInit.setLabel("Weight init");
        weightInit.setItems(TrainingSettings.WEIGHT_INITS);
        epochs.setId("epochs-field");
        batchSize.setId("batch-size-field");
        learningRate.setId("learning-rate-field");
        learningRate.setStep(0.0001);
        // Both GAN settings are optional: empty keeps Adam's default β1 and one learning rate for both networks.
        beta1.setId("beta1-field");
        beta1.setPlaceholder("0.9 (default)");
        beta1.setHelperText("0.5 steadies a GAN");
        beta1.setClearButtonVisible(true);
        beta1.setStep(0.05);
        discriminatorLearningRate.setId("discriminator-learning-rate-field");
        discriminatorLearningRate.setPlaceholder("same as learning rate");
        discriminatorLearningRate.setHelperText("GAN only; the learning rate is then the generator's");
        discriminatorLearningRate.setClearButtonVisible(true);
        discriminatorLearningRate.setStep(0.0001);

        epochs.addValueChangeListener(e -> {
            if (e.isFromClient() && check(epochs, e.getValue(), 1, 10_000)) {
                onChange.accept(settings = settings.withEpochs(e.getValue()));
            }
        });
        batchSize.addValueChangeListener(e -> {
            if (e.isFromClient() && check(batchSize, e.getValue(), 1, 65_536)) {
                onChange.accept(settings = settings.withBatchSize(e.getValue()));
            }
        });
        learningRate.addValueChangeListener(e -> {
            Double v = e.getValue();
            if (!e.isFromClient()) {
                return;
            }
            boolean ok = v != null && v > 0 && v <= 10;
            report(learningRate, ok ? null : "Must be above 0 and at most 10 (try 0.001 to 0.1).");
            if (ok) {
                onChange.accept(settings = settings.withLearningRate(v));
            }
        });
        l2.addValueChangeListener(e -> {
            Double v = e.getValue();
            if (!e.isFromClient()) {
                return;
            }
            boolean ok = v != null && v >= 0 && v <= 1;
            report(l2, ok ? null : "Must be from 0 to 1 (0 turns it off).");
            if (ok) {
                onChange.accept(settings = settings.withL2(v));
            }
        });
        beta1.addValueChangeListener(e -> {
            Double v = e.getValue();
            if (!e.isFromClient()) {
                return;
            }
            boolean ok = v == null || v >= 0 && v < 1;
            report(beta1, ok ? null : "Must be from 0 to below 1 (empty: Adam's default 0.9; 0.5 for a GAN).");
            if (ok) {
                onChange.accept(settings = settings.withBeta1(v));
            }
        });
        discriminatorLearningRate.addValueChangeListener(e -> {
            Double v = e.getValue();
            if (!e.isFromClient()) {
                return;
            }
            boolean ok = v == null || v > 0 && v <= 10;
            report(discriminatorLearningRate, ok ? null
                    : "Must be above 0 and at most 10 (try 0.0001 to 0.001), or empty to use the learning rate.");
            if (ok) {
                onChange.accept(settings = settings.withDiscriminatorLearningRate(v));
            }
        });
        optimizer.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChange.accept(settings = settings.withOptimizer(e.getValue()));
            }
            // Only Adam has a β1; the field stays visible so that switching back shows the value kept.
            beta1.setEnabled("adam".equals(e.getValue()));
        });
        weightInit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChange.accept(settings = settings.withWeightInit(e.getValue()));
            }
        });
        seed.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            BigDecimal v = e.getValue();
            boolean ok = v != null && v.scale() <= 0 && v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
            report(seed, ok ? null : "Must be a whole number of at least 0.");
            if (ok) {
                onChange.accept(settings = settings.withSeed(v.longValueExact()));
            }
        });
        add(epochs, batchSize, optimizer, learningRate, weightInit, l2, seed, beta1, discriminatorLearningRate);
    }

    /** @param gan whether the graph has generator and discriminator blocks (only then is there a discriminator) */
    void show(TrainingSettings current, boolean gan) {
        settings = current;
        epochs.setValue(current.epochs());
        batchSize.setValue(current.batchSize());
        optimizer.setValue(current.optimizer());
        learningRate.setValue(current.learningRate());
        weightInit.setValue(current.weightInit());
        l2.setValue(current.l2());
        seed.setValue(BigDecimal.valueOf(current.seed()));
        beta1.setValue(current.beta1());
        beta1.setEnabled("adam".equals(current.optimizer()));
        discriminatorLearningRate.setValue(current.discriminatorLearningRate());
        discriminatorLearningRate.setVisible(gan || current.discriminatorLearningRate() != null);
        for (HasValidation f : new HasValidation[]{epochs, batchSize, learningRate, l2, seed, beta1,
                discriminatorLearningRate}) {
            f.setInvalid(false);
        }
    }

    private static boolean check(IntegerField field, Integer value, int min, int max) {
        boolean ok = value != null && value >= min && value <= max;
        report(field, ok ? null : String.format("Must be a whole number from %,d to %,d.", min, max));
        return ok;
    }

    private static void report(HasValidation field, String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
    }
}
