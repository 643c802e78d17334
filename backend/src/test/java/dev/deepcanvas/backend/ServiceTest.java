package dev.deepcanvas.backend;

import dev.deepcanvas.BackendTestApplication;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.db.testing.DatabaseUnderTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the service tests: the real services on a real database (no mocked repositories), one Spring context and
 * one data folder shared by all test classes of this module. The database is an H2 file in that folder, or a new
 * PostgreSQL database in the build's postgresql test run for the classes marked {@code @DatabaseTest}.
 */
@SpringBootTest(classes = BackendTestApplication.class, properties = {
        "spring.jpa.hibernate.ddl-auto=validate",
        "deepcanvas.training.workers=1",
        // Small upload caps so the oversize-file and zip-bomb tests stay small and fast.
        "deepcanvas.upload.max-file-bytes=2000000",
        "deepcanvas.upload.max-unpacked-bytes=4000000"
})
public abstract class ServiceTest {

    private static AccountPrincipal tester;

    @Autowired
    private AccountService accountsForTests;

    /** Services authorise every call: each test acts as a signed-in person unless it says otherwise. */
    @BeforeEach
    void signInAsTester() {
        if (tester == null) {
            tester = SignedIn.newAccount(accountsForTests, "tester");
        }
        SignedIn.as(tester);
    }

    @AfterEach
    void signOutTester() {
        SignedIn.anonymous();
    }

    private static final Path DATA_DIR = createDataDir();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("deepcanvas.data-dir", DATA_DIR::toString);
        DatabaseUnderTest.register(registry, DATA_DIR.resolve("deepcanvas"), "backend");
    }

    protected static Path dataDir() {
        return DATA_DIR;
    }

    private static Path createDataDir() {
        try {
            return Files.createTempDirectory("deepcanvas-backend-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
