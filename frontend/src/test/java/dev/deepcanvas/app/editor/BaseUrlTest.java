package dev.deepcanvas.app.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BaseUrlTest {

    @Test
    void leavesOutTheDefaultWebPorts() {
        assertThat(BaseUrl.of("https", "deepcanvas.example", 443, "")).isEqualTo("https://deepcanvas.example/");
        assertThat(BaseUrl.of("http", "deepcanvas.example", 80, "")).isEqualTo("http://deepcanvas.example/");
    }

    @Test
    void keepsAnyOtherPortAndTheContextPath() {
        assertThat(BaseUrl.of("http", "localhost", 8080, "")).isEqualTo("http://localhost:8080/");
        assertThat(BaseUrl.of("http", "lab", 8443, "/canvas")).isEqualTo("http://lab:8443/canvas/");
    }

    @Test
    void withoutARequestLinksStayOnThisSite() {
        assertThat(BaseUrl.current()).isEqualTo("/");
    }
}
