package dev.deepcanvas.app.security;

import dev.deepcanvas.backend.account.ClientAddresses;
import dev.deepcanvas.backend.account.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Applies the {@link LoginThrottle} before Spring Security checks a password: a locked attempt is answered at once,
 * without a look-up, so it costs no bcrypt, is not counted and cannot extend the lock, and answers the same whether
 * the name has an account or not.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    SignInThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isSignIn(request)) {
            String username = request.getParameter("username");
            if (!throttle.lockedFor(username, request.getRemoteAddr()).isZero()) {
                SignInFailure.remember(request, username);
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && (request.getContextPath() + "/login").equals(request.getRequestURI());
    }

    /** The address Spring Security recorded with the attempt, the same one this filter checks. */
    static ClientAddresses addresses() {
        return (Authentication attempt) -> attempt.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "";
    }
}
