package dev.deepcanvas.app.layout;

import com.vaadin.flow.component.Component;

/**
 * The app layout scrolls its content area, not the window, and keeps that scroll position across navigation: a
 * long page opened from the bottom of another would open at its bottom. Views call this when they are shown.
 */
public final class ScrollToTop {

    private ScrollToTop() {
    }

    public static void of(Component view) {
        view.getElement().executeJs("this.scrollIntoView({block: 'start'})");
    }
}
