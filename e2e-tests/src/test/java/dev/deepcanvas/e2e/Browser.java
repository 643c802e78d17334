package dev.deepcanvas.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium driven through Debian's chromedriver.
 *
 * <p>Both binaries are named explicitly so that Selenium Manager never runs: there is no internet to download
 * a driver or a browser from. Each browser gets a fresh profile, configuration and cache directory, removed
 * again by {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    /** Overridable with {@code -De2e.chromium=...}. */
    public static final String CHROMIUM = System.getProperty("e2e.chromium", "/usr/bin/chromium");
    /** Overridable with {@code -De2e.chromedriver=...}. */
    public static final String CHROMEDRIVER = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");

    /** Selenium warns at length that it lacks CDP bindings for this Chromium version; nothing here uses CDP. */
    private static final List<Logger> QUIETED = Stream.of(
                    "org.openqa.selenium.devtools.CdpVersionFinder",
                    "org.openqa.selenium.chromium.ChromiumDriver")
            .map(Logger::getLogger)
            .peek(logger -> logger.setLevel(Level.SEVERE))
            .toList();

    private final ChromeDriver driver;
    private final Path scratch;

    private Browser(ChromeDriver driver, Path scratch) {
        this.driver = driver;
        this.scratch = scratch;
    }

    /** Starts a fresh headless Chromium. */
    public static Browser start() {
        requireExecutable(CHROMIUM, "chromium");
        requireExecutable(CHROMEDRIVER, "chromium-driver");
        // Belt and braces: the driver property is what Selenium consults before it would ask Selenium Manager.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER);

        Path scratch;
        try {
            scratch = Files.createTempDirectory("deepcanvas-chromium-");
            Files.createDirectories(scratch.resolve("profile"));
            Files.createDirectories(scratch.resolve("config"));
            Files.createDirectories(scratch.resolve("cache"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create temporary directories for Chromium", e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1400,900",
                "--user-data-dir=" + scratch.resolve("profile"));
        // Keeps the browser console readable for the failure report.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of(
                        "XDG_CONFIG_HOME", scratch.resolve("config").toString(),
                        "XDG_CACHE_HOME", scratch.resolve("cache").toString()))
                .withLogFile(E2ePaths.logsDir().resolve("chromedriver-" + scratch.getFileName() + ".log").toFile())
                .build();

        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteRecursively(scratch);
            throw e;
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new Browser(driver, scratch);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Saves a PNG of the current viewport. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            return Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the screenshot " + file, e);
        }
    }

    /** Saves a PNG named {@code name} under {@code target/screenshots/} and returns its path. */
    public Path screenshot(String name) {
        String fileName = name.endsWith(".png") ? name : name + ".png";
        return screenshot(E2ePaths.screenshotsDir().resolve(E2ePaths.safeFileName(fileName)));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(scratch);
        }
    }

    private static void requireExecutable(String path, String debianPackage) {
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing. The end-to-end tests drive Debian's Chromium: "
                    + "install it with `apt-get install -y chromium chromium-driver` (package " + debianPackage + ").");
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Only temporary files are left behind.
        }
    }
}
