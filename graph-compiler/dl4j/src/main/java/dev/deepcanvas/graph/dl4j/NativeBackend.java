package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * How DeepCanvas sets up ND4J's native back end before any network exists.
 *
 * <p>DeepCanvas ships the {@code linux-x86_64-onednn} build of nd4j-native: its convolution, pooling and batch
 * normalisation run in oneDNN, which picks AVX2/AVX-512 kernels at run time, so the one build is fast on new CPUs
 * and still starts on x86-64 CPUs without AVX2. Two things stand between DL4J and oneDNN in 1.0.0-M2.1, and
 * {@link #configure()} removes both:
 * <ul>
 *   <li>DL4J creates layer helpers only when the system property {@value #HELPERS_DISABLED} is "false"; its
 *       default is "true". An explicit setting by the user is left alone.</li>
 *   <li>The helpers ask a class that moved ({@code org.nd4j.nativeblas.Nd4jCpu$Environment}); the bridge of that
 *       name in this module answers from {@link #oneDnnAvailable()}.</li>
 * </ul>
 * Measured effect (docs/performance.md): LeNet trains about four times faster per core; dense layers and LSTMs are
 * unaffected.
 */
public final class NativeBackend {

    /** DL4J's switch for its cuDNN/oneDNN layer helpers. */
    public static final String HELPERS_DISABLED = "org.eclipse.deeplearning4j.helpers.disable";
    /** How many native threads each training thread may use; see {@link #threads()}. */
    public static final String THREADS = "deepcanvas.native-threads";

    private static volatile Boolean oneDnn;

    private NativeBackend() {
    }

    /** Enables DL4J's oneDNN helpers unless the user decided otherwise. Idempotent; call before building networks. */
    public static void configure() {
        if (System.getProperty(HELPERS_DISABLED) == null) {
            System.setProperty(HELPERS_DISABLED, "false");
        }
    }

    /**
     * Native threads per training thread: the system property {@value #THREADS}, else {@code OMP_NUM_THREADS},
     * else 1. One, because on the two-core machines DeepCanvas is made for, a second OpenMP thread made no model
     * faster (the operations of these networks are too small to share) and made the LSTM 2.6 times slower and
     * LeNet 1.3 times slower; and when anything else wants a core (the browser drawing live charts, a build)
     * OpenMP's waiting threads slow training down five- to thirty-fold (docs/performance.md).
     */
    public static int threads() {
        Integer configured = Integer.getInteger(THREADS);
        if (configured == null) {
            try {
                configured = Integer.valueOf(System.getenv().getOrDefault("OMP_NUM_THREADS", "1").strip());
            } catch (NumberFormatException e) {
                configured = 1;
            }
        }
        return Math.max(1, Math.min(configured, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Applies {@link #threads()} to the calling thread's OpenMP setting and to OpenBLAS. Call it on the thread that
     * trains: OpenMP keeps the thread count per calling thread, so setting it once at start-up would not reach the
     * training threads.
     */
    public static void limitThreadsOfCallingThread() {
        int threads = threads();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** Whether the loaded libnd4j was built with oneDNN and has it switched on (libnd4j says "on" even without). */
    public static boolean oneDnnAvailable() {
        Boolean known = oneDnn;
        if (known == null) {
            known = NativeOpsHolder.getInstance().getDeviceNativeOps().buildInfo().contains("HAVE_ONEDNN")
                    && Nd4jCpu.Environment.getInstance().isUseONEDNN();
            oneDnn = known;
        }
        return known;
    }
}
