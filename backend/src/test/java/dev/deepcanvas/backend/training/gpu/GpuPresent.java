package dev.deepcanvas.backend.training.gpu;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a test only where it can mean something: a build with ND4J's CUDA back end (-Pcuda) on a machine with an
 * NVIDIA GPU. Anywhere else the test is skipped with the reason, which the test report shows.
 */
public final class GpuPresent implements ExecutionCondition {

    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    /** The NVIDIA kernel driver's file; present on any Linux machine with a working NVIDIA GPU. */
    static final Path NVIDIA_DRIVER = Path.of("/proc/driver/nvidia/version");

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!cudaBackendOnClasspath()) {
            return ConditionEvaluationResult.disabled("This build has ND4J's CPU back end; build with -Pcuda to test "
                    + "the GPU worker.");
        }
        if (!Files.exists(NVIDIA_DRIVER)) {
            return ConditionEvaluationResult.disabled("No NVIDIA GPU on this machine (no " + NVIDIA_DRIVER + ").");
        }
        return ConditionEvaluationResult.enabled("CUDA back end and an NVIDIA GPU present");
    }

    private static boolean cudaBackendOnClasspath() {
        try {
            Class.forName(CUDA_BACKEND, false, GpuPresent.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
