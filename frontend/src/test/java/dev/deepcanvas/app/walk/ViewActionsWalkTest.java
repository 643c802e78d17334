package dev.deepcanvas.app.walk;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import dev.deepcanvas.app.DeepCanvasApplication;
import dev.deepcanvas.app.errors.AppErrorHandler;
import dev.deepcanvas.app.errors.UserNotice;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.sharing.SharingService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every action of every view (each button, menu item, confirmation, grid row, reacting field, upload and
 * in-page link, and each action of the dialogs they open) in the real app with its real services, while every
 * service the views call refuses, and then while every service fails unexpectedly:
 * <ul>
 *   <li>a refusal must reach the user as its own message (where the action shows it, or as a notification from the
 *       app's error handler, which the real service-init wiring must have installed in place of Vaadin's);</li>
 *   <li>a fault must be logged with its stack trace and reach the user only as the one-line notice, never with its
 *       internal message or a trace.</li>
 * </ul>
 * Browserless (Karibu-Testing) and so quick; a Selenium walk would need a way to make the real services refuse.
 */
// The log file is set up before the per-test data folder below exists; without this it would land in ./data/logs.
@SpringBootTest(classes = DeepCanvasApplication.class, properties = "logging.file.name=target/walk-logs/deepcanvas.log")
@Import(ViewActionsWalkTest.Wiring.class)
class ViewActionsWalkTest {

    /** Paths of actions deeper than this (a dialog inside a dialog inside the page) are not followed. */
    private static final int MAX_DEPTH = 2;

    @TestConfiguration
    static class Wiring {
        @Bean
        static ServiceSwitch serviceSwitch() {
            return new ServiceSwitch();
        }
    }

    @DynamicPropertySource
    static void dataFolder(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("deepcanvas-walk-");
        registry.add("deepcanvas.data-dir", dir::toString);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("deepcanvas") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private record Page(String location, Map<String, String> query, boolean signedIn) {
        @Override
        public String toString() {
            return "/" + location + (query.isEmpty() ? "" : "?" + query) + (signedIn ? "" : " (signed out)");
        }
    }

    private static Fixture fixture;

    @Autowired
    ApplicationContext context;
    @Autowired
    ServiceSwitch services;
    @Autowired
    AccountService accounts;
    @Autowired
    GraphService graphs;
    @Autowired
    SharingService sharing;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries runs;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Routes routes;

    /**
     * What the pages show: the walker's graph and two finished runs, another person's shared and public graph and its
     * finished run.
     */
    private record Fixture(AccountPrincipal walker, long graphId, long firstRun, long secondRun, String token,
                           long publicGraph, long sharedRun) {
    }

    @BeforeEach
    void setUp() throws Exception {
        services.set(ServiceSwitch.Mode.ALLOW);
        if (fixture == null) {
            fixture = makeFixture();
        }
        services.closeTraining();
        routes = new Routes().autoDiscoverViews("dev.deepcanvas.app");
        MockVaadin.setup(UI::new, new SpringMockServlet(routes, context));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        services.set(ServiceSwitch.Mode.ALLOW);
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    @Test
    void everyRefusalReachesTheUserAsItsMessage() {
        List<String> problems = walk(ServiceSwitch.Mode.REFUSE);
        assertThat(problems).as("actions whose refusal the user did not see").isEmpty();
    }

    @Test
    void everyFaultIsLoggedWithItsTraceAndShownInOneLine() {
        List<String> problems = walk(ServiceSwitch.Mode.FAIL);
        assertThat(problems).as("actions whose fault was not logged, or leaked to the page").isEmpty();
    }

    private List<Page> pages() {
        return List.of(
                new Page("", Map.of(), true),
                new Page("editor/" + fixture.graphId(), Map.of(), true),
                new Page("graphs", Map.of(), true),
                new Page("gallery", Map.of(), true),
                new Page("runs", Map.of(), true),
                new Page("runs/" + fixture.firstRun(), Map.of(), true),
                new Page("compare", Map.of("runs", fixture.firstRun() + "," + fixture.secondRun()), true),
                new Page("datasets", Map.of(), true),
                new Page("community", Map.of(), true),
                new Page("community/" + fixture.publicGraph(), Map.of(), true),
                new Page("shared/" + fixture.token(), Map.of(), true),
                new Page("shared/" + fixture.token(), Map.of(), false),
                new Page("shared/" + fixture.token() + "/runs/" + fixture.sharedRun(), Map.of(), true),
                new Page("shared/" + fixture.token() + "/runs/" + fixture.sharedRun(), Map.of(), false),
                new Page("login", Map.of(), false),
                new Page("signup", Map.of(), false));
    }

    private List<String> walk(ServiceSwitch.Mode mode) {
        List<String> problems = new ArrayList<>();
        int actionsWalked = 0;
        int serviceCalls = 0;
        for (Page page : pages()) {
            // Opening the page itself is the first action: a refusal or fault while it loads.
            serviceCalls += check(page, List.of(), mode, problems) ? 1 : 0;
            Deque<List<String>> paths = new ArrayDeque<>();
            children(page, List.of()).forEach(paths::add);
            Set<List<String>> seen = new HashSet<>();
            while (!paths.isEmpty()) {
                List<String> path = paths.poll();
                if (!seen.add(path)) {
                    continue;
                }
                actionsWalked++;
                serviceCalls += check(page, path, mode, problems) ? 1 : 0;
                if (path.size() < MAX_DEPTH) {
                    children(page, path).forEach(paths::add);
                }
            }
        }
        System.out.println("[walk] " + mode + ": " + actionsWalked + " actions on " + pages().size()
                + " pages, " + serviceCalls + " of them (pages included) called a service");
        assertThat(actionsWalked).as("the walk found the pages' actions").isGreaterThan(60);
        assertThat(serviceCalls).as("the walk reached the services").isGreaterThan(30);
        return problems;
    }

    /** The actions that become available after doing {@code path} (all of them, for the page itself). */
    private List<List<String>> children(Page page, List<String> path) {
        List<ViewAction> before = open(page);
        Class<?> view = currentView();
        for (String step : path) {
            ViewAction action = find(before, step);
            if (action == null) {
                return List.of();
            }
            try {
                action.perform().run();
            } catch (RuntimeException | AssertionError e) {
                return List.of(); // a step that fails even with willing services leads nowhere to walk
            }
            if (currentView() != view) {
                return List.of(); // it navigated: the other page is walked on its own
            }
            List<ViewAction> after = ViewAction.on(UI.getCurrent());
            Set<String> known = before.stream().map(ViewAction::description).collect(Collectors.toSet());
            before = path.isEmpty() ? after : after.stream().filter(a -> !known.contains(a.description())).toList();
        }
        List<List<String>> next = new ArrayList<>();
        for (ViewAction action : path.isEmpty() ? before : before) {
            List<String> longer = new ArrayList<>(path);
            longer.add(action.description());
            next.add(longer);
        }
        return next;
    }

    /**
     * Does {@code path} with willing services except for its last step (or the opening of the page), which meets
     * refusing or failing ones; true when that step called a service.
     */
    private boolean check(Page page, List<String> path, ServiceSwitch.Mode mode, List<String> problems) {
        String where = page + (path.isEmpty() ? " (opening it)" : ": " + String.join(" → ", path));
        List<ViewAction> actions;
        if (path.isEmpty()) {
            services.set(mode);
            log.list.clear();
            open(page);
        } else {
            actions = open(page);
            for (int i = 0; i < path.size() - 1; i++) {
                ViewAction step = find(actions, path.get(i));
                if (step == null) {
                    return false;
                }
                try {
                    step.perform().run();
                } catch (RuntimeException | AssertionError e) {
                    return false;
                }
                actions = ViewAction.on(UI.getCurrent());
            }
            ViewAction last = find(actions, path.get(path.size() - 1));
            if (last == null) {
                return false;
            }
            roundtrip();
            NotificationsKt.getNotifications().forEach(n -> n.close());
            services.set(mode);
            log.list.clear();
            Throwable escaped = attempt(last);
            if (escaped instanceof AssertionError) {
                services.set(ServiceSwitch.Mode.ALLOW);
                return false; // the step was no longer possible (Karibu refuses to click a hidden button)
            }
            if (escaped != null) {
                // What Vaadin does with an exception from a listener: the session's error handler gets it.
                VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(escaped));
            }
        }
        List<RuntimeException> thrown = services.thrown();
        services.set(ServiceSwitch.Mode.ALLOW);
        if (thrown.isEmpty()) {
            return false;
        }
        assertThat(VaadinSession.getCurrent().getErrorHandler()).as("the session's error handler")
                .isInstanceOf(AppErrorHandler.class);
        String shown = shownText();
        if (mode == ServiceSwitch.Mode.REFUSE) {
            if (thrown.stream().map(Throwable::getMessage).noneMatch(shown::contains)) {
                problems.add(where + ": the service refused with \"" + thrown.get(0).getMessage()
                        + "\" but the page shows: " + abbreviate(shown));
            }
        } else {
            if (!shown.contains(UserNotice.FAULT)) {
                problems.add(where + ": a fault left no notice; the page shows: " + abbreviate(shown));
            }
            if (shown.contains(ServiceSwitch.FAULT_MESSAGE) || shown.contains("Exception")
                    || shown.contains("\tat ")) {
                problems.add(where + ": internal details reached the page: " + abbreviate(shown));
            }
            boolean logged = log.list.stream().anyMatch(e -> e.getLevel() == Level.ERROR
                    && carriesTheFault(e.getThrowableProxy()));
            if (!logged) {
                problems.add(where + ": the fault was not logged with its stack trace");
            }
        }
        return true;
    }

    /**
     * A fresh page, as after a reload: a new UI of the one browserless session (starting the servlet again for
     * every step would cost seconds each), signed in or not as the page needs, then the page's address.
     */
    private List<ViewAction> open(Page page) {
        if (page.signedIn()) {
            var token = UsernamePasswordAuthenticationToken.authenticated(fixture.walker(), null,
                    fixture.walker().getAuthorities());
            SecurityContextHolder.getContext().setAuthentication(token);
            fakeRequest().setUserPrincipalInt(token);
        } else {
            SecurityContextHolder.clearContext();
            fakeRequest().setUserPrincipalInt(null);
        }
        ServiceSwitch.Mode mode = services.mode();
        services.set(ServiceSwitch.Mode.ALLOW);
        UI.getCurrent().navigate("signup"); // a page that calls no service on the way in
        UI.getCurrent().getPage().reload();
        services.set(mode);
        roundtrip();
        NotificationsKt.getNotifications().forEach(n -> n.close());
        UI.getCurrent().navigate(page.location(), QueryParameters.simple(page.query()));
        roundtrip();
        return ViewAction.on(UI.getCurrent());
    }

    /**
     * Runs what waits for the next round trip (pushes from training threads among it). Karibu rethrows what such a
     * task throws; Vaadin hands it to the session's error handler, and so does this.
     */
    private static void roundtrip() {
        try {
            MockVaadin.clientRoundtrip();
        } catch (Throwable thrown) {
            Throwable cause = thrown instanceof java.util.concurrent.ExecutionException ? thrown.getCause() : thrown;
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(cause));
        }
    }

    /** The logged exception, or one of its causes (Vaadin may wrap it), is the fault, with its stack trace. */
    private static boolean carriesTheFault(ch.qos.logback.classic.spi.IThrowableProxy thrown) {
        for (var t = thrown; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(ServiceSwitch.FAULT_MESSAGE)
                    && t.getStackTraceElementProxyArray().length > 0) {
                return true;
            }
        }
        return false;
    }

    /** Does the action; what it threw, or null. */
    private static Throwable attempt(ViewAction action) {
        try {
            action.perform().run();
            return null;
        } catch (Throwable thrown) {
            return thrown;
        }
    }

    /** The browserless request under Vaadin's wrappers, where the signed-in user is set. */
    private static FakeRequest fakeRequest() {
        jakarta.servlet.ServletRequest request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        while (!(request instanceof FakeRequest) && request instanceof jakarta.servlet.ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    private static ViewAction find(List<ViewAction> actions, String description) {
        return actions.stream().filter(a -> a.description().equals(description)).findFirst().orElse(null);
    }

    private static Class<?> currentView() {
        var chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? null : chain.get(0).getClass();
    }

    /** Everything the page shows in words: texts, notifications, field errors and helper texts, dialog titles. */
    private static String shownText() {
        StringBuilder text = new StringBuilder();
        NotificationsKt.getNotifications().forEach(n -> text.append(n.getElement().getProperty("text", ""))
                .append(' ').append(n.getElement().getTextRecursively()).append('\n'));
        collectText(UI.getCurrent(), text);
        return text.toString();
    }

    private static void collectText(Component component, StringBuilder text) {
        if (!component.isVisible()) {
            return;
        }
        var element = component.getElement();
        text.append(element.getText()).append(' ');
        for (String property : List.of("errorMessage", "headerTitle", "text", "label", "value")) {
            String value = element.getProperty(property, "");
            if (!value.isBlank() && (!"errorMessage".equals(property) || element.getProperty("invalid", false))) {
                text.append(value).append(' ');
            }
        }
        component.getChildren().forEach(child -> collectText(child, text));
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 600 ? flat.substring(0, 600) + "…" : flat;
    }

    private Fixture makeFixture() throws InterruptedException {
        AccountPrincipal owner = accounts.signUp("walk-owner", "Walk Owner", "long enough pass");
        signIn(owner);
        SavedGraph shared = graphs.createFromTemplate("iris-mlp");
        String token = sharing.shareLink(shared.id(), true).shareToken();
        sharing.setPublic(shared.id(), true);
        long sharedRun = train(shared);

        AccountPrincipal walker = accounts.signUp("walker", "Walker", "long enough pass");
        signIn(walker);
        SavedGraph graph = graphs.openLatestOrStarter();
        long first = train(graph);
        long second = train(graph);
        SecurityContextHolder.clearContext();
        return new Fixture(walker, graph.id(), first, second, token, shared.id(), sharedRun);
    }

    private long train(SavedGraph graph) throws InterruptedException {
        RunOptions defaults = RunOptions.from(graph.document().training());
        RunOptions shortRun = new RunOptions(2, defaults.batchSize(), defaults.optimizer(), defaults.learningRate(),
                defaults.seed(), null, defaults.beta1(), defaults.discriminatorLearningRate());
        long id = launcher.start(new RunLauncher.StartRequest(graph.id(), graph.version(), graph.document(), "iris",
                shortRun)).id();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!runs.find(id).orElseThrow().status().isTerminal()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("run " + id + " did not finish in two minutes");
            }
            Thread.sleep(200);
        }
        return id;
    }

    private static void signIn(AccountPrincipal who) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
    }
}
