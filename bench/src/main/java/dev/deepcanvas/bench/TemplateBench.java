package dev.deepcanvas.bench;

import dev.deepcanvas.BenchApplication;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.quality.Measurement;
import dev.deepcanvas.backend.quality.TemplateQuality;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Trains gallery templates with their full default settings, one after another, and prints a table: template,
 * metric, bar, reached, time. Usage: {@code bench/run.sh [template-id …]} (all templates when none are given).
 * A GAN needs its judge (the classifier template of the same data): the bench trains the judge first when it was
 * not asked for.
 */
public final class TemplateBench {

    /** Generous: a run slower than this on two cores has missed its time bar by far anyway. */
    static final Duration TIMEOUT = Duration.ofMinutes(60);

    private TemplateBench() {
    }

    public static void main(String[] args) throws Exception {
        TemplateCatalog catalog = TemplateCatalog.load();
        List<Template> chosen = choose(catalog, args);
        Path dataDir = Files.createTempDirectory("deepcanvas-bench");
        SpringApplication app = new SpringApplication(BenchApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of(
                "deepcanvas.data-dir", dataDir.toString(),
                "spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("deepcanvas") + ";DB_CLOSE_ON_EXIT=FALSE",
                "spring.jpa.hibernate.ddl-auto", "validate",
                "spring.main.banner-mode", "off",
                "logging.level.root", "warn",
                "deepcanvas.training.workers", "1"));
        List<Measurement> rows = new ArrayList<>();
        try (ConfigurableApplicationContext context = app.run()) {
            BenchAccount.signIn(context.getBean(AccountService.class));
            TemplateQuality quality = context.getBean(TemplateQuality.class);
            Map<String, Long> trained = new HashMap<>();
            for (Template template : chosen) {
                Long judge = template.judgeId() == null ? null : trained.get(template.judgeId());
                System.out.println("training " + template.id() + " with its defaults …");
                Measurement row = quality.measure(template, RunOptions.none(), judge, TIMEOUT);
                System.out.println(BenchTable.row(template, row));
                rows.add(row);
                if (row.note() == null) {
                    trained.put(template.id(), row.runId());
                }
            }
        } finally {
            deleteQuietly(dataDir);
        }
        System.out.println();
        System.out.println(BenchTable.render(catalog, rows));
    }

    /** The templates asked for, each GAN preceded by its judge, in gallery order. */
    static List<Template> choose(TemplateCatalog catalog, String[] ids) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids.length == 0 ? catalog.all().stream().map(Template::id).toArray(String[]::new) : ids) {
            Template template = catalog.find(id).orElseThrow(() -> new IllegalArgumentException(
                    "No template '" + id + "'. Templates: " + catalog.all().stream().map(Template::id).toList()));
            if (template.judgeId() != null) {
                wanted.add(template.judgeId());
            }
            wanted.add(id);
        }
        return catalog.all().stream().filter(t -> wanted.contains(t.id())).toList();
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not remove the bench's temporary folder " + folder + ": " + e.getMessage());
        }
    }
}
