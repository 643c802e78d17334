package dev.deepcanvas.app;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;

/** Page-wide settings: server push (training progress arrives without a reload) and the theme. */
@Push
@Theme("deepcanvas")
public class AppShell implements AppShellConfigurator {
}
