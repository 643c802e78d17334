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
        Service service = new Service(this, configuration, context);
        service.init();
        getRoutes().register(service.getContext());
        return service;
    }

    /** Karibu's service with Spring's instantiator, which also supplies the app's service-init listeners. */
    static final class Service extends MockService {
        private final transient ApplicationContext context;

        Service(MockVaadinServlet servlet, DeploymentConfiguration configuration, ApplicationContext context) {
            super(servlet, configuration, UI::new);
            this.context = context;
        }

        @Override
        protected Instantiator createInstantiator() {
            return new SpringInstantiator(this, context);
        }
    }
}
