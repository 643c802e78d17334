package dev.deepcanvas.bench;

import dev.deepcanvas.BenchApplication;
import dev.deepcanvas.backend.account.AccountService;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

/**
 * The backend as the benches use it: the Spring services without the web UI, on a fresh H2 database in a
 * temporary folder that is removed afterwards, with a bench account signed in on the calling thread.
 */
public final class BenchContext implements AutoCloseable {

    private final Path dataDir;
    private final ConfigurableApplicationContext context;

    private BenchContext(Path dataDir, ConfigurableApplicationContext context) {
        this.dataDir = dataDir;
        this.context = context;
    }

    public static BenchContext start(String folderPrefix) throws IOException {
        Path dataDir = Files.createTempDirectory(folderPrefix);
        SpringApplication app = new SpringApplication(BenchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of(
                "deepcanvas.data-dir", dataDir.toString(),
                "spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("deepcanvas") + ";DB_CLOSE_ON_EXIT=FALSE",
                "spring.jpa.hibernate.ddl-auto", "validate",
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn",
                "deepcanvas.training.workers", "1"));
        ConfigurableApplicationContext context = app.run();
        BenchAccount.signIn(context.getBean(AccountService.class));
        return new BenchContext(dataDir, context);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        try (var paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not remove the bench's temporary folder " + dataDir + ": " + e.getMessage());
        }
    }
}
