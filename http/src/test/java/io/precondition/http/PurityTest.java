package io.precondition.http;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The RFC core stays pure JDK: no Micronaut, no regular expressions (linear time), no reflection. */
class PurityTest {

    static final JavaClasses CORE = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.precondition.http");

    @Test
    void noMicronaut() {
        noClasses().that().resideInAPackage("io.precondition.http")
            .should().dependOnClassesThat().resideInAPackage("io.micronaut..")
            .check(CORE);
    }

    @Test
    void noRegexNoReflection() {
        noClasses().that().resideInAPackage("io.precondition.http")
            .should().dependOnClassesThat().resideInAnyPackage("java.util.regex..", "java.lang.reflect..")
            .orShould().callMethod(String.class, "split", String.class)
            .orShould().callMethod(String.class, "matches", String.class)
            .orShould().callMethod(String.class, "replaceAll", String.class, String.class)
            .check(CORE);
    }
}
