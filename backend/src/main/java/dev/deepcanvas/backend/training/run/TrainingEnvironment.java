package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.bytedeco.javacpp.Loader;
import org.nd4j.linalg.factory.Nd4j;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The software a run trains with, as it is recorded with the run: the DeepCanvas version (the Maven project version,
 * written into {@code deepcanvas-version.properties} by the build) and ND4J's back end as it runs in this process.
 */
@Component
public class TrainingEnvironment {

    /** The JNI library of nd4j-native; the folder it was unpacked from names the native build. */
    private static final String ND4J_LIBRARY = "jnind4jcpu";

    private final String appVersion;
    private volatile String backend;

    TrainingEnvironment() {
        this.appVersion = readVersion();
    }

    /** The DeepCanvas version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public String appVersion() {
        return appVersion;
    }

    /**
     * ND4J's back end in a few words, e.g. {@code CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread}: the
     * back end class, the native build it loaded, whether DL4J's oneDNN helpers are on, and the native threads of
     * each training thread. Asked once the back end is loaded (the first run loads it).
     */
    public String backend() {
        String known = backend;
        if (known == null) {
            boolean helpersOn = "false".equals(System.getProperty(NativeBackend.HELPERS_DISABLED));
            int threads = NativeBackend.threads();
            known = Nd4j.getBackend().getClass().getSimpleName() + " " + nativeBuild() + ", oneDNN "
                    + (helpersOn && NativeBackend.oneDnnAvailable() ? "on" : "off") + ", " + threads
                    + " native thread" + (threads == 1 ? "" : "s");
            backend = known;
        }
        return known;
    }

    /** The platform folder the native library came from, e.g. {@code linux-x86_64-onednn}. */
    private static String nativeBuild() {
        String path = Loader.getLoadedLibraries().get(ND4J_LIBRARY);
        if (path == null) {
            return Loader.getPlatform();
        }
        Path folder = Path.of(path).getParent();
        return folder == null || folder.getFileName() == null ? Loader.getPlatform() : folder.getFileName().toString();
    }

    private static String readVersion() {
        try (InputStream in = TrainingEnvironment.class.getResourceAsStream("/deepcanvas-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("deepcanvas-version.properties is missing from the backend jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read deepcanvas-version.properties", e);
        }
    }
}
