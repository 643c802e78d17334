package dev.deepcanvas.backend.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The immutable hyperparameters a run was trained with: the document's training settings after the start
 * dialog's changes, plus early stopping. Stored as JSON on the run, so what a run did never depends on later edits.
 *
 * @param beta1                     Adam's β1, or null for Adam's default (0.9)
 * @param discriminatorLearningRate a GAN discriminator's own learning rate, or null when it shares {@code learningRate}
 * @param layerStatisticsEvery      how often, in steps, the run measures its layers besides each epoch's last step;
 *                                  null for each epoch's last step only. Changes nothing the model learns, but is
 *                                  kept with the settings because it says what the run's layer charts can show.
 */
public record Hyperparameters(String optimizer, double learningRate, int batchSize, int epochs, String weightInit,
                              double l2, long seed, EarlyStopping earlyStopping, Double beta1,
                              Double discriminatorLearningRate, Integer layerStatisticsEvery) {

    /** Settings of a run that measures its layers at each epoch's end only. */
    public Hyperparameters(String optimizer, double learningRate, int batchSize, int epochs, String weightInit,
                           double l2, long seed, EarlyStopping earlyStopping, Double beta1,
                           Double discriminatorLearningRate) {
        this(optimizer, learningRate, batchSize, epochs, weightInit, l2, seed, earlyStopping, beta1,
                discriminatorLearningRate, null);
    }

    /** The row that says which steps measured the layers ({@link #asTable}). */
    public static final String LAYER_STATISTICS = "layer statistics";

    /** The row only a GAN's table has ({@link #asTable}). */
    public static final String DISCRIMINATOR_LEARNING_RATE = "discriminator learning rate";

    // Runs stored before early stopping existed hold only the training-settings fields, and runs stored before the
    // GAN settings existed lack those (null: exactly what they trained with, Adam's default β1 and one shared
    // learning rate): unknown or missing fields must not make an old run unreadable.
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    static Hyperparameters of(TrainingSettings settings, EarlyStopping earlyStopping, Integer layerStatisticsEvery) {
        return new Hyperparameters(settings.optimizer(), settings.learningRate(), settings.batchSize(),
                settings.epochs(), settings.weightInit(), settings.l2(), settings.seed(), earlyStopping,
                settings.beta1(), settings.discriminatorLearningRate(), layerStatisticsEvery);
    }

    public TrainingSettings toTrainingSettings() {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, l2, seed, beta1,
                discriminatorLearningRate);
    }

    /**
     * Name → display value, in a stable order, for the run page and comparison tables. The discriminator's learning
     * rate is a row only for a GAN ({@code gan}): the Train dialog offers it for GANs alone, so on any other run the
     * row would tell the reader about a network it does not have.
     */
    public Map<String, String> asTable(boolean gan) {
        Map<String, String> table = new LinkedHashMap<>();
        table.put("optimizer", optimizer);
        table.put("learning rate", plain(learningRate));
        if (gan) {
            table.put(DISCRIMINATOR_LEARNING_RATE, discriminatorLearningRate == null ? "same as learning rate"
                    : plain(discriminatorLearningRate));
        }
        table.put("Adam β1", !"adam".equals(optimizer) ? "not used"
                : plain(beta1 == null ? TrainingSettings.DEFAULT_BETA1 : beta1));
        table.put("batch size", Integer.toString(batchSize));
        table.put("epochs", Integer.toString(epochs));
        table.put("weight init", weightInit);
        table.put("L2", plain(l2));
        table.put("seed", Long.toString(seed));
        table.put("early stopping", earlyStopping == null ? "off"
                : earlyStopping.monitor().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + ", patience " + earlyStopping.patience());
        table.put(LAYER_STATISTICS, layerStatisticsEvery == null ? "each epoch's last step"
                : "every " + layerStatisticsEvery + (layerStatisticsEvery == 1 ? " step" : " steps")
                + " and each epoch's last");
        return table;
    }

    /** 0.0001 rather than Java's 1.0E-4: the table is read by people, who write rates and L2 that way. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Hyperparameters are not serialisable", e);
        }
    }

    static Hyperparameters fromJson(String json) {
        try {
            return JSON.readValue(json, Hyperparameters.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored hyperparameters are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
