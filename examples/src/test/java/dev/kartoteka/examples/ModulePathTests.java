package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit tests run on the class path; these check that crm-core and crm-segmentation also work for an application
 * on the module path ({@code requires dev.kartoteka.core;}, {@code requires dev.kartoteka.segmentation;}): each
 * compiles a tiny module against the Kartoteka module and its runtime dependencies only, runs it in a fresh JVM, and
 * reads what it printed.
 */
class ModulePathTests {

    private static final Pattern CORE_MODULE_PATH = Pattern.compile(
            ".*(crm-core[/\\\\]target[/\\\\]classes|crm-core-[^/\\\\]*(?<!-tests)\\.jar"
                    + "|jakarta\\.validation-api-.*\\.jar|hibernate-validator-.*\\.jar|jboss-logging-.*\\.jar"
                    + "|classmate-.*\\.jar|slf4j-api-.*\\.jar|libphonenumber-.*\\.jar|apiguardian-api-.*\\.jar"
                    + "|jspecify-.*\\.jar|commons-csv-.*\\.jar|commons-io-.*\\.jar|commons-codec-.*\\.jar"
                    + "|commons-text-.*\\.jar|commons-lang3-.*\\.jar)$");

    /** crm-core's module path and crm-segmentation with Hipparchus (automatic modules hipparchus.core and .optim). */
    private static final Pattern SEGMENTATION_MODULE_PATH = Pattern.compile(CORE_MODULE_PATH.pattern()
            + "|.*(crm-segmentation[/\\\\]target[/\\\\]classes|crm-segmentation-[^/\\\\]*(?<!-tests)\\.jar"
            + "|hipparchus-core-.*\\.jar|hipparchus-optim-.*\\.jar)$");

    @TempDir
    Path work;

    @Test
    void anApplicationModuleCanCreateValidateAndFindParties() throws IOException, InterruptedException {
        Path src = work.resolve("src/smoke");
        Files.createDirectories(src.resolve("smoke"));
        Files.writeString(src.resolve("module-info.java"), "module smoke { requires dev.kartoteka.core; }");
        Files.writeString(src.resolve("smoke/Main.java"), """
                package smoke;
                import dev.kartoteka.core.ValidationException;
                import dev.kartoteka.core.identifier.Nip;
                import dev.kartoteka.core.party.Company;
                import dev.kartoteka.core.registry.ClientRegistry;
                public class Main {
                    public static void main(String[] args) {
                        ClientRegistry registry = ClientRegistry.inMemory();
                        registry.create(Company.builder().legalName("Żółw").nip(Nip.parse("5261040828")).build());
                        System.out.println("found " + registry.findByIdentifier(Nip.parse("PL5261040828")).size());
                        try {
                            registry.create(Company.builder().legalName(" ").build());
                        } catch (ValidationException e) {
                            System.out.println("violations " + e.violations().size());
                        }
                        var standardizing = ClientRegistry.builder()
                                .standardizer(dev.kartoteka.core.standardization.Standardizer.defaults()).build();
                        var report = dev.kartoteka.core.csv.CsvImport.into(standardizing).run(
                                new java.io.ByteArrayInputStream("Imię;Nazwisko\\nJAN;NOWAK\\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                        var jan = standardizing.search(dev.kartoteka.core.registry.PartyQuery.builder().name("nowak")
                                .build()).items().get(0);
                        System.out.println("imported " + report.rows() + " " + jan.displayName() + " "
                                + dev.kartoteka.core.duplicate.DuplicateDetector.defaults().compare(jan, jan).outcome());
                    }
                }
                """, StandardCharsets.UTF_8);
        String output = compileAndRun(CORE_MODULE_PATH);

        // a record compared with itself shares only a name: not even a possible match (namesakes are common)
        assertThat(output).contains("found 1").contains("violations 1").contains("imported 1 Jan Nowak NO_MATCH");
    }

    @Test
    void anApplicationModuleCanEvaluateRulesScoreRfmAndAssignActivityTypes() throws IOException, InterruptedException {
        Path src = work.resolve("src/smoke");
        Files.createDirectories(src.resolve("smoke"));
        // only the segmentation module is required: crm-core's types (PartyId) come with it (requires transitive)
        Files.writeString(src.resolve("module-info.java"), "module smoke { requires dev.kartoteka.segmentation; }");
        Files.writeString(src.resolve("smoke/Main.java"), """
                package smoke;
                import dev.kartoteka.core.party.PartyId;
                import dev.kartoteka.segmentation.activity.ActivityAssignment;
                import dev.kartoteka.segmentation.activity.ActivityMetrics;
                import dev.kartoteka.segmentation.activity.ActivitySegmentation;
                import dev.kartoteka.segmentation.rfm.RfmInput;
                import dev.kartoteka.segmentation.rfm.RfmResult;
                import dev.kartoteka.segmentation.rfm.RfmScoring;
                import dev.kartoteka.segmentation.rule.Metric;
                import dev.kartoteka.segmentation.rule.Rule;
                import dev.kartoteka.segmentation.rule.RuleSubject;
                import dev.kartoteka.segmentation.rule.Window;
                import java.time.LocalDate;
                import java.util.Currency;
                import java.util.List;
                public class Main {
                    public static void main(String[] args) {
                        Currency pln = Currency.getInstance("PLN");
                        Rule vip = Rule.parse("revenue(365d) >= 100 PLN or tag(\\"vip\\")");
                        RuleSubject big = RuleSubject.builder(PartyId.random(), pln)
                                .metric(Metric.REVENUE, Window.days(365), 250).build();
                        RuleSubject small = RuleSubject.builder(PartyId.random(), pln)
                                .metric(Metric.REVENUE, Window.days(365), 40).build();
                        RuleSubject noRevenue = RuleSubject.builder(PartyId.random(), pln).build();
                        RuleSubject tagged = RuleSubject.builder(PartyId.random(), pln).tag("VIP").build();
                        System.out.println("rule " + vip);
                        System.out.println("vip " + vip.test(big) + " " + vip.evaluate(small) + " "
                                + vip.evaluate(noRevenue) + " " + vip.test(tagged));

                        RfmResult rfm = RfmScoring.defaults().score(List.of(
                                new RfmInput(PartyId.random(), 3, 12, 5000),
                                new RfmInput(PartyId.random(), 30, 6, 900),
                                new RfmInput(PartyId.random(), 90, 3, 300),
                                new RfmInput(PartyId.random(), 200, 2, 120),
                                new RfmInput(PartyId.random(), 400, 1, 50)));
                        System.out.println("rfm " + rfm.score(0).code() + " " + rfm.score(0).segment()
                                + ", " + rfm.score(4).code() + " " + rfm.score(4).segment());

                        LocalDate day = LocalDate.of(2026, 6, 30);
                        ActivityAssignment once = ActivitySegmentation.builder().build().assign(
                                ActivityMetrics.builder(PartyId.random(), day, pln)
                                        .purchases(day.minusDays(10), day.minusDays(10), 1, 1, 99.0).build());
                        System.out.println("activity " + once.type().label() + " by " + once.explanation().rule());
                    }
                }
                """, StandardCharsets.UTF_8);

        String output = compileAndRun(SEGMENTATION_MODULE_PATH);

        assertThat(output).contains("rule revenue(365d) >= 100 PLN or tag(\"vip\")")
                .contains("vip true false unknown true")
                .contains("rfm 555 champions, 111 lost")
                .contains("activity one-time by one-time");
    }

    /** Compiles the module in {@code work/src} against the class path entries that match, runs it, returns its output. */
    private String compileAndRun(Pattern modulePathEntries) throws IOException, InterruptedException {
        String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> modulePathEntries.matcher(entry).matches())
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        assertThat(modulePath).contains("hibernate-validator").containsPattern("crm-core");

        Path out = work.resolve("out");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", out.toString(), "--module-path", modulePath,
                "--module-source-path", work.resolve("src").toString(), "-m", "smoke");
        assertThat(compiled).as("javac exit code").isZero();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "--module-path",
                modulePath + File.pathSeparator + out, "-m", "smoke/smoke.Main"))
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
