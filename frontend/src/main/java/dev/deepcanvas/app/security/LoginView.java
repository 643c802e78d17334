package dev.deepcanvas.app.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.deepcanvas.backend.account.AccountService;

import java.util.List;
import java.util.Map;

/** Sign in. On a fresh installation it points straight to creating the first account. */
@Route("login")
@PageTitle("Sign in · DeepCanvas")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String WRONG_TITLE = "Wrong user name or password";
    static final String WRONG_MESSAGE = "Check both and try again. After five failed tries from this device, "
            + "signing in with that name pauses for five minutes.";
    static final String LOCKED_TITLE = "Too many failed sign-ins";
    static final String LOCKED_MESSAGE = "Signing in with this name from this device is paused after repeated "
            + "failures. Wait five minutes (fifteen after many failures with different names), then try again.";

    /** Fills in the name field wherever the login form renders it, and puts the cursor in the password field. */
    private static final String SHOW_USERNAME = """
            const form = this;
            const find = (selector) => {
              const queue = [form];
              while (queue.length) {
                const root = queue.shift();
                const hit = root.querySelector(selector);
                if (hit) { return hit; }
                root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) { queue.push(e.shadowRoot); } });
              }
              return null;
            };
            const fill = (tries) => {
              const user = find('vaadin-text-field[name="username"]');
              const password = find('vaadin-password-field[name="password"]');
              if (!user || !password) { if (tries > 0) { setTimeout(() => fill(tries - 1), 50); } return; }
              user.value = $0;
              password.focus();
            };
            fill(40);
            """;

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;
    private final AccountService accounts;

    public LoginView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("auth-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setId("login-form");
        notice.setId("login-notice");
        notice.addClassName("auth-notice");
        notice.setVisible(false);

        Anchor signUp = new Anchor("signup", "Create an account");
        signUp.setId("signup-link");
        Div below = new Div(new Paragraph("New to DeepCanvas? "), signUp);
        below.addClassName("auth-below");

        H1 brand = new H1("DeepCanvas");
        brand.addClassName("auth-brand");
        Paragraph tagline = new Paragraph("Design, train and share deep-learning models in your browser.");
        tagline.addClassName("muted");
        add(brand, tagline, notice, form, below);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        params.getOrDefault("continue", List.of()).forEach(ContinueAfterSignIn::remember);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        // The same words whether or not the name has an account: the page must not tell which names exist.
        if (params.containsKey("locked")) {
            i18n.getErrorMessage().setTitle(LOCKED_TITLE);
            i18n.getErrorMessage().setMessage(LOCKED_MESSAGE);
            form.setError(true);
        } else if (params.containsKey("error")) {
            i18n.getErrorMessage().setTitle(WRONG_TITLE);
            i18n.getErrorMessage().setMessage(WRONG_MESSAGE);
            form.setError(true);
        }
        if (form.isError()) {
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            SignInFailure.take(session == null ? null : session.getSession()).ifPresent(this::showUsername);
        }
        form.setI18n(i18n);
        if (params.containsKey("created")) {
            show("Your account '" + params.get("created").get(0) + "' is ready. Sign in to start.");
        } else if (!accounts.hasAnyAccount()) {
            show("Welcome! This installation has no accounts yet: create the first one to start.");
        }
    }

    private void showUsername(String username) {
        form.getElement().executeJs(SHOW_USERNAME, username);
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    static QueryParameters created(String username) {
        return QueryParameters.simple(Map.of("created", username));
    }
}
