package dev.deepcanvas.bench.cluster;

import dev.deepcanvas.BenchApplication;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.bench.BenchAccount;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench as a web node without pages: it creates the schema, queues runs through the same launcher the pages use,
 * and reads them back. It never trains (role web); the worker processes do.
 */
final class QueueingNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private QueueingNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static QueueingNode start(BenchDatabase database, Path dataDir, Path shared) {
        SpringApplication app = new SpringApplication(BenchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        Map<String, Object> properties = new HashMap<>();
        properties.put("deepcanvas.role", "web");
        properties.put("deepcanvas.data-dir", dataDir.toString());
        properties.put("deepcanvas.shared-dir", shared.toString());
        properties.put("deepcanvas.training.queue-capacity", "1000");
        properties.put("spring.main.banner-mode", "off");
        properties.put("logging.level.root", "warn");
        app.setDefaultProperties(properties);
        ConfigurableApplicationContext context = app.run(database.springArguments().toArray(String[]::new));
        BenchAccount.signIn(context.getBean(AccountService.class));
        return new QueueingNode(context);
    }

    GraphDocument template(String id) {
        return context.getBean(TemplateCatalog.class).find(id).orElseThrow().document();
    }

    RunSummary queue(GraphDocument graph, String datasetId, RunOptions options) {
        return context.getBean(RunLauncher.class).start(new RunLauncher.StartRequest(null, null, graph, datasetId,
                options));
    }

    /** Waits until every one of the runs has ended, looking every {@code every}; returns them as they ended. */
    List<RunSummary> awaitEnded(List<Long> ids, Duration limit, Duration every) {
        RunQueries queries = context.getBean(RunQueries.class);
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            List<RunSummary> runs = ids.stream().map(id -> queries.find(id).orElseThrow()).toList();
            if (runs.stream().allMatch(r -> r.status().isTerminal())) {
                return runs;
            }
            try {
                Thread.sleep(every.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("The runs did not end within " + limit.toMinutes() + " minutes");
    }

    @Override
    public void close() {
        context.close();
    }
}
