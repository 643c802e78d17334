package dev.deepcanvas;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend and db modules without the web UI: what the bench trains through. */
@SpringBootApplication
public class BenchApplication {
}
