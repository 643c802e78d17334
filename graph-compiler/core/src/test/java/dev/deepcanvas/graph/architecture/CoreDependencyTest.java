package dev.deepcanvas.graph.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The graph core is the pure model: it depends on the JDK, Jackson and itself, nothing else, so DL4J (or anything
 * heavy) cannot creep back in; the DL4J side lives in graph-compiler-dl4j. The pom's enforcer rule bans the DL4J
 * artifacts themselves.
 */
class CoreDependencyTest {

    @Test
    void theCoreDependsOnTheJdkAndJacksonOnly() {
        JavaClasses core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages("dev.deepcanvas.graph");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.deepcanvas.graph..")
                .check(core);
    }
}
