package dev.deepcanvas.app.walk;

import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignUpRejectedException;
import dev.deepcanvas.backend.compare.RunComparisonService;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.upload.DatasetUploadService;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.sharing.SharedInside;
import dev.deepcanvas.backend.sharing.SharedRunRefusedException;
import dev.deepcanvas.backend.sharing.SharingService;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.gan.GanSamples;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wraps every service the views call so that a test can make all of them refuse (each with the refusal it really
 * throws) or fail (with an exception no view expects), while the view under test stays real. Calls made while the
 * switch is on "allow" go through untouched.
 */
final class ServiceSwitch implements BeanPostProcessor {

    enum Mode { ALLOW, REFUSE, FAIL }

    static final String FAULT_MESSAGE = "walk fault: internal detail that must never reach the page";

    /** Each service the views call, and the refusal it throws when it cannot do what was asked. */
    private static final Map<Class<?>, Supplier<RuntimeException>> REFUSALS = Map.ofEntries(
            Map.entry(GraphService.class, () -> new GraphNotFoundException(4242)),
            Map.entry(SharingService.class, GraphNotFoundException::new),
            Map.entry(SharedInside.class, () -> new SharedRunRefusedException(4248)),
            Map.entry(RunLauncher.class, () -> new RunNotFoundException(4242)),
            Map.entry(RunQueries.class, () -> new RunNotFoundException(4243)),
            Map.entry(RunResultsService.class, () -> new RunNotFoundException(4244)),
            Map.entry(RunDownloads.class, () -> new RunNotFoundException(4245)),
            Map.entry(GanSamples.class, () -> new RunNotFoundException(4246)),
            Map.entry(RunComparisonService.class, () -> new RunNotFoundException(4247)),
            Map.entry(DatasetService.class, () -> new UnknownDatasetException("walk-dataset")),
            Map.entry(DatasetFitCheck.class, () -> new UnknownDatasetException("walk-fit")),
            Map.entry(DatasetUploadService.class, () -> new UploadRejectedException("The walk refuses this upload.")),
            Map.entry(InferenceService.class, () -> new InferenceRejectedException("The walk refuses to predict.")),
            Map.entry(AccountService.class, () -> new SignUpRejectedException("username", "The walk refuses.")));

    private volatile Mode mode = Mode.ALLOW;
    /** Once the fixture is trained, willing services still start no training: the walk's clicks leave no runs. */
    private volatile boolean trainingClosed;
    private final List<RuntimeException> thrown = new ArrayList<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
        Supplier<RuntimeException> refusal = REFUSALS.entrySet().stream()
                .filter(e -> e.getKey().isAssignableFrom(type)).map(Map.Entry::getValue).findFirst().orElse(null);
        if (refusal == null) {
            return bean;
        }
        MethodInterceptor gate = invocation -> {
            Mode now = mode;
            if (trainingClosed && now == Mode.ALLOW && RunLauncher.class.isAssignableFrom(type)
                    && List.of("start", "resume").contains(invocation.getMethod().getName())) {
                throw new dev.deepcanvas.backend.training.TrainingRejectedException(
                        List.of("The walk starts no training."));
            }
            if (now == Mode.ALLOW || invocation.getMethod().getDeclaringClass() == Object.class) {
                return invocation.proceed();
            }
            RuntimeException e = now == Mode.REFUSE ? refusal.get() : new IllegalStateException(FAULT_MESSAGE
                    + " (" + type.getSimpleName() + "." + invocation.getMethod().getName() + ")");
            synchronized (thrown) {
                thrown.add(e);
            }
            throw e;
        };
        if (bean instanceof org.springframework.aop.framework.Advised advised) {
            advised.addAdvice(0, gate); // already a proxy (transactions): the gate goes in front
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(gate);
        return proxy.getProxy();
    }

    void set(Mode mode) {
        synchronized (thrown) {
            thrown.clear();
        }
        this.mode = mode;
    }

    void closeTraining() {
        trainingClosed = true;
    }

    Mode mode() {
        return mode;
    }

    /** What the services threw since the mode was last set. */
    List<RuntimeException> thrown() {
        synchronized (thrown) {
            return List.copyOf(thrown);
        }
    }
}
