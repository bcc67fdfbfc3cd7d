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
 * The unit tests run on the class path; this one checks that crm-core also works for an application on the module
 * path ({@code requires dev.kartoteka.core;}): it compiles a tiny module against crm-core and its runtime
 * dependencies only, runs it in a fresh JVM, and reads what it printed.
 */
class ModulePathTests {

    private static final Pattern CORE_MODULE_PATH = Pattern.compile(
            ".*(crm-core[/\\\\]target[/\\\\]classes|crm-core-[^/\\\\]*(?<!-tests)\\.jar"
                    + "|jakarta\\.validation-api-.*\\.jar|hibernate-validator-.*\\.jar|jboss-logging-.*\\.jar"
                    + "|classmate-.*\\.jar|slf4j-api-.*\\.jar|libphonenumber-.*\\.jar|apiguardian-api-.*\\.jar"
                    + "|jspecify-.*\\.jar|commons-csv-.*\\.jar|commons-io-.*\\.jar|commons-codec-.*\\.jar"
                    + "|commons-text-.*\\.jar|commons-lang3-.*\\.jar)$");

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
        String modulePath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> CORE_MODULE_PATH.matcher(entry).matches())
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
        assertThat(output).contains("found 1").contains("violations 1").contains("imported 1 Jan Nowak POSSIBLE_MATCH");
    }
}
