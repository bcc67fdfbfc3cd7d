package dev.kartoteka.segmentation.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.lang.management.ManagementFactory;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** Evaluation allocates nothing itself, so that a rule can be tested against millions of parties cheaply. */
class RuleAllocationTests {

    private static final String TEN_CLAUSES = "revenue(365d) >= 50000 PLN and purchases(365d) >= 12 "
            + "or clv(12m) >= 20000 or tag(\"key-account\") or not role(\"lead\") and palive() in [0.1, 0.2] "
            + "or district = \"Mokotów\" and postalCode startsWith \"02-\" and field(\"employees\") >= 50 "
            + "and consent(\"sms\", \"marketing\") and field(\"industry\") is not empty";

    @Test
    void evaluatingATenClauseRuleAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = threads();
        Rule rule = Rule.parse(TEN_CLAUSES);
        assertThat(rule.toString()).isEqualTo(TEN_CLAUSES);
        RuleSubject[] subjects = {
            RuleSubject.builder(PartyId.random(), Currency.getInstance("PLN"))
                    .metric(Metric.REVENUE, Window.days(365), 10_000).metric(Metric.PURCHASES, Window.days(365), 3)
                    .metric(Metric.P_ALIVE, 0.5).attribute(Attribute.DISTRICT, "Mokotów")
                    .attribute(Attribute.POSTAL_CODE, "02-495").customField("employees", 120L)
                    .customField("budget", Money.of("10", "PLN")).consent(ConsentChannel.SMS, ConsentPurpose.MARKETING)
                    .customField("industry", "IT").role("client").build(),
            RuleSubject.builder(PartyId.random(), Currency.getInstance("PLN")).tag("Key-Account").build(),
        };
        int matches = 0;
        for (int i = 0; i < 200_000; i++) {
            matches += rule.test(subjects[i & 1]) ? 1 : 0;
        }
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 1_000_000; i++) {
            matches += rule.test(subjects[i & 1]) ? 1 : 0;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(matches).isEqualTo(200_000 + 1_000_000);
        assertThat(allocated).as("bytes allocated by a million evaluations").isLessThan(100_000);
    }

    private static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "a HotSpot JVM that counts allocated bytes");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
                "allocation counting enabled");
        return threads;
    }
}
