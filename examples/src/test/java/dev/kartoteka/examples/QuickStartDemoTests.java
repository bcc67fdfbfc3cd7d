package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's run command must keep working: the demo runs to the end and tells its story. */
class QuickStartDemoTests {

    @Test
    void demoRunsEveryStepAndReportsWhatItDid() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new QuickStartDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
        String output = buffer.toString(StandardCharsets.UTF_8);

        assertThat(output)
                .contains("by NIP 5261040828        -> [ŁL Trans]")
                .contains("by phone +48 601-234-567 -> [Anna Kowalska]")
                .contains("name 'ZOLW'              -> [Żółw Meble]")
                .contains("district 'mokotow'       -> [Łukasz Żak]")
                .contains("roles now [LEAD 2026-10-01..2026-11-21, CLIENT 2026-11-22..]")
                .contains("reason: zmiana regionu")
                .contains("2026-11-30  BIRTHDAY             Anna Kowalska (41)")
                .contains("postalCode: expected a Polish postal code")
                .contains("Stale update of party")
                .contains("short name still: ŁL Trans")
                .contains("== Summary");
    }

    @Test
    void demoOutputShowsNoPersonalIdentifierInClear() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        new QuickStartDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();
        String output = buffer.toString(StandardCharsets.UTF_8);

        // the invalid person's PESEL and birth date appear only masked in the validation report
        String pesel = Pesel.of(LocalDate.of(1979, 5, 4), Sex.MALE, 42).value();
        assertThat(output).doesNotContain(pesel).doesNotContain(pesel.substring(0, 6)).doesNotContain("1979-05-05");
    }
}
