package dev.deepcanvas.bench.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The few git questions the verification asks of the repository it runs in: which commit, whether tracked files
 * were changed, and which files changed since a commit. It needs the history a clean clone has (a shallow clone
 * lacks old commits, and says so).
 */
final class Git {

    private final Path root;

    private Git(Path root) {
        this.root = root;
    }

    /** The repository holding the working directory. */
    static Git here() {
        Result top = run(Path.of("").toAbsolutePath(), "rev-parse", "--show-toplevel");
        if (top.code() != 0) {
            throw new IllegalStateException("The verification needs the git repository it checks (" + top.output()
                    + ")");
        }
        return new Git(Path.of(top.output().trim()));
    }

    Path root() {
        return root;
    }

    String head() {
        return require("rev-parse", "HEAD").trim();
    }

    /** Tracked files with uncommitted changes under these paths (all of them when none are given). */
    List<String> uncommitted(List<String> paths) {
        List<String> args = new ArrayList<>(List.of("diff", "--name-only", "HEAD", "--"));
        args.addAll(paths);
        return lines(require(args.toArray(String[]::new)));
    }

    /** The history's first commit (its root). */
    String firstCommit() {
        return lines(require("rev-list", "--max-parents=0", "HEAD")).get(0);
    }

    boolean knows(String commit) {
        return run(root, "cat-file", "-e", commit + "^{commit}").code() == 0;
    }

    boolean isAncestorOfHead(String commit) {
        return run(root, "merge-base", "--is-ancestor", commit, "HEAD").code() == 0;
    }

    /** Files under these paths that differ between the commit and the working tree (committed or not). */
    List<String> changedSince(String commit, List<String> paths) {
        List<String> args = new ArrayList<>(List.of("diff", "--name-only", commit, "--"));
        args.addAll(paths);
        return lines(require(args.toArray(String[]::new)));
    }

    private String require(String... args) {
        Result result = run(root, args);
        if (result.code() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + result.output());
        }
        return result.output();
    }

    private static List<String> lines(String output) {
        return Arrays.stream(output.split("\n")).map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path directory, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "git " + String.join(" ", args) + " did not finish in a minute");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, "git could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
