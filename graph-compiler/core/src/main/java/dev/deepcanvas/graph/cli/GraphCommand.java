package dev.deepcanvas.graph.cli;

import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * One command of the command line that works on a graph document ({@code validate}, {@code summary}; the DL4J module
 * adds {@code compile} and {@code java}). {@link GraphCli} reads the document, parses the options and turns the
 * outcome into an exit code, so a command only does its own work.
 */
public interface GraphCommand {

    /** The word typed on the command line. */
    String name();

    /** What the command does, one line for the usage text (with its options, e.g. "[--class Name]"). */
    String help();

    /**
     * Whether the command reports the analysis' warnings in its own output (validate and summary do); for the others
     * the command line prints them on standard error, after the result.
     */
    default boolean reportsWarnings() {
        return false;
    }

    /** The options it takes, each followed by a value (e.g. {@code --class}). */
    default List<String> options() {
        return List.of();
    }

    /**
     * Prints the result on {@code out}.
     *
     * @param options the values of {@link #options()} that were given, by option name
     * @return the problems that stop this command (reported as JSON with exit code 1); empty on success
     * @throws UsageException when an option's value is unusable
     */
    List<Problem> run(GraphDocument doc, Map<String, String> options, PrintStream out)
            throws UsageException, IOException;
}
