package dev.deepcanvas.backend.runtime;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's start-up switches DL4J's oneDNN helpers on, unless the user decided otherwise. */
class NativeRuntimeTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(NativeBackend.HELPERS_DISABLED);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(NativeBackend.HELPERS_DISABLED);
        } else {
            System.setProperty(NativeBackend.HELPERS_DISABLED, before);
        }
    }

    @Test
    void startingTheContextConfiguresTheNativeBackend() {
        System.clearProperty(NativeBackend.HELPERS_DISABLED);
        new NativeRuntime().postProcessBeanFactory(new DefaultListableBeanFactory());
        assertThat(System.getProperty(NativeBackend.HELPERS_DISABLED)).isEqualTo("false");
    }

    @Test
    void anExplicitChoiceIsLeftAlone() {
        System.setProperty(NativeBackend.HELPERS_DISABLED, "true");
        new NativeRuntime().postProcessBeanFactory(new DefaultListableBeanFactory());
        assertThat(System.getProperty(NativeBackend.HELPERS_DISABLED)).isEqualTo("true");
    }
}
