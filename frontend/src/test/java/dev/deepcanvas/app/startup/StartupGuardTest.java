package dev.deepcanvas.app.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class StartupGuardTest {

    @TempDir
    Path dir;

    @Test
    void settingsComeFromArgumentsThenSystemThenEnvironment() {
        Properties system = new Properties();
        system.setProperty("server.port", "9001");
        Map<String, String> env = Map.of("SERVER_PORT", "9002", "DEEPCANVAS_DATA_DIR", dir.toString());

        StartupSettings fromArgs = StartupSettings.resolve(new String[]{"--server.port=9000"}, env, system);
        StartupSettings fromSystem = StartupSettings.resolve(new String[0], env, system);
        StartupSettings fromEnv = StartupSettings.resolve(new String[0], env, new Properties());
        StartupSettings defaults = StartupSettings.resolve(new String[0], Map.of(), new Properties());

        assertThat(fromArgs.port()).isEqualTo(9000);
        assertThat(fromSystem.port()).isEqualTo(9001);
        assertThat(fromEnv.port()).isEqualTo(9002);
        assertThat(fromEnv.dataDir()).isEqualTo(dir.toAbsolutePath());
        assertThat(defaults.port()).isEqualTo(8080);
    }

    @Test
    void aPortThatIsNotANumberIsNamed() {
        assertThatThrownBy(() -> StartupSettings.resolve(new String[]{"--server.port=eighty"}, Map.of(), new Properties()))
                .hasMessage("The port 'eighty' is not a number.");
    }

    @Test
    void aTrainingSwitchWithATypoIsNamedBeforeAnythingStarts() {
        Properties system = new Properties();
        system.setProperty("deepcanvas.measure-threads", "ture");
        assertThatThrownBy(() -> StartupSettings.resolve(new String[0], Map.of(), system))
                .hasMessage("The system property deepcanvas.measure-threads is 'ture': set it to true or false.");
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderIsRefused() {
        StartupGuard first = StartupGuard.acquire(new StartupSettings(0, dir));
        try {
            assertThatThrownBy(() -> StartupGuard.acquire(new StartupSettings(0, dir)))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("Another DeepCanvas is already running on the data folder " + dir);
        } finally {
            first.release();
        }
        StartupGuard.acquire(new StartupSettings(0, dir)).release();
    }

    @Test
    void aTakenPortIsRefusedWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> StartupGuard.acquire(new StartupSettings(port, dir)))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessage("Port " + port + " is already in use. Stop whatever uses it, or start DeepCanvas "
                            + "on another port, for example with SERVER_PORT=8081.");
        }
        // The data folder lock was given back: the next attempt is not told another instance runs.
        StartupGuard.acquire(new StartupSettings(0, dir)).release();
    }

    @Test
    void anUnwritableDataFolderIsNamed() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        assertThatThrownBy(() -> StartupGuard.acquire(new StartupSettings(0, locked)))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("Cannot write to the data folder " + locked);
    }

    @Test
    void aDataFolderThatIsAFileIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> StartupGuard.acquire(new StartupSettings(0, file)))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("Cannot use the data folder " + file);
    }
}
