package dev.kartoteka.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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
        // main classes of every module, whether the reactor hands them over as directories or as jars
        all = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") && !location.contains("-tests.jar"))
                .importPackages("dev.kartoteka");
    }

    @Test
    void importsTheMainClassesOfEveryModuleThatHasSome() {
        // guards the other rules: if the import were empty or partial they would pass without checking anything
        assertThat(all.stream().map(c -> c.getPackageName()))
                .anyMatch(p -> p.startsWith("dev.kartoteka.core.internal"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.core.registry"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.jpa.internal"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.segmentation.activity"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.segmentation.clv"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.segmentation.rfm"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.segmentation.rule"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.segmentation.segment"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.examples"));
        assertThat(all.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("Tests"));
    }

    @Test
    void onlyCoreReachesCoreInternals() {
        noClasses().that().resideOutsideOfPackage("dev.kartoteka.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.core.internal..")
                .check(all);
    }

    // crm-segmentation has no internal package yet (its helpers are package-private): the rule allows an empty set
    // until it has one

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
                .check(all);
    }

    @Test
    void jpaDoesNotDependOnSegmentation() {
        noClasses().that().resideInAPackage("dev.kartoteka.jpa..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.segmentation..")
                .check(all);
    }

    @Test
    void segmentationDoesNotUsePersistence() {
        // ARCHITECTURE.md: crm-segmentation must not depend on JPA or any database (the JPA store lives in crm-jpa)
        noClasses().that().resideInAPackage("dev.kartoteka.segmentation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.persistence..",
                        "org.hibernate..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                        "org.postgresql..", "org.mariadb..", "com.zaxxer..", "dev.kartoteka.jpa..")
                .check(all);
    }

    @Test
    void segmentationReachesNoOtherModulesInternals() {
        // stronger than the per-module rules above: any internal package, also of modules added later
        noClasses().that().resideInAPackage("dev.kartoteka.segmentation..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are in another module's internal package",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("dev.kartoteka.")
                                && c.getPackageName().matches(".*\\.internal(\\..*)?")
                                && !c.getPackageName().startsWith("dev.kartoteka.segmentation.")))
                .check(all);
    }

    @Test
    void segmentationDoesNotDependOnExamples() {
        noClasses().that().resideInAPackage("dev.kartoteka.segmentation..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.examples..")
                .check(all);
    }

    @Test
    void jpaThrowsNoHibernateOrJdbcTypeThroughItsApi() {
        // the public package's methods declare only Jakarta Persistence and Kartoteka types; failures are wrapped
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("dev.kartoteka.jpa").and().arePublic()
                .should().declareThrowableOfType(org.hibernate.HibernateException.class)
                .orShould().declareThrowableOfType(java.sql.SQLException.class)
                .check(all);
        noMethods().that().areDeclaredInClassesThat().resideInAPackage("dev.kartoteka.jpa").and().arePublic()
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("a Hibernate type",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith("org.hibernate")))
                .check(all);
    }
}
