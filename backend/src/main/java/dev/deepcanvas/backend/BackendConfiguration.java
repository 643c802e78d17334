package dev.deepcanvas.backend;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.TemplateCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Beans for the pure-Java pieces the services use. */
@Configuration(proxyBeanMethods = false)
public class BackendConfiguration {

    static {
        // Models restored from disk (inference, resumed runs) never pass through the compiler: set up here too.
        NativeBackend.configure();
    }

    @Bean
    TemplateCatalog templateCatalog() {
        return TemplateCatalog.load();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
