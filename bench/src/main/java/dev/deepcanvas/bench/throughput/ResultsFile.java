package dev.deepcanvas.bench.throughput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The bench's Markdown report: every line is printed and written to a results file, so that the documentation's
 * figures are the bench's own output and never copied by hand.
 *
 * <p>The lines go to {@code <file>.partial} as they come (a long run that breaks off leaves what it measured) and
 * replace the results file only when the run completes, so an interrupted run never overwrites a complete one.
 */
public final class ResultsFile implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final Writer writer;
    private boolean complete;

    private ResultsFile(Path target, Path partial, Writer writer) {
        this.target = target;
        this.partial = partial;
        this.writer = writer;
    }

    /** A report that ends up in {@code target} (its folder is created); {@code null} prints only. */
    public static ResultsFile open(Path target) throws IOException {
        if (target == null) {
            return new ResultsFile(null, null, null);
        }
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        return new ResultsFile(absolute, partial, Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
    }

    /** Prints a line of the report and writes it to the file. */
    public void line(String text) {
        System.out.println(text);
        if (writer != null) {
            try {
                writer.write(text);
                writer.write('\n');
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the bench's results to " + partial, e);
            }
        }
    }

    public void blank() {
        line("");
    }

    public void format(String format, Object... args) {
        line(String.format(Locale.ROOT, format, args).stripTrailing());
    }

    /** Marks the report as whole: closing then moves it over the results file. */
    public void complete() {
        complete = true;
    }

    /** Where the report is (or its partial part, when the run did not complete); empty when it prints only. */
    public String where() {
        return target == null ? "" : (complete ? target : partial).toString();
    }

    @Override
    public void close() throws IOException {
        if (writer == null) {
            return;
        }
        writer.close();
        if (complete) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
