package dev.deepcanvas.graph.cli;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.CliRun;
import dev.deepcanvas.graph.testing.CliVerdicts;
import dev.deepcanvas.graph.testing.DocExamples;
import dev.deepcanvas.graph.testing.DocumentMutator;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged documents through the command line (the entry point a person uses): whatever the damage, the answer is an
 * exit code with a message in the user's terms: 0 with a result, 1 with the problems as JSON, 2 with one line saying
 * what cannot be read and where. Never an exception, a stack trace, a Java class or a parser feature's name.
 * {@code -Dreader.mutants=…} and {@code -Dreader.seed=…} run more (bench/compiler-fuzz.sh does).
 */
class ReaderFuzzTest {

    @Test
    void damagedDocumentsGetAnExitCodeAndAMessageNeverAStackTrace() throws Exception {
        long seed = Long.getLong("reader.seed", 7L);
        int perDocument = Integer.getInteger("reader.mutants", 150);
        List<String> originals = new ArrayList<>();
        Samples.all().values().forEach(d -> originals.add(GraphJson.write(d)));
        DocExamples.all().values().forEach(d -> originals.add(GraphJson.write(d)));
        originals.add(GraphJson.write(Samples.gan()));
        originals.add(GraphJson.write(Samples.conditionalGan()));
        DocumentMutator mutator = new DocumentMutator(seed);
        List<String> broken = new ArrayList<>();
        int[] codes = new int[3];
        for (String original : originals) {
            for (int i = 0; i < perDocument; i++) {
                DocumentMutator.Mutant m = mutator.mutate(original);
                String command = i % 2 == 0 ? "validate" : "summary";
                CliRun run = CliRun.of(GraphCli.coreCommands(), m.bytes(), command, "-");
                String verdict = CliVerdicts.judge(command, run);
                if (verdict != null) {
                    broken.add(m.description() + " → " + verdict);
                } else {
                    codes[run.code()]++;
                }
            }
        }
        System.out.println("reader fuzz: exit codes 0/1/2 = " + Arrays.toString(codes));
        assertThat(broken).isEmpty();
        // The mutations must reach each outcome, or they test less than they seem to.
        assertThat(Arrays.stream(codes).min().orElseThrow()).as("fewest runs of one exit code").isPositive();
    }

    @Test
    void theUntouchedDocumentsAreValid() {
        for (GraphDocument doc : Samples.all().values()) {
            CliRun run = CliRun.of(GraphCli.coreCommands(), GraphJson.write(doc), "validate", "-");
            assertThat(run.code()).as(run.out()).isZero();
        }
    }
}
