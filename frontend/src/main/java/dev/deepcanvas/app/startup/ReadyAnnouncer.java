package dev.deepcanvas.app.startup;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints the address to open, on a line of its own, once the app really serves requests. */
@Component
class ReadyAnnouncer {

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            System.out.println();
            System.out.println("DeepCanvas is ready at http://localhost:" + port + "/");
            System.out.println();
        }
    }
}
