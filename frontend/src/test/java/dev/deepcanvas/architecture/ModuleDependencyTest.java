package dev.deepcanvas.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * Guards the one-way module dependencies: graph-compiler-core ← templates ← backend ← frontend,
 * graph-compiler-core ← graph-compiler-dl4j ← backend, db ← backend.
 * Maven already forbids cycles between jars; this also forbids the quieter mistakes, such as the pure
 * compiler reaching for Spring, the services reaching for Vaadin, or a view reaching past the services into the
 * database's entities and enums.
 */
class ModuleDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.deepcanvas");
    }

    @Test
    void modulesDependOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("graph-core").definedBy("dev.deepcanvas.graph.document..", "dev.deepcanvas.graph.analysis..",
                        "dev.deepcanvas.graph.layers..", "dev.deepcanvas.graph.cli..")
                .layer("graph-dl4j").definedBy("dev.deepcanvas.graph.compile..", "dev.deepcanvas.graph.dl4j..",
                        "dev.deepcanvas.graph.export..")
                .layer("templates").definedBy("dev.deepcanvas.templates..")
                .layer("db").definedBy("dev.deepcanvas.db..")
                .layer("backend").definedBy("dev.deepcanvas.backend..")
                .layer("frontend").definedBy("dev.deepcanvas.app..")
                .whereLayer("frontend").mayNotBeAccessedByAnyLayer()
                .whereLayer("backend").mayOnlyBeAccessedByLayers("frontend")
                .whereLayer("db").mayOnlyBeAccessedByLayers("backend")
                .whereLayer("templates").mayOnlyBeAccessedByLayers("backend", "frontend")
                .whereLayer("graph-dl4j").mayOnlyBeAccessedByLayers("backend", "frontend")
                .whereLayer("graph-core").mayOnlyBeAccessedByLayers("graph-dl4j", "templates", "backend", "frontend")
                .check(classes);
    }

    /** The views' own tests too: they build what the views show from backend types, never from stored rows. */
    @Test
    void theFrontendAndItsTestsTalkOnlyToTheBackend() {
        JavaClasses frontendWithTests = new ClassFileImporter().importPackages("dev.deepcanvas.app",
                "dev.deepcanvas.architecture");
        noClasses().that().resideInAnyPackage("dev.deepcanvas.app..", "dev.deepcanvas.architecture..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.deepcanvas.db..")
                .check(frontendWithTests);
    }

    @Test
    void theCompilerAndTemplatesArePureJava() {
        noClasses().that().resideInAnyPackage("dev.deepcanvas.graph..", "dev.deepcanvas.templates..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void servicesKnowNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("dev.deepcanvas.backend..", "dev.deepcanvas.db..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..")
                .check(classes);
    }
}
