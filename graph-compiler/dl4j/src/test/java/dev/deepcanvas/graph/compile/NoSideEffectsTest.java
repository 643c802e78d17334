package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.compile.testing.FreshJvm;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TimeZone;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading and using the compiler changes nothing in the process: no system property (the native back end is set
 * up by an explicit NativeBackend.configure() at application start). Checked in a fresh JVM, because this test JVM
 * has long been configured by the other tests.
 */
class NoSideEffectsTest {

    @Test
    void loadingAndUsingTheCompilerSetsNoSystemProperty() throws Exception {
        FreshJvm child = FreshJvm.run(CompileInAFreshJvm.class);
        assertThat(child.finished()).as("the child JVM finished").isTrue();
        assertThat(child.output()).as("the child JVM's report").contains(CompileInAFreshJvm.UNCHANGED)
                .doesNotContain(CompileInAFreshJvm.CHANGED);
        assertThat(child.exitValue()).isZero();
    }

    /** Loads the compiler, compiles a network and a GAN, and reports any system property that changed. */
    static final class CompileInAFreshJvm {

        static final String UNCHANGED = "system properties unchanged";
        static final String CHANGED = "system properties changed:";

        public static void main(String[] args) throws ClassNotFoundException, IOException, InvalidGraphException {
            // The JDK itself fills in user.timezone when the default time zone is first asked for (Jackson, DL4J).
            TimeZone.getDefault();
            Map<String, String> before = snapshot();
            Class.forName(GraphCompiler.class.getName(), true, CompileInAFreshJvm.class.getClassLoader());
            Map<String, String> afterLoading = snapshot();
            GraphCompiler compiler = new GraphCompiler();
            compiler.compile(G.skeleton());
            GraphDocument gan = Samples.gan();
            compiler.compileGan(gan);
            Map<String, String> afterUse = snapshot();
            boolean helpersUntouched = System.getProperty(NativeBackend.HELPERS_DISABLED) == null;
            if (before.equals(afterLoading) && before.equals(afterUse) && helpersUntouched && GanBlocks.isGan(gan)) {
                System.out.println(UNCHANGED);
            } else {
                System.out.println(CHANGED + " " + diff(before, afterUse));
                System.exit(1);
            }
        }

        private static Map<String, String> snapshot() {
            Map<String, String> all = new TreeMap<>();
            Properties properties = System.getProperties();
            for (String name : properties.stringPropertyNames()) {
                all.put(name, properties.getProperty(name));
            }
            return all;
        }

        private static List<String> diff(Map<String, String> before, Map<String, String> after) {
            TreeMap<String, String> union = new TreeMap<>(before);
            union.putAll(after);
            return union.keySet().stream().filter(k -> !Objects.equals(before.get(k), after.get(k)))
                    .map(k -> k + ": " + before.get(k) + " -> " + after.get(k)).toList();
        }
    }
}
