package dev.deepcanvas.app.worker;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkerApplicationTest {

    /** A worker has no servlet container: every Vaadin and Hilla auto-configuration assumes one, so all stay out. */
    @Test
    void aWorkerLeavesOutEveryAutoConfigurationOfThePages() {
        var excluded = WorkerApplication.pageAutoConfigurations(getClass().getClassLoader());

        assertThat(excluded).contains("com.vaadin.flow.spring.SpringBootAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "com.vaadin.hilla.EndpointController",
                "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration");
        assertThat(excluded).allMatch(name -> name.startsWith("com.vaadin.")
                || name.startsWith("org.springframework.boot.autoconfigure.security.servlet."));
    }
}
