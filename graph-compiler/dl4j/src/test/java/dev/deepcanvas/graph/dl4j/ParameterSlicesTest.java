package dev.deepcanvas.graph.dl4j;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParameterSlicesTest {

    private final ExecutorService helpers = Executors.newFixedThreadPool(2);

    @AfterEach
    void stop() {
        helpers.shutdownNow();
    }

    @Test
    void theSlicesCoverEveryElementOnceOnCacheLineBounds() {
        ParameterSlices slices = new ParameterSlices(helpers, 3);
        int length = 3 * ParameterSlices.MIN_SLICE + 5;
        assertThat(slices.slicesFor(length)).isEqualTo(3);
        AtomicIntegerArray visits = new AtomicIntegerArray(length);
        slices.forEach(length, (s, count, from, to) -> {
            assertThat(count).isEqualTo(3);
            assertThat(from % 16).isZero();
            for (long i = from; i < to; i++) {
                visits.incrementAndGet((int) i);
            }
        });
        for (int i = 0; i < length; i++) {
            assertThat(visits.get(i)).as("element %d", i).isEqualTo(1);
        }
    }

    @Test
    void smallVectorsStayOnTheCallingThread() {
        ParameterSlices slices = new ParameterSlices(helpers, 3);
        assertThat(slices.slicesFor(ParameterSlices.MIN_SLICE * 2 - 1)).isEqualTo(1);
        Thread caller = Thread.currentThread();
        slices.forEach(100, (s, count, from, to) -> assertThat(Thread.currentThread()).isSameAs(caller));
    }

    @Test
    void aFailingSliceFailsTheUpdateAfterEveryOtherSliceEnded() {
        ParameterSlices slices = new ParameterSlices(helpers, 3);
        AtomicIntegerArray ended = new AtomicIntegerArray(3);
        assertThatThrownBy(() -> slices.forEach(3L * ParameterSlices.MIN_SLICE, (s, count, from, to) -> {
            if (s == 1) {
                throw new IllegalArgumentException("slice one broke");
            }
            ended.set(s, 1);
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("slice one broke");
        assertThat(ended.get(0) + ended.get(2)).isEqualTo(2);
    }
}
