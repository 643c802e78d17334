package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A loop is cut into one part per granted thread, covers every item once, and reports a part's failure. */
@ExtendWith(NativeBackendConfigured.class)
class SplitLoopTest {

    @Test
    void oneGrantedThreadRunsTheWholeLoopOnTheCallingThread() {
        List<int[]> parts = new CopyOnWriteArrayList<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        SplitLoop.forEach(1000, 10, (from, to) -> {
            parts.add(new int[] {from, to});
            threads.add(Thread.currentThread());
        });
        assertThat(parts).containsExactly(new int[] {0, 1000});
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void twoGrantedThreadsCutTheLoopInTwoOnTwoThreads() {
        List<int[]> parts = new CopyOnWriteArrayList<>();
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        withTwoThreads(() -> SplitLoop.forEach(1001, 10, (from, to) -> {
            parts.add(new int[] {from, to});
            threads.add(Thread.currentThread());
        }));
        assertThat(parts).containsExactlyInAnyOrder(new int[] {0, 500}, new int[] {500, 1001});
        assertThat(threads).hasSize(2).contains(Thread.currentThread());
    }

    @Test
    void tooFewItemsForTwoPartsStayOnTheCallingThread() {
        List<int[]> parts = new CopyOnWriteArrayList<>();
        withTwoThreads(() -> SplitLoop.forEach(15, 10, (from, to) -> parts.add(new int[] {from, to})));
        assertThat(parts).containsExactly(new int[] {0, 15});
    }

    @Test
    void aFailingPartFailsTheLoopAfterBothEnded() {
        withTwoThreads(() -> assertThatThrownBy(() -> SplitLoop.forEach(100, 10, (from, to) -> {
            if (from > 0) {
                throw new IllegalArgumentException("part from " + from);
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("part from 50"));
    }

    private static void withTwoThreads(Runnable body) {
        Nd4j.create(1);  // the grant also sets ND4J's threads: ND4J must be loaded first
        NativeBackend.limitThreadsOfCallingThread(2);
        try {
            body.run();
        } finally {
            NativeBackend.limitThreadsOfCallingThread(1);
        }
    }
}
