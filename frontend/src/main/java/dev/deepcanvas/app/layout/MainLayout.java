package dev.deepcanvas.app.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import dev.deepcanvas.app.datasets.DatasetsView;
import dev.deepcanvas.app.editor.EditorView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.deepcanvas.app.gallery.GalleryView;
import dev.deepcanvas.app.graphs.MyGraphsView;
import dev.deepcanvas.app.sharing.CommunityView;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.app.runs.RunsView;

import java.util.List;

/** The frame around every page: brand on the left, the main sections beside it. */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication) {
        Span mark = new Span(VaadinIcon.CLUSTER.create());
        mark.addClassName("brand-mark");
        Span name = new Span("DeepCanvas");
        name.addClassName("brand-name");
        Div brand = new Div(mark, name);
        brand.addClassName("brand");

        boolean signedIn = authentication.isAuthenticated();
        HorizontalLayout nav = new HorizontalLayout();
        if (signedIn) {
            nav.add(link("Editor", VaadinIcon.SITEMAP, EditorView.class, "nav-editor", "", "editor"),
                    link("My graphs", VaadinIcon.FOLDER_OPEN, MyGraphsView.class, "nav-graphs", "graphs"),
                    link("Gallery", VaadinIcon.GRID_BIG, GalleryView.class, "nav-gallery", "gallery"),
                    link("Runs", VaadinIcon.LINE_CHART, RunsView.class, "nav-runs", "runs", "compare"),
                    link("Datasets", VaadinIcon.DATABASE, DatasetsView.class, "nav-datasets", "datasets"));
        }
        nav.add(link("Community", VaadinIcon.USERS, CommunityView.class, "nav-community", "community"));
        nav.addClassName("main-nav");
        nav.getElement().setAttribute("role", "navigation");
        nav.getElement().setAttribute("aria-label", "Main");
        nav.setAlignItems(FlexComponent.Alignment.CENTER);

        HorizontalLayout header = new HorizontalLayout(brand, nav, account(authentication));
        header.addClassName("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(nav);
        addToNavbar(header);
    }

    /** Who is signed in and how to leave; or, for visitors, the way in. */
    private static Component account(AuthenticationContext authentication) {
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("account-box");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        authentication.getAuthenticatedUser(AccountPrincipal.class).ifPresentOrElse(user -> {
            Span shownName = new Span(user.displayName());
            shownName.addClassName("signed-in-name");
            Span who = new Span(VaadinIcon.USER.create(), shownName);
            who.setId("signed-in-as");
            who.addClassName("signed-in-as");
            Button signOut = new Button("Sign out", e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(who, signOut);
        }, () -> {
            Anchor signIn = new Anchor("login", "Sign in");
            signIn.setId("nav-sign-in");
            Anchor signUp = new Anchor("signup", "Create account");
            signUp.setId("nav-sign-up");
            signUp.addClassName("nav-cta");
            box.add(signIn, signUp);
        });
        return box;
    }

    private static RouterLink link(String text, VaadinIcon icon, Class<? extends com.vaadin.flow.component.Component> target,
                                   String id, String... sections) {
        RouterLink link = new RouterLink(target);
        Span label = new Span(text);
        label.addClassName("nav-label"); // on a phone only the icons show; the label stays for screen readers
        link.add(icon.create(), label);
        link.getElement().setAttribute("title", text);
        link.setId(id);
        link.addClassName("nav-link");
        List<String> highlighted = List.of(sections);
        link.setHighlightCondition((l, event) -> highlighted.contains(event.getLocation().getFirstSegment()));
        return link;
    }
}
