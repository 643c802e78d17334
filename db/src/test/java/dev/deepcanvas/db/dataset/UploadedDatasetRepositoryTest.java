package dev.deepcanvas.db.dataset;

import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.db.testing.DatabaseUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The V2 migration against a real database (H2, and PostgreSQL in the postgresql run), validated by Hibernate. */
@DatabaseTest
@SpringBootTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class UploadedDatasetRepositoryTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("deepcanvas-db-dataset-test");
        DatabaseUnderTest.register(registry, dir.resolve("test"), "uploads");
    }

    @Autowired
    UploadedDatasetRepository datasets;

    @Test
    void storesAndListsUploadsNewestFirst() {
        Instant now = Instant.parse("2026-02-01T10:00:00Z");
        datasets.save(new UploadedDatasetEntity("older", "CSV", "REGRESSION", "a.csv", "dir-a", 100, 0, "d", now));
        UploadedDatasetEntity newer = datasets.save(new UploadedDatasetEntity("newer", "IMAGES", "CLASSIFICATION",
                "b.zip", "dir-b", 40, 2, "d", now.plusSeconds(5)));

        assertThat(datasets.findAllByOrderByCreatedAtDesc()).extracting(UploadedDatasetEntity::getName)
                .containsSubsequence("newer", "older");
        assertThat(datasets.findById(newer.getId())).get()
                .satisfies(d -> assertThat(d.getClassCount()).isEqualTo(2))
                .satisfies(d -> assertThat(d.getStorageDir()).isEqualTo("dir-b"));
    }

    @Test
    void twoUploadsCannotShareAFolder() {
        Instant now = Instant.now();
        datasets.save(new UploadedDatasetEntity("x", "CSV", "REGRESSION", "x.csv", "same-dir", 1, 0, "d", now));
        assertThatThrownBy(() -> datasets.saveAndFlush(
                new UploadedDatasetEntity("y", "CSV", "REGRESSION", "y.csv", "same-dir", 1, 0, "d", now)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
