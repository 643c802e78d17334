package dev.deepcanvas.app.security;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignUpRejectedException;

import java.util.List;

/** Create an account; every problem is explained beside its field. */
@Route("signup")
@PageTitle("Create an account · DeepCanvas")
@AnonymousAllowed
public class SignupView extends VerticalLayout implements BeforeEnterObserver {

    private final TextField username = new TextField("User name");
    private final TextField displayName = new TextField("Name shown to others");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField repeat = new PasswordField("Repeat the password");

    public SignupView(AccountService accounts) {
        addClassName("auth-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        username.setId("signup-username");
        username.setHelperText("3–40 letters, digits, dots, dashes or underscores");
        username.setMaxLength(40);
        displayName.setId("signup-display-name");
        displayName.setMaxLength(100);
        password.setId("signup-password");
        password.setHelperText("At least 8 characters");
        repeat.setId("signup-repeat");

        Button create = new Button("Create account", e -> {
            for (TextField f : List.of(username, displayName)) {
                f.setInvalid(false);
            }
            password.setInvalid(false);
            repeat.setInvalid(false);
            if (!password.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.signUp(username.getValue(), displayName.getValue(), password.getValue());
                getUI().ifPresent(ui -> ui.navigate(LoginView.class, LoginView.created(username.getValue().trim())));
            } catch (SignUpRejectedException rejected) {
                switch (rejected.field()) {
                    case "password" -> {
                        password.setErrorMessage(rejected.getMessage());
                        password.setInvalid(true);
                    }
                    case "displayName" -> {
                        displayName.setErrorMessage(rejected.getMessage());
                        displayName.setInvalid(true);
                    }
                    default -> {
                        username.setErrorMessage(rejected.getMessage());
                        username.setInvalid(true);
                    }
                }
            }
        });
        create.setId("signup-button");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);

        // One column of fixed width, centred as a whole: title, fields and button share the same left edge.
        FormLayout form = new FormLayout(username, displayName, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setWidthFull();
        H1 brand = new H1("DeepCanvas");
        brand.addClassName("auth-brand");
        Anchor signIn = new Anchor("login", "Sign in instead");
        signIn.setId("signin-link");
        create.setWidthFull();
        Paragraph privacy = new Paragraph("Your graphs, datasets and runs are private until you share them.");
        privacy.addClassName("muted");
        Div card = new Div(brand, new H2("Create an account"), privacy, form, create, signIn);
        card.addClassName("auth-card");
        card.setId("signup-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getParameters().getOrDefault("continue", List.of())
                .forEach(ContinueAfterSignIn::remember);
    }
}
