package dev.deepcanvas.app.errors;

import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which exceptions carry a message for the user, also when Vaadin wraps them. */
class RefusalsTest {

    @Test
    void aRefusalIsFoundThroughItsWrappers() {
        var gone = new GraphNotFoundException();
        assertThat(Refusals.messageOf(new RuntimeException("wrapper", gone))).contains(gone.getMessage());
        assertThat(Refusals.messageOf(new TrainingRejectedException(List.of("Set epochs to at least 1."))))
                .contains("Set epochs to at least 1.");
    }

    @Test
    void aFaultIsNoRefusal() {
        assertThat(Refusals.messageOf(new IllegalStateException("internal"))).isEmpty();
        assertThat(Refusals.messageOf(new NullPointerException())).isEmpty();
    }
}
