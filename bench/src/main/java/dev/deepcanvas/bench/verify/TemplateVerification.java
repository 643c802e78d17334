package dev.deepcanvas.bench.verify;

import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.bench.quality.TemplateQuality;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import dev.deepcanvas.templates.VerifiedResult;
import dev.deepcanvas.templates.VerifiedResults;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The verification command, {@code bench/verify.sh [template-id …]}: trains each template (all when none are
 * named) with its default settings, a GAN also from the second seed, measures its bars' figures and baselines, and
 * records them with their provenance in the results file the gallery reads, with the card's picture. It prints a
 * table of what it measured. The figures of code with uncommitted changes are recorded as such, and CI does not
 * accept them.
 */
public final class TemplateVerification {

    private TemplateVerification() {
    }

    public static void main(String[] args) throws Exception {
        // Set up the native back end before any network exists, as the application does at start.
        NativeBackend.configure();
        GalleryVerification.stepOneFixedWay();
        TemplateCatalog catalog = TemplateCatalog.load();
        List<Template> chosen;
        try {
            chosen = choose(catalog, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Git git = Git.here();
        ResultsFolder folder = new ResultsFolder(git.root());
        Machine machine = Machine.here();
        // verify.sh compiles the tree just before this starts, so the code measured is this commit plus whatever
        // was uncommitted now; a commit made while the templates train must not be credited with their figures
        String measuredCommit = git.head();
        Map<String, Boolean> cleanAtStart = new HashMap<>();
        for (Template template : chosen) {
            cleanAtStart.put(template.id(), git.uncommitted(VerificationPlan.watchedPaths(template)).isEmpty());
        }
        List<VerifiedResult> recorded = new ArrayList<>();
        Instant start = Instant.now();
        boolean allSucceeded = true;
        try (BenchContext bench = BenchContext.start("deepcanvas-verify")) {
            Map<String, Template> byId = catalog.all().stream().collect(Collectors.toMap(Template::id,
                    Function.identity()));
            GalleryVerification verification = new GalleryVerification(bench.bean(TemplateQuality.class), byId,
                    System.out::println);
            for (Template template : chosen) {
                GalleryVerification.Verified verified = verification.verify(template, true);
                if (!verified.succeeded()) {
                    allSucceeded = false;
                    System.out.println(template.id() + ": not recorded, a run did not succeed: "
                            + verified.runs().stream().map(m -> m.note()).filter(n -> n != null).toList());
                    continue;
                }
                // clean only when the files it depends on were committed when the code was compiled and still
                // are, with no commit in between: then measuredCommit names exactly the code that was measured
                boolean clean = cleanAtStart.get(template.id()) && measuredCommit.equals(git.head())
                        && git.uncommitted(VerificationPlan.watchedPaths(template)).isEmpty();
                VerifiedResult result = Recording.result(verified, measuredCommit, clean, Instant.now(), machine);
                folder.record(result, verified.picture(), catalog);
                recorded.add(result);
                System.out.println(VerificationTable.row(template, result));
                if (!clean) {
                    System.out.println("  (uncommitted changes to the code it depends on, or a commit made while "
                            + "it ran: CI will not accept this figure until it is measured again from committed "
                            + "code)");
                }
            }
        }
        System.out.println();
        System.out.println(VerificationTable.render(catalog, recorded));
        Duration total = Duration.between(start, Instant.now());
        System.out.printf("%d template(s) verified in %d min %02d s on %s (%d cores); results in %s%n",
                recorded.size(), total.toMinutes(), total.toSecondsPart(), machine.processor(), machine.cores(),
                folder.file());
        if (!allSucceeded) {
            System.exit(1);
        }
    }

    /** The templates named (all when none are), in gallery order. */
    static List<Template> choose(TemplateCatalog catalog, String[] ids) {
        if (ids.length == 0) {
            return catalog.all();
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : ids) {
            catalog.find(id).orElseThrow(() -> new IllegalArgumentException("No template '" + id + "'. Templates: "
                    + catalog.all().stream().map(Template::id).toList() + ". Usage: " + VerifiedResults.COMMAND
                    + " [template-id …]"));
            wanted.add(id);
        }
        return catalog.all().stream().filter(t -> wanted.contains(t.id())).toList();
    }
}
