package dev.deepcanvas.app.security;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import dev.deepcanvas.backend.account.ClientAddresses;
import dev.deepcanvas.backend.account.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Sign-in for the whole app through Vaadin's integration with Spring Security: views are closed unless they say
 * otherwise (@PermitAll for signed-in people, @AnonymousAllowed for share links, the community gallery and the
 * sign-in pages). Session fixation protection and CSRF are Spring's and Vaadin's defaults; the services check
 * ownership again on every call. Password guessing is slowed by the {@link LoginThrottle} (docs/security.md).
 */
@EnableWebSecurity
@Configuration
public class SecurityConfiguration extends VaadinWebSecurity {

    private final LoginThrottle throttle;

    public SecurityConfiguration(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        super.configure(http);
        setLoginView(http, LoginView.class);
        http.addFilterBefore(new SignInThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        // A wrong password and an unknown name get the same answer; the name is kept for the next try.
        http.formLogin(form -> form.failureHandler((request, response, exception) -> {
            SignInFailure.remember(request, request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + "/login?error");
        }));
    }

    /** Where a sign-in attempt came from, for the throttle's count. */
    @Bean
    ClientAddresses clientAddresses() {
        return SignInThrottleFilter.addresses();
    }
}
