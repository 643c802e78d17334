package dev.deepcanvas.app.worker;

import dev.deepcanvas.backend.node.NodeIdentity;
import dev.deepcanvas.backend.training.run.RunSlots;
import dev.deepcanvas.backend.training.run.TrainingEnvironment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.event.EventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training worker: the services and the job engine, without the pages. No web server, no open port, no Vaadin:
 * it takes queued runs from the shared database and trains them until it is stopped (it then gives its runs back to
 * the queue). Its components are the backend's and the database's; the views, the security of the pages and Vaadin's
 * auto-configuration stay out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"dev.deepcanvas.backend", "dev.deepcanvas.db"})
public class WorkerApplication {

    /** Spring Security's auto-configurations for pages, which a process without pages has no use for. */
    private static final List<String> PAGE_SECURITY = List.of(
            "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration");

    /** The worker as a Spring application: no web server, no Vaadin, and kept alive until it is stopped. */
    public static SpringApplication application() {
        SpringApplication app = new SpringApplication(WorkerApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setKeepAlive(true);
        app.setDefaultProperties(Map.of(
                "spring.autoconfigure.exclude",
                String.join(",", pageAutoConfigurations(WorkerApplication.class.getClassLoader())),
                // A worker holds a connection for a moment per write: its runs, the job engine's poll and heartbeats,
                // the stop-request watcher. Five leave room for a few runs at once and spare the database's
                // connection limit when there are many workers; a setting of its own overrides it.
                "spring.datasource.hikari.maximum-pool-size", "5"));
        return app;
    }

    /**
     * Every auto-configuration Vaadin and Hilla bring (they assume a servlet container), and the page security.
     * Found by package rather than listed one by one, so a new Vaadin version cannot slip one in.
     */
    static List<String> pageAutoConfigurations(ClassLoader loader) {
        List<String> excluded = new ArrayList<>(PAGE_SECURITY);
        for (String candidate : ImportCandidates.load(AutoConfiguration.class, loader)) {
            if (candidate.startsWith("com.vaadin.")) {
                excluded.add(candidate);
            }
        }
        return excluded;
    }

    /** The one line that says the worker is up, what it is and how many runs it takes at once. */
    @EventListener
    void announce(ApplicationReadyEvent event) {
        var context = event.getApplicationContext();
        TrainingEnvironment environment = context.getBean(TrainingEnvironment.class);
        int slots = context.getBean(RunSlots.class).count();
        System.out.println();
        System.out.println("DeepCanvas worker " + context.getBean(NodeIdentity.class).id() + " is ready: DeepCanvas "
                + environment.appVersion() + ", " + environment.backend() + ", up to " + slots + " run"
                + (slots == 1 ? "" : "s") + " at once.");
        System.out.println();
    }
}
