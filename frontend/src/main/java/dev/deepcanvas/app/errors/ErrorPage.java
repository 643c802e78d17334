package dev.deepcanvas.app.errors;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dev.deepcanvas.app.layout.MainLayout;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The page shown when opening a page failed, in place of Vaadin's, which names the exception: a refusal shows its
 * message; a fault is logged with its stack trace and shown in one line.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorPage extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    public ErrorPage() {
        setId("error-page");
        setAlignItems(Alignment.CENTER);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        var refusal = Refusals.messageOf(parameter.getException());
        if (refusal.isEmpty()) {
            log.error("Unexpected error opening /{}", event.getLocation().getPath(), parameter.getException());
        }
        Paragraph text = new Paragraph(refusal.orElse(UserNotice.FAULT));
        text.setId("error-message");
        add(new H2(refusal.isPresent() ? "This page cannot be shown" : "Something went wrong"), text,
                new RouterLink("Go to the community gallery", dev.deepcanvas.app.sharing.CommunityView.class));
        return refusal.isPresent() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
