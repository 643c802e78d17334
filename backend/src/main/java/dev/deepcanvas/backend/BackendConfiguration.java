package dev.deepcanvas.backend;

import dev.deepcanvas.templates.TemplateCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Beans for the pure-Java pieces the services use. */
@Configuration(proxyBeanMethods = false)
public class BackendConfiguration {

    @Bean
    TemplateCatalog templateCatalog() {
        return TemplateCatalog.load();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
