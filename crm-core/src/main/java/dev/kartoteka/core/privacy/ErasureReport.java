package dev.kartoteka.core.privacy;

import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an erasure did, in numbers only (the report itself holds no personal data).
 *
 * @param partyId the erased person
 * @param at when
 * @param companiesTouched companies whose contact-person entries for the person were anonymised
 * @param interactionsAnonymised interactions whose subject and outcome were removed
 * @param consentEventsAnonymised consent events whose evidence and contact point were removed
 * @param auditEntriesAnonymised audit entries whose values mentioning the person were removed
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ErasureReport(PartyId partyId, Instant at, int companiesTouched, int interactionsAnonymised,
                            int consentEventsAnonymised, int auditEntriesAnonymised) {

    /**
     * Creates the report.
     *
     * @param partyId the person
     * @param at when
     * @param companiesTouched companies changed
     * @param interactionsAnonymised interactions changed
     * @param consentEventsAnonymised consent events changed
     * @param auditEntriesAnonymised audit entries changed
     */
    public ErasureReport {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(at, "at");
    }
}
