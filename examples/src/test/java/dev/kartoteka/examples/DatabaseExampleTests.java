package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kartoteka.segmentation.activity.ActivityType;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The plain-Java database example runs on the embedded H2 database (PostgreSQL and MariaDB take its JDBC URL). */
class DatabaseExampleTests {

    @Test
    void storesAnExampleClientBaseAndSegmentsItWithSummariesFromSql() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Map<ActivityType, Long> types = DatabaseExample.run("jdbc:h2:mem:example-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(types.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(300);
        assertThat(types).containsKeys(ActivityType.ACTIVE, ActivityType.INACTIVE, ActivityType.POTENTIAL);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("parties", "activity types");
    }
}
