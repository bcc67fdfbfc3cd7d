package dev.kartoteka.examples;

import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.party.Party;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One generated party with everything that belongs to it: the party, the activity type it was aimed at, its
 * transactions, interactions and consent events, and — for a re-entry — the truth about which party it duplicates.
 *
 * <p>Three kinds of party appear in {@link ExampleData#entries()}: clients (persons and companies; they carry an
 * intended type and the history), contact persons of companies (listed just before their company; no history of their
 * own, the company's interactions may name them) and re-entries (listed just after their original; no history).
 *
 * @param party the party, not stored yet (version 0), with its final id
 * @param intendedType the activity type the generator aimed at; empty for contact persons and re-entries
 * @param transactions its orders, oldest first, in PLN
 * @param interactions its interactions, oldest first
 * @param consents its consent events, oldest first
 * @param duplicateOf for a re-entry: which party it duplicates and how it differs; empty otherwise
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ExampleParty(Party party, Optional<ActivityType> intendedType, List<Transaction> transactions,
                           List<Interaction> interactions, List<ExampleConsent> consents,
                           Optional<DuplicatePair> duplicateOf) {

    /**
     * Creates the entry.
     *
     * @param party the party
     * @param intendedType the intended activity type
     * @param transactions its transactions; copied
     * @param interactions its interactions; copied
     * @param consents its consent events; copied
     * @param duplicateOf the duplicate truth for a re-entry
     * @throws NullPointerException if an argument is {@code null}
     */
    public ExampleParty {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(intendedType, "intendedType");
        transactions = List.copyOf(transactions);
        interactions = List.copyOf(interactions);
        consents = List.copyOf(consents);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
    }

    /**
     * @return whether this is a client (a person or company with an intended type), not a contact person or re-entry
     */
    public boolean isClient() {
        return intendedType.isPresent();
    }
}
