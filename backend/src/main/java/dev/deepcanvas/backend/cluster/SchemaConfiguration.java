package dev.deepcanvas.backend.cluster;

import dev.deepcanvas.backend.node.Deployment;
import dev.deepcanvas.backend.training.run.TrainingEnvironment;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Spring Boot runs its Flyway migrations through this strategy: migrate, or for a worker only check. */
@Configuration(proxyBeanMethods = false)
class SchemaConfiguration {

    @Bean
    FlywayMigrationStrategy schemaCompatibility(Deployment deployment, TrainingEnvironment environment) {
        return new SchemaCompatibility(deployment, environment.appVersion())::apply;
    }
}
