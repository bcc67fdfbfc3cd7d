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
                .anyMatch(p -> p.startsWith("dev.kartoteka.segmentation.clv"))
                .anyMatch(p -> p.startsWith("dev.kartoteka.examples"));
        assertThat(all.stream().map(c -> c.getName())).noneMatch(n -> n.endsWith("Tests"));
    }

    @Test
    void onlyCoreReachesCoreInternals() {
        noClasses().that().resideOutsideOfPackage("dev.kartoteka.core..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.core.internal..")
                .check(all);
    }

    // crm-segmentation has no internal package yet: its rule allows an empty set until it does

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
        noClasses().that().resideInAPackage("dev.kartoteka.segmentation..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "java.sql..",
                        "dev.kartoteka.jpa..")
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
