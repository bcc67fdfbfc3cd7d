package dev.kartoteka.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins the layering of crm-core that ARCHITECTURE.md describes. */
class CoreArchitectureTests {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.kartoteka.core");
    }

    @Test
    void coreUsesNoPersistenceOrDatabaseApi() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "javax.persistence..", "java.sql..", "javax.sql..",
                        "org.h2..", "org.flywaydb..", "org.postgresql..", "org.mariadb..")
                .orShould().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "are Hibernate ORM classes",
                        c -> c.getPackageName().startsWith("org.hibernate")
                                && !c.getPackageName().startsWith("org.hibernate.validator")))
                .because("crm-core must stay free of JPA and databases; crm-jpa holds the mapping");
        rule.check(core);
    }

    @Test
    void coreDoesNotDependOnOtherKartotekaModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.kartoteka.segmentation..", "dev.kartoteka.jpa..", "dev.kartoteka.examples..")
                .check(core);
    }

    @Test
    void modelAndApiDoNotDependOnInternals() {
        // the only doors into internal: the documented factories ClientRegistry.builder() and PartyStore.inMemory(),
        // and ValidationException's masking of values
        noClasses().that().resideInAnyPackage("dev.kartoteka.core.party..")
                .should().dependOnClassesThat().resideInAPackage("dev.kartoteka.core.internal..")
                .check(core);
    }

    @Test
    void internalsAreNotNamedAsApi() {
        classes().that().resideInAPackage("dev.kartoteka.core.internal..")
                .should().haveSimpleNameNotEndingWith("Impl")
                .andShould().haveSimpleNameNotEndingWith("Util")
                .andShould().haveSimpleNameNotEndingWith("Helper")
                .andShould().haveSimpleNameNotEndingWith("Manager")
                .check(core);
    }

    @Test
    void everyPublicApiTypeSaysHowStableItIs() {
        classes().that().arePublic().and().areTopLevelClasses()
                .and().resideOutsideOfPackage("dev.kartoteka.core.internal..")
                .and().doNotHaveSimpleName("package-info")
                .should().beAnnotatedWith(org.apiguardian.api.API.class)
                .because("STYLE.md: every public type says how stable it is")
                .check(core);
    }
}
