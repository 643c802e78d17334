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
 * {@link #configure()} removes both (and sets up {@link CachingShapeInfoProvider}, see below):
 * <ul>
 *   <li>DL4J creates layer helpers only when the system property {@value #HELPERS_DISABLED} is "false"; its
 *       default is "true". An explicit setting by the user is left alone.</li>
 *   <li>The helpers ask a class that moved ({@code org.nd4j.nativeblas.Nd4jCpu$Environment}); the bridge of that
 *       name in this module answers from {@link #oneDnnAvailable()}.</li>
 * </ul>
 * Measured effect (docs/performance.md): LeNet trains about four times faster per core; dense layers and LSTMs are
 * unaffected.
 *
 * <p>{@link #configure()} also has ND4J use {@link CachingShapeInfoProvider} (unless the user chose a provider), so
 * that creating an array of a known shape does not cost a native allocation. ND4J reads that setting once, when it
 * starts: {@code configure()} must run before anything touches ND4J, as it does at application start.
 */
public final class NativeBackend {

    /** DL4J's switch for its cuDNN/oneDNN layer helpers. */
    public static final String HELPERS_DISABLED = "org.eclipse.deeplearning4j.helpers.disable";
    /** How many native threads each training run may use, overriding {@link CoreBudget}'s automatic share. */
    public static final String THREADS = "deepcanvas.native-threads";
    /** ND4J's setting for its shape-information provider class (system properties override its back end's). */
    public static final String SHAPE_INFO_PROVIDER = "shapeinfoprovider";

    private static volatile Boolean oneDnn;
    private static final ThreadLocal<Integer> granted = ThreadLocal.withInitial(() -> 1);
    /** The OpenMP threads each thread last asked for ({@link #useNativeThreads}); 1 before it asks. */
    private static final ThreadLocal<Integer> inUse = ThreadLocal.withInitial(() -> 1);
    /** Guards {@link #blasThreads}, so that the count OpenBLAS last got and the one recorded never differ. */
    private static final Object BLAS_THREADS_LOCK = new Object();
    /** The thread count OpenBLAS was last given through {@link #useNativeThreads}; 0 before the first. */
    private static int blasThreads;

    private NativeBackend() {
    }

    /**
     * Enables DL4J's oneDNN helpers and the shape-information cache unless the user decided otherwise. Idempotent;
     * call before anything uses ND4J.
     */
    public static void configure() {
        if (System.getProperty(HELPERS_DISABLED) == null) {
            System.setProperty(HELPERS_DISABLED, "false");
        }
        if (System.getProperty(SHAPE_INFO_PROVIDER) == null) {
            System.setProperty(SHAPE_INFO_PROVIDER, CachingShapeInfoProvider.class.getName());
        }
    }

    /**
     * Native threads per training run when this process trains one run at a time: {@link CoreBudget}'s share
     * (every core, unless {@value #THREADS} or {@code OMP_NUM_THREADS} says otherwise).
     */
    public static int threads() {
        return CoreBudget.of(1).threadsPerRun();
    }

    /**
     * Grants the calling thread {@code threads} native threads and lets it use them all: its OpenMP setting (OpenMP
     * keeps the count per calling thread, so setting it once at start-up would not reach the training threads) and
     * OpenBLAS's (one setting for the process). Training code asks {@link #threadsOfCallingThread()} for the grant
     * and shares it out ({@link TrainingThreads}).
     */
    public static void limitThreadsOfCallingThread(int threads) {
        int n = Math.max(1, threads);
        granted.set(n);
        useNativeThreads(n);
    }

    /**
     * Sets the calling thread's OpenMP threads and OpenBLAS's, leaving its grant as it is. Training calls it before
     * every step. OpenBLAS's count is one setting for the process, and each call to it has JavaCPP look its native
     * library up again (class properties, URLs): on a small model that lookup took a fifth of the training thread's
     * time, so OpenBLAS is told only when its count changes.
     */
    static void useNativeThreads(int threads) {
        inUse.set(threads);
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        synchronized (BLAS_THREADS_LOCK) {
            if (blasThreads != threads) {
                Nd4j.factory().blas().setMaxThreads(threads);
                blasThreads = threads;
            }
        }
    }

    /**
     * The native threads the calling thread's operations run on now, as it last set them: during a training step,
     * the way that step uses the cores (1 in a data-parallel part or a one-thread step). Java loops inside the step
     * use as many ({@link SplitLoop}).
     */
    static int nativeThreadsInUse() {
        return inUse.get();
    }

    /** {@link #limitThreadsOfCallingThread(int)} with {@link #threads()}. */
    public static void limitThreadsOfCallingThread() {
        limitThreadsOfCallingThread(threads());
    }

    /** The native threads granted to the calling thread; 1 where none were granted. */
    public static int threadsOfCallingThread() {
        return granted.get();
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
