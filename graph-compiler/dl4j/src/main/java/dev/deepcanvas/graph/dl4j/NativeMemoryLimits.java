package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.analysis.AnalysisLimits;
import org.bytedeco.javacpp.Pointer;

/** The analysis caps that fit this JVM's native memory, where ND4J keeps parameters and activations. */
public final class NativeMemoryLimits {

    private NativeMemoryLimits() {
    }

    /**
     * Caps derived from the JVM's native-memory limit ({@code -Dorg.bytedeco.javacpp.maxbytes}), never looser than
     * {@link AnalysisLimits#defaults()}.
     */
    public static AnalysisLimits fromRuntime() {
        return AnalysisLimits.defaults().within(Pointer.maxBytes());
    }
}
