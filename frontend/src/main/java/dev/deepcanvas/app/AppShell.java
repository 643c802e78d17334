package dev.deepcanvas.app;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** Page-wide settings: server push (training progress arrives without a reload), the theme and the icon. */
@Push
@Theme("deepcanvas")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // Served from META-INF/resources/icons, a folder Vaadin's security lets everyone read.
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
