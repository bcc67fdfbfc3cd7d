package dev.kartoteka.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins the module boundaries across the whole build: no module reaches into another module's {@code internal}
 * package, and the dependency directions of ARCHITECTURE.md hold. Runs here because examples sees every module.
 */
class ModuleBoundaryTests {

    private static JavaClasses all;

    @BeforeAll
    static void importEverything() {
        all = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_ARCHIVES)
                .importPackages("dev.kartoteka");
    }

    @Test
    void onlyCoreReachesCoreInternals() {
        noClasses().that().resideOutsideOfPackage("dev.kartoteka.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.core.internal..")
                .check(all);
    }

    @Test
    void onlySegmentationReachesSegmentationInternals() {
        noClasses().that().resideOutsideOfPackage("dev.kartoteka.segmentation..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.segmentation.internal..")
                .allowEmptyShould(true)
                .check(all);
    }

    @Test
    void onlyJpaReachesJpaInternals() {
        noClasses().that().resideOutsideOfPackage("dev.kartoteka.jpa..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.jpa.internal..")
                .allowEmptyShould(true)
                .check(all);
    }

    @Test
    void jpaDoesNotDependOnSegmentation() {
        noClasses().that().resideInAPackage("dev.kartoteka.jpa..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.segmentation..")
                .allowEmptyShould(true)
                .check(all);
    }

    @Test
    void segmentationDoesNotUsePersistence() {
        noClasses().that().resideInAPackage("dev.kartoteka.segmentation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                        "dev.kartoteka.jpa..")
                .allowEmptyShould(true)
                .check(all);
    }
}
