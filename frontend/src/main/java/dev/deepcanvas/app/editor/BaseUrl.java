package dev.deepcanvas.app.editor;

import com.vaadin.flow.server.VaadinServletRequest;

/** The address this application is reached at, as the browser sees it, for links that are shared elsewhere. */
final class BaseUrl {

    private BaseUrl() {
    }

    /** From the request being handled; "/" (a link relative to the site) when there is none. */
    static String current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "/";
        }
        var http = request.getHttpServletRequest();
        return of(http.getScheme(), http.getServerName(), http.getServerPort(), http.getContextPath());
    }

    /** Ends with "/"; the port is left out where it is a web default, so links look as people type them. */
    static String of(String scheme, String host, int port, String contextPath) {
        String shownPort = port == 80 || port == 443 ? "" : ":" + port;
        return scheme + "://" + host + shownPort + contextPath + "/";
    }
}
