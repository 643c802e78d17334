package dev.deepcanvas.app.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Sign-in for the whole app through Vaadin's integration with Spring Security: views are closed unless they say
 * otherwise (@PermitAll for signed-in people, @AnonymousAllowed for share links, the community gallery and the
 * sign-in pages). Session fixation protection and CSRF are Spring's and Vaadin's defaults; the services check
 * ownership again on every call.
 */
@EnableWebSecurity
@Configuration
public class SecurityConfiguration extends VaadinWebSecurity {

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        // A throttled account gets its own message instead of "wrong password".
        http.formLogin(form -> form.failureHandler((request, response, exception) ->
                response.sendRedirect(request.getContextPath() + "/login?"
                        + (exception instanceof LockedException ? "locked" : "error"))));
    }
}
