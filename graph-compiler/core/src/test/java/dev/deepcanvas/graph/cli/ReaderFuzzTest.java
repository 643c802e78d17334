package dev.deepcanvas.graph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.CliRun;
import dev.deepcanvas.graph.testing.DocExamples;
import dev.deepcanvas.graph.testing.DocumentMutator;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged documents through the command line (the entry point a person uses): whatever the damage, the answer is an
 * exit code with a message in the user's terms: 0 with a result, 1 with the problems as JSON, 2 with one line saying
 * what cannot be read and where. Never an exception, a stack trace, a Java class or a parser feature's name.
 * {@code -Dreader.mutants=…} and {@code -Dreader.seed=…} run more (bench/compiler-fuzz.sh does).
 */
class ReaderFuzzTest {

    /** Words that only a stack trace or a library's own message would bring into the output. */
    private static final List<String> LEAKS = List.of("\tat ", "Exception", "Internal error", "com.fasterxml",
            "java.lang", "java.util", "JsonReadFeature", "JsonParser.Feature", "DeserializationFeature",
            "MapperFeature", "`java", "jackson", "Cannot deserialize", "Cannot construct", "Cannot coerce");
    private static final Set<String> CODES = EnumSet.allOf(ProblemCode.class).stream()
            .filter(c -> c != ProblemCode.INTERNAL).map(Enum::name).collect(Collectors.toSet());
    private static final ObjectMapper JSON = new ObjectMapper();

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
                String verdict = judge(command, run);
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

    /** Null when the run answered properly, else what is wrong with the answer. */
    static String judge(String command, CliRun run) {
        String all = run.out() + run.err();
        for (String leak : LEAKS) {
            if (all.contains(leak)) {
                return "the output contains \"" + leak + "\": " + all;
            }
        }
        return switch (run.code()) {
            case 0 -> command.equals("validate") && !isValidJson(run.out()) ? "exit 0 without {\"valid\":true}: "
                    + run.out() : null;
            case 1 -> problemsProblem(run.out());
            case 2 -> {
                String[] lines = run.err().strip().split("\n");
                boolean prefixed = lines[0].startsWith("Cannot read the graph: ")
                        || lines[0].startsWith("Cannot read the input: ");
                yield lines.length == 1 && prefixed && lines[0].length() > 40 ? null
                        : "exit 2 without one clear line on standard error: " + run.err();
            }
            default -> "exit code " + run.code();
        };
    }

    private static boolean isValidJson(String out) {
        try {
            return JSON.readTree(out).get("valid").asBoolean();
        } catch (Exception e) {
            return false;
        }
    }

    private static String problemsProblem(String out) {
        JsonNode json;
        try {
            String body = out.substring(out.indexOf("{\n  \"valid\" : false"));
            json = JSON.readTree(body);
        } catch (Exception e) {
            return "exit 1 without the problems as JSON: " + out;
        }
        if (json.get("problems") == null || json.get("problems").isEmpty()) {
            return "exit 1 with no problem listed: " + out;
        }
        for (JsonNode p : json.get("problems")) {
            if (!CODES.contains(p.get("code").asText()) || p.get("message").asText().isBlank()) {
                return "a problem without a known code or a message: " + p;
            }
        }
        return null;
    }

    @Test
    void theUntouchedDocumentsAreValid() {
        for (GraphDocument doc : Samples.all().values()) {
            CliRun run = CliRun.of(GraphCli.coreCommands(), GraphJson.write(doc), "validate", "-");
            assertThat(run.code()).as(run.out()).isZero();
        }
    }
}
