package dev.deepcanvas.bench.verify;

import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The results file and its pictures in the templates module's sources, where the verification command writes them
 * (the app reads the copies the build puts on its class path).
 */
final class ResultsFolder {

    private final Path folder;

    ResultsFolder(Path repositoryRoot) {
        this.folder = repositoryRoot.resolve("templates/src/main/resources" + VerifiedResults.FOLDER);
    }

    Path file() {
        return folder.resolve(VerifiedResults.FILE);
    }

    VerifiedResults read() throws IOException {
        return Files.exists(file()) ? VerifiedResults.parse(Files.readString(file()))
                : VerifiedResults.parse("{\"results\": []}");
    }

    /** Replaces one template's entry (and its picture), leaving the others as they were. */
    void record(VerifiedResult result, byte[] picture, TemplateCatalog catalog) throws IOException {
        Files.createDirectories(folder);
        if (picture != null) {
            write(folder.resolve(result.samples()), picture);
        }
        write(file(), read().with(result, catalog).toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
