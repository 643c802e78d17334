package dev.deepcanvas.graph.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.analysis.ProblemCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a command line run answered as the command line promises, whatever its input: exit 0 with a result, 1 with
 * the problems as JSON, 2 with one line on standard error saying what cannot be read; never an exception, a stack
 * trace, a Java class or a parser feature's name. Used by the fuzz tests of both modules.
 */
public final class CliVerdicts {

    /** Words that only a stack trace or a library's own message would bring into the output. */
    private static final List<String> LEAKS = List.of("\tat ", "Exception", "Internal error", "com.fasterxml",
            "java.lang", "java.util", "JsonReadFeature", "JsonParser.Feature", "DeserializationFeature",
            "MapperFeature", "`java", "jackson", "Cannot deserialize", "Cannot construct", "Cannot coerce");
    private static final Set<String> CODES = EnumSet.allOf(ProblemCode.class).stream()
            .filter(c -> c != ProblemCode.INTERNAL).map(Enum::name).collect(Collectors.toSet());
    private static final ObjectMapper JSON = new ObjectMapper();

    private CliVerdicts() {
    }

    /** Null when the run answered properly, else what is wrong with the answer. */
    public static String judge(String command, CliRun run) {
        boolean reportOnly = command.equals("validate") || command.equals("summary") || run.code() != 0;
        String checked = reportOnly ? run.out() + run.err() : run.err();
        for (String leak : LEAKS) {
            if (checked.contains(leak)) {
                return "the output contains \"" + leak + "\": " + checked;
            }
        }
        return switch (run.code()) {
            case 0 -> exitZeroProblem(command, run);
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

    private static String exitZeroProblem(String command, CliRun run) {
        if (command.equals("validate") && !isValid(run.out())) {
            return "exit 0 without {\"valid\":true}: " + run.out();
        }
        if (run.out().isBlank()) {
            return "exit 0 without output";
        }
        for (String line : run.err().lines().toList()) {
            if (!line.startsWith("Warning (")) {
                return "exit 0 with something else than warnings on standard error: " + run.err();
            }
        }
        return null;
    }

    private static boolean isValid(String out) {
        try {
            return JSON.readTree(out).get("valid").asBoolean();
        } catch (Exception e) {
            return false;
        }
    }

    private static String problemsProblem(String out) {
        JsonNode json;
        try {
            json = JSON.readTree(out.substring(out.indexOf("{\n  \"valid\" : false")));
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
}
