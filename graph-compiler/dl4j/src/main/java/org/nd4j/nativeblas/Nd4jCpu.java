package org.nd4j.nativeblas;

import dev.deepcanvas.graph.dl4j.NativeBackend;

/**
 * A bridge for a lookup that DL4J 1.0.0-M2.1 gets wrong; not a copy of ND4J's class of the same simple name.
 *
 * <p>DL4J's oneDNN layer helpers ({@code MKLDNNConvHelper}, {@code MKLDNNBatchNormHelper}, …) decide whether oneDNN
 * is usable by reflecting on {@code org.nd4j.nativeblas.Nd4jCpu$Environment#isUseMKLDNN()}. In M2.1 the native
 * bindings moved to {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu} and the method became
 * {@code isUseONEDNN()}, so the lookup always fails and every convolution falls back to DL4J's own im2col path,
 * which trains LeNet about four times slower than oneDNN does. Answering the old lookup here, truthfully, brings the
 * helpers back. Nothing in DeepCanvas calls this class; {@link NativeBackend} documents and tests the arrangement.
 *
 * <p>Why it lives in ND4J's package: DL4J finds it only by its fully-qualified name (the string
 * {@code "org.nd4j.nativeblas.Nd4jCpu$Environment"} in DL4J's {@code BaseMKLDNNHelper}), so neither the package nor
 * the class names may change. It stays alone in graph-compiler-dl4j, the module that owns DeepCanvas's DL4J set-up;
 * ND4J 1.0.0-M2.1 itself has no class of this name, so nothing is shadowed.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The shape DL4J's reflection expects: a static {@code getInstance()} and an {@code isUseMKLDNN()}. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        /** True only where the loaded native library was built with oneDNN and oneDNN has not been switched off. */
        public boolean isUseMKLDNN() {
            return NativeBackend.oneDnnAvailable();
        }
    }
}
