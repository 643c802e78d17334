package dev.deepcanvas.graph.contract;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiler's contract over random graphs ({@link RandomGraph}, and every fifth a GAN: {@link RandomGan}; checked by
 * {@link Contract}): whatever the analyzer accepts, DL4J builds, runs and trains as predicted. A fixed seed and a fixed number of graphs in the build; the
 * long run is {@code bench/compiler-fuzz.sh} (the same test with a budget of time and another seed), which saves each
 * failing document under {@code target/contract-failures/}. Every failure ever found is a named test in
 * {@link ContractRegressionTest}.
 *
 * <p>Properties: {@code contract.seed} (first seed, default 2024), {@code contract.graphs} (graphs to generate,
 * default 500), {@code contract.seconds} (stop after this long, default unlimited), {@code contract.javac} (compile
 * the export of the graphs whose seed is a multiple of this, when accepted; default 40).
 */
@ExtendWith(NativeBackendConfigured.class)
class GeneratedGraphsContractTest {

    private static final Path FAILURES = Path.of("target", "contract-failures");

    @Test
    void whateverTheAnalyzerAcceptsTrainsAsPredicted() throws IOException {
        long seed = Long.getLong("contract.seed", 2024L);
        int graphs = Integer.getInteger("contract.graphs", 500);
        long seconds = Long.getLong("contract.seconds", Long.MAX_VALUE / 2_000_000_000L);
        int javacEvery = Integer.getInteger("contract.javac", 40);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long deadline = start + seconds * 1_000_000_000L;
        Contract contract = new Contract();
        Map<Contract.Verdict, Integer> verdicts = new EnumMap<>(Contract.Verdict.class);
        Set<String> typesTrained = new HashSet<>();
        List<String> failures = new ArrayList<>();
        int done = 0;
        int gansTrained = 0;
        for (long s = seed; s < seed + graphs && System.nanoTime() < deadline; s++) {
            boolean gan = s % 5 == 0;
            GraphDocument doc = gan ? RandomGan.of(s) : RandomGraph.of(s);
            try {
                Contract.Verdict v = gan ? contract.checkGan(doc)
                        : contract.check(doc, javacEvery > 0 && s % javacEvery == 1);
                if (gan && v == Contract.Verdict.TRAINED) {
                    gansTrained++;
                }
                verdicts.merge(v, 1, Integer::sum);
                if (v == Contract.Verdict.TRAINED) {
                    doc.nodes().forEach(n -> typesTrained.add(n.type()));
                }
            } catch (Throwable e) {
                failures.add("seed " + s + ": " + e);
                save(s, doc);
            }
            done++;
        }
        System.out.printf("contract: %d graphs from seed %d, %s (%d GANs trained), %d failures; types trained: %d; "
                        + "%.0f s, %.0f s of CPU%n", done, seed, verdicts, gansTrained, failures.size(),
                typesTrained.size(),
                (System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9);
        assertThat(failures).as("graphs the analyzer accepted but DL4J could not train as predicted (saved under "
                + FAILURES.toAbsolutePath() + ")").isEmpty();
        // The generator must reach DL4J often and with most of the vocabulary, or the test proves little.
        assertThat(verdicts.getOrDefault(Contract.Verdict.TRAINED, 0)).isGreaterThanOrEqualTo(done / 5);
        assertThat(gansTrained).isGreaterThanOrEqualTo(done / 40);
        if (done >= 1000) {
            assertThat(typesTrained.size()).isGreaterThanOrEqualTo(45);
        }
    }

    /** CPU time of the whole process: DL4J works in native threads, so the test thread's own time says little. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void save(long seed, GraphDocument doc) throws IOException {
        Files.createDirectories(FAILURES);
        Files.writeString(FAILURES.resolve("seed-" + seed + ".json"), GraphJson.write(doc));
    }
}
