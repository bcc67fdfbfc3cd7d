package dev.kartoteka.examples;

import dev.kartoteka.core.registry.BulkResult;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link ExampleData#populate} stored.
 *
 * @param parties the outcome of creating the parties: how many were created, and each refused one with its reason
 *     (re-entries that repeat their original's PESEL, NIP, REGON or KRS are refused by the registry, as they should be)
 * @param transactions how many transactions were recorded
 * @param interactions how many interactions were logged
 * @param consentEvents how many consent events were recorded
 * @param consentEventsSkipped consent events the registry refused because they lie after its clock's "now" (populate
 *     a registry whose clock is not before {@link ExampleData#asOf()} to have none)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PopulateReport(BulkResult parties, long transactions, long interactions, long consentEvents,
                             long consentEventsSkipped) {

    /**
     * Creates the report.
     *
     * @param parties the outcome of creating the parties
     * @param transactions transactions recorded
     * @param interactions interactions logged
     * @param consentEvents consent events recorded
     * @param consentEventsSkipped consent events after the registry's clock
     * @throws NullPointerException if {@code parties} is {@code null}
     */
    public PopulateReport {
        Objects.requireNonNull(parties, "parties");
    }
}
