package dev.deepcanvas;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the backend and db modules together, as the app does, for the service tests. */
@SpringBootApplication
public class BackendTestApplication {
}
