package dev.deepcanvas.app.startup;

import dev.deepcanvas.backend.node.NodeRole;
import dev.deepcanvas.graph.dl4j.TrainingSwitches;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The port, data folder and role the app will use, resolved the way Spring will resolve them
 * (command line, then system properties, then environment, then defaults) so the pre-start checks test
 * the same values, and the role decides which application starts (a worker has no web server).
 */
public record StartupSettings(int port, Path dataDir, NodeRole role) {

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DATA_DIR = "./data";

    /** A single process (role all) on this port and data folder. */
    public StartupSettings(int port, Path dataDir) {
        this(port, dataDir, NodeRole.ALL);
    }

    /**
     * @throws IllegalArgumentException naming a setting that is not understood: the port, or one of the system
     *                                  properties that tune training ({@link TrainingSwitches})
     */
    public static StartupSettings resolve(String[] args, Map<String, String> env, Properties system) {
        TrainingSwitches.check(system);
        String port = firstNonBlank(arg(args, "server.port"), system.getProperty("server.port"),
                env.get("SERVER_PORT"), String.valueOf(DEFAULT_PORT));
        String dataDir = firstNonBlank(arg(args, "deepcanvas.data-dir"), system.getProperty("deepcanvas.data-dir"),
                env.get("DEEPCANVAS_DATA_DIR"), DEFAULT_DATA_DIR);
        int parsedPort;
        try {
            parsedPort = Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The port '" + port + "' is not a number.");
        }
        if (parsedPort < 0 || parsedPort > 65535) {
            throw new IllegalArgumentException("The port " + parsedPort + " is outside 0–65535.");
        }
        String role = firstNonBlank(arg(args, NodeRole.PROPERTY), system.getProperty(NodeRole.PROPERTY),
                env.get(NodeRole.ENVIRONMENT_VARIABLE), NodeRole.ALL.key());
        return new StartupSettings(parsedPort, Path.of(dataDir).toAbsolutePath().normalize(), NodeRole.parse(role));
    }

    /** The value of {@code --name=value} on the command line (the last one wins, as in Spring), or null. */
    static String arg(String[] args, String name) {
        String prefix = "--" + name + "=";
        String found = null;
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                found = arg.substring(prefix.length());
            }
        }
        return found;
    }

    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new IllegalStateException("no default given");
    }
}
