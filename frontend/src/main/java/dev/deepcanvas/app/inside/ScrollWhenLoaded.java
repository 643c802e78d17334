package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Component;

/**
 * Scrolls a component to the top of the view once the page's pictures have loaded: pictures above it (feature maps,
 * sample grids) load after the round trip that adds them and would push it down again after an earlier scroll.
 */
public final class ScrollWhenLoaded {

    private ScrollWhenLoaded() {
    }

    public static void to(Component target) {
        target.getElement().executeJs("const el = this;"
                + "const pending = [...document.images].filter(i => !i.complete);"
                + "Promise.all(pending.map(i => new Promise(done => {"
                + "  i.addEventListener('load', done, {once: true}); i.addEventListener('error', done, {once: true});"
                + "}))).then(() => requestAnimationFrame(() => el.scrollIntoView({block: 'start'})));");
    }
}
