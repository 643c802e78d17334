package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The log file of a child process the tests start: the process writes its standard output and error there, and the
 * tests add their own lines ("[e2e] …") about what they did to it, so that one file tells the whole story of a
 * failure.
 */
record ProcessLog(Path file) {

    void append(String line) {
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Everything written so far; a note instead when the file cannot be read (this feeds failure messages). */
    String read() {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e + ")";
        }
    }

    /** The last {@code chars} characters, marked with an ellipsis when cut. */
    String tail(int chars) {
        String log = read();
        return log.length() <= chars ? log : "…" + log.substring(log.length() - chars);
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
