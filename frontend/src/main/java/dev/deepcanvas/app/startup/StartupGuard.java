package dev.deepcanvas.app.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Pre-start checks that need no Spring: the data folder is writable, no other DeepCanvas uses it
 * (an exclusive lock file held for the life of the process), and the port is free. The lock is for a single process
 * on the embedded H2 only ({@link #acquire}); the nodes of a cluster share their database and shared folder by
 * design, and check only what is theirs ({@link #checkNode}).
 */
public final class StartupGuard {

    static final String LOCK_FILE = "deepcanvas.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StartupGuard(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static StartupGuard acquire(StartupSettings settings) {
        Path dir = settings.dataDir();
        ensureWritable(dir);
        StartupGuard guard = lock(dir);
        try {
            ensurePortFree(settings.port());
        } catch (RuntimeException e) {
            guard.release();
            throw e;
        }
        return guard;
    }

    /**
     * The checks for a node of a cluster: its data folder (its log) is writable and, for a node that serves pages,
     * its port is free. No lock: every node writes the same database and shared folder.
     */
    public static void checkNode(StartupSettings settings) {
        ensureWritable(settings.dataDir());
        if (settings.role().servesPages()) {
            ensurePortFree(settings.port());
        }
    }

    public void release() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the operating system drops the lock anyway.
        }
    }

    private static void ensureWritable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
        } catch (AccessDeniedException e) {
            throw new StartupProblem("Cannot write to the data folder " + dir + " (permission denied). "
                    + "Set DEEPCANVAS_DATA_DIR to a folder you can write to.");
        } catch (FileSystemException e) {
            throw new StartupProblem("Cannot use the data folder " + dir + ": " + reason(e)
                    + ". Set DEEPCANVAS_DATA_DIR to a writable folder.");
        } catch (IOException e) {
            throw new StartupProblem("Cannot use the data folder " + dir + ": " + e.getMessage()
                    + ". Set DEEPCANVAS_DATA_DIR to a writable folder.");
        }
    }

    private static StartupGuard lock(Path dir) {
        Path lockFile = dir.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw alreadyRunning(dir);
            }
            return new StartupGuard(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw alreadyRunning(dir);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartupProblem("Cannot lock the data folder " + dir + ": " + e.getMessage() + ".");
        }
    }

    private static void ensurePortFree(int port) {
        if (port == 0) {
            return; // a random free port is chosen by the server itself
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupProblem("Port " + port + " is already in use. Stop whatever uses it, or start "
                    + "DeepCanvas on another port, for example with SERVER_PORT=8081.");
        }
    }

    private static StartupProblem alreadyRunning(Path dir) {
        return new StartupProblem("Another DeepCanvas is already running on the data folder " + dir
                + ". Stop it first, or give this one its own folder with DEEPCANVAS_DATA_DIR.");
    }

    private static String reason(FileSystemException e) {
        return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason().toLowerCase();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to undo
            }
        }
    }
}
