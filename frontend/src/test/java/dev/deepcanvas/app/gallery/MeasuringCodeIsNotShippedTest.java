package dev.deepcanvas.app.gallery;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code that measures templates (judges, the GAN instrument, the verification) lives in the bench module and
 * is not part of the app: nothing on the app's class path, which is what its jar packs, comes from there.
 */
class MeasuringCodeIsNotShippedTest {

    @Test
    void theAppsClassPathHoldsNoMeasuringCode() {
        ClassLoader app = getClass().getClassLoader();
        assertThat(app.getResource("dev/deepcanvas/bench")).isNull();
        assertThat(app.getResource("dev/deepcanvas/backend/quality")).isNull();
        // what the gallery does read: the verification's results, beside the catalog
        assertThat(app.getResource("dev/deepcanvas/templates/verified/results.json")).isNotNull();
    }
}
