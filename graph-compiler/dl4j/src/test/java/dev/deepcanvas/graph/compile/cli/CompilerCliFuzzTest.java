package dev.deepcanvas.graph.compile.cli;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.CliRun;
import dev.deepcanvas.graph.testing.CliVerdicts;
import dev.deepcanvas.graph.testing.DocumentMutator;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged documents through compile and java, the commands that reach DL4J and the exporter: the same promise as the
 * core's ReaderFuzzTest (an exit code and a message, never an exception). {@code -Dreader.mutants=…} for more.
 */
@ExtendWith(NativeBackendConfigured.class)
class CompilerCliFuzzTest {

    @Test
    void damagedDocumentsNeverBreakCompileOrJava() {
        int perDocument = Math.max(1, Integer.getInteger("reader.mutants", 150) / 5);
        DocumentMutator mutator = new DocumentMutator(Long.getLong("reader.seed", 11L));
        List<String> broken = new ArrayList<>();
        List<String> originals = new ArrayList<>();
        Samples.all().values().forEach(d -> originals.add(GraphJson.write(d)));
        originals.add(GraphJson.write(Samples.conditionalGan()));
        for (String original : originals) {
            for (int i = 0; i < perDocument; i++) {
                DocumentMutator.Mutant m = mutator.mutate(original);
                String command = i % 2 == 0 ? "compile" : "java";
                CliRun run = CliRun.of(CompilerCli.commands(), m.bytes(), command, "-");
                String verdict = CliVerdicts.judge(command, run);
                if (verdict != null) {
                    broken.add(m.description() + " → " + verdict);
                }
            }
        }
        assertThat(broken).isEmpty();
    }
}
