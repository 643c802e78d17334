package dev.deepcanvas.app.walk;

import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.spring.SpringInstantiator;
import org.springframework.context.ApplicationContext;

/**
 * Karibu's browserless servlet, with views and service-init listeners made by Spring as in the running app: views
 * get the real services injected, and the app's own {@code VaadinServiceInitListener}s (the error handler's
 * installer among them) run.
 */
final class SpringMockServlet extends MockVaadinServlet {

    private final transient ApplicationContext context;

    SpringMockServlet(Routes routes, ApplicationContext context) {
        super(routes, UI::new);
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        MockService service = new MockService(this, configuration, UI::new) {
            @Override
            protected Instantiator createInstantiator() {
                return new SpringInstantiator(this, context);
            }
        };
        service.init();
        return service;
    }
}
