package dev.deepcanvas.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots only this module (JPA, Flyway, H2) for its tests. */
@SpringBootApplication
class DbTestApplication {
}
