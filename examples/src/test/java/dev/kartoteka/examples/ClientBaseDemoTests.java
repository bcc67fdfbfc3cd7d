package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.segmentation.activity.ActivityType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The demo's story runs to the end on a small client base, and every step finds what it should. */
class ClientBaseDemoTests {

    @Test
    void runsTheWholeStoryAndEveryStepFindsSomething() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DemoResult result = new ClientBaseDemo(new PrintStream(buffer, true, StandardCharsets.UTF_8), 1_500, 300).run();
        String printed = buffer.toString(StandardCharsets.UTF_8);

        assertThat(printed).contains("1/8", "2/8", "3/8", "4/8", "5/8", "6/8", "7/8", "8/8");
        assertThat(result.imported().count(RowOutcome.CREATED)).isPositive();
        assertThat(result.imported().count(RowOutcome.UPDATED)).isPositive();
        assertThat(result.imported().rejections()).hasSize(3)
                .allSatisfy(r -> assertThat(r.value()).contains("*")); // masked, never in clear
        assertThat(result.merged()).isPositive();
        assertThat(result.segmentSizes().keySet()).isEqualTo(EnumSet.allOf(ActivityType.class));
        assertThat(result.transitions().transitions()).isNotEmpty();
        assertThat(result.holdout().rows()).isNotEmpty();
        assertThat(result.holdout().predictedTotal()).isCloseTo(result.holdout().actualTotal(),
                org.assertj.core.data.Percentage.withPercentage(30));
        assertThat(result.top()).hasSize(10).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(DemoResult.TopClient::clv).reversed());
        assertThat(result.rfm().size()).isPositive();
        assertThat(result.mokotow().size()).isPositive();
        assertThat(result.mokotow().candidates()).isGreaterThan(result.mokotow().size());
        assertThat(result.completeness()).containsKeys("e-mail", "phone", "postal address")
                .allSatisfy((field, share) -> assertThat(share).isBetween(0.0, 1.0));
    }
}
