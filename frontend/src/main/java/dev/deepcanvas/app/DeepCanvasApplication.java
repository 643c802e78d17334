package dev.deepcanvas.app;

import dev.deepcanvas.app.startup.StartupFailure;
import dev.deepcanvas.app.startup.StartupGuard;
import dev.deepcanvas.app.startup.StartupSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts DeepCanvas. Before Spring starts, the guard checks what most often goes wrong on a fresh machine
 * (port taken, data folder not writable, a second instance on the same data) so that each ends in one
 * clear line instead of a stack trace.
 */
@SpringBootApplication(scanBasePackages = "dev.deepcanvas")
public class DeepCanvasApplication {

    public static void main(String[] args) {
        StartupSettings settings;
        try {
            settings = StartupSettings.resolve(args, System.getenv(), System.getProperties());
        } catch (IllegalArgumentException badSetting) {
            System.err.println("DeepCanvas did not start: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        try {
            StartupGuard guard = StartupGuard.acquire(settings);
            // The guard's lock must live as long as the app: released by the JVM at exit.
            Runtime.getRuntime().addShutdownHook(new Thread(guard::release, "deepcanvas-unlock"));
            System.setProperty("deepcanvas.data-dir", settings.dataDir().toString());
            SpringApplication.run(DeepCanvasApplication.class, args);
        } catch (Throwable failure) {
            System.err.println(StartupFailure.explain(failure, settings));
            System.exit(1);
        }
    }
}
