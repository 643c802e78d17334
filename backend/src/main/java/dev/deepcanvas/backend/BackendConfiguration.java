package dev.deepcanvas.backend;

import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResults;
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

    /** What the templates reached in their latest verification run (bench/verify.sh), for the gallery. */
    @Bean
    VerifiedResults verifiedResults() {
        return VerifiedResults.load();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
