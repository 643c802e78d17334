package dev.deepcanvas.app.errors;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every browser session the app's {@link AppErrorHandler} in place of Vaadin's default one. */
@Component
public class ErrorHandlerInstaller implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new AppErrorHandler()));
    }
}
