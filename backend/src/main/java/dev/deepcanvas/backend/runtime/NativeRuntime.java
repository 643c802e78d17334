package dev.deepcanvas.backend.runtime;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Sets up ND4J's native back end when the application starts ({@link NativeBackend#configure()}: DL4J's oneDNN
 * helpers on). It is a bean-factory post-processor so that it runs before any other bean exists: no service can
 * build, train or restore a network before the back end is ready.
 */
@Component
public class NativeRuntime implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        NativeBackend.configure();
    }
}
