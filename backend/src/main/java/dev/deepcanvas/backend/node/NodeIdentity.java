package dev.deepcanvas.backend.node;

import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * This process's name among the nodes: its host, its process id and a few random characters (process ids repeat
 * after restarts), for example {@code gpu-box-2-41873-9f3a}. Runs record it as the worker that trained them; the job
 * engine records it as the owner of a claimed run. At most {@value #MAX_LENGTH} characters, the job engine's limit.
 */
@Component
public class NodeIdentity {

    static final int MAX_LENGTH = 50;
    private static final int MAX_HOST_LENGTH = 30;

    private final String host;
    private final String id;

    public NodeIdentity() {
        this(localHost(), ProcessHandle.current().pid(), randomSuffix());
    }

    NodeIdentity(String host, long pid, String suffix) {
        this.host = host;
        String shortHost = host.length() > MAX_HOST_LENGTH ? host.substring(0, MAX_HOST_LENGTH) : host;
        this.id = shortHost + "-" + pid + "-" + suffix;
    }

    /** The node's name, unique among the nodes that ever ran against this database. */
    public String id() {
        return id;
    }

    /** The machine's host name, in full. */
    public String host() {
        return host;
    }

    private static String localHost() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name == null || name.isBlank() ? "localhost" : name;
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[2];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
