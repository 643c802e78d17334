package dev.deepcanvas.db;

import dev.deepcanvas.db.schema.PostgresClobType;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Registers this module's entities and repositories wherever the module is on the classpath,
 * so the application class can live in any package.
 */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackageClasses = DbConfiguration.class)
@EnableJpaRepositories(basePackageClasses = DbConfiguration.class)
public class DbConfiguration {

    /** Spring Boot hands every Flyway callback bean to its migrations; this one matters on PostgreSQL only. */
    @Bean
    Callback postgresClobType() {
        return new PostgresClobType();
    }
}
