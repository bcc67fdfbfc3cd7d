package dev.kartoteka.core.spi;

import dev.kartoteka.core.history.Interaction;
import dev.kartoteka.core.history.InteractionSummary;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.internal.InMemoryHistoryStore;
import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The storage port of the history: interactions and transactions. Every call is atomic.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface HistoryStore {

    /**
     * Returns a new, empty, thread-safe in-memory store.
     *
     * @return the store
     */
    static HistoryStore inMemory() {
        return new InMemoryHistoryStore();
    }

    /**
     * Stores a new interaction.
     *
     * @param interaction the interaction
     * @throws dev.kartoteka.core.StateConflictException if its id is taken
     */
    void insert(Interaction interaction);

    /**
     * Replaces a stored interaction.
     *
     * @param interaction the new state
     * @throws dev.kartoteka.core.NotFoundException if there is no interaction with its id
     */
    void replace(Interaction interaction);

    /**
     * @param id the id
     * @return the interaction
     */
    Optional<Interaction> findInteraction(UUID id);

    /**
     * @param party the party
     * @return its interactions, in any order
     */
    List<Interaction> interactionsOf(PartyId party);

    /**
     * @param person a person's id
     * @return the interactions in which the person took part as a contact person, in any order
     */
    List<Interaction> interactionsWithContactPerson(PartyId person);

    /**
     * @param day the last due day
     * @return the interactions whose follow-up is open and due on or before {@code day}, in any order
     */
    List<Interaction> openFollowUpsDueBy(LocalDate day);

    /**
     * Stores a new transaction.
     *
     * @param transaction the transaction
     * @throws dev.kartoteka.core.StateConflictException if its id is taken
     */
    void insert(Transaction transaction);

    /**
     * Replaces a stored transaction.
     *
     * @param transaction the new state
     * @throws dev.kartoteka.core.NotFoundException if there is no transaction with its id
     */
    void replace(Transaction transaction);

    /**
     * @param id the id
     * @return the transaction
     */
    Optional<Transaction> findTransaction(UUID id);

    /**
     * @param party the party
     * @return its transactions, in any order
     */
    List<Transaction> transactionsOf(PartyId party);

    /**
     * Aggregates purchases (orders placed or paid) per party in one currency up to a day, without loading
     * transactions into memory where the store can aggregate (SQL {@code GROUP BY}). The default returns
     * {@link #purchaseSummaries(Currency, LocalDate, LocalDate) purchaseSummaries(currency, LocalDate.MIN, asOf)}.
     *
     * @param currency the currency
     * @param asOf the last day counted
     * @return one summary per party with purchases, ordered by party id
     */
    default Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate asOf) {
        return purchaseSummaries(java.util.Objects.requireNonNull(currency, "currency"), LocalDate.MIN,
                java.util.Objects.requireNonNull(asOf, "asOf"));
    }

    /**
     * Aggregates purchases (orders placed or paid, as {@link Transaction#isPurchase()}) per party in one currency
     * within a window of days, without loading transactions into memory where the store can aggregate (SQL
     * {@code GROUP BY}). Only purchases dated from {@code from} to {@code to}, both included, count; parties without
     * one are left out. {@link LocalDate#MIN} and {@link LocalDate#MAX} stand for "no bound".
     *
     * @param currency the currency
     * @param from the first day counted
     * @param to the last day counted
     * @return one summary per party with purchases in the window, ordered by party id ({@link PartyId#compareTo});
     *     a store that streams from a database holds a connection until the stream is closed
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate from, LocalDate to);

    /**
     * Aggregates interactions per party up to the end of a day: their number and the first and last time one
     * happened ({@link Interaction#at()}), without loading interactions into memory where the store can aggregate.
     * An interaction counts for its {@link Interaction#partyId() party} (not for its contact person) if it happened
     * before the start of the next day in {@code zone}, {@code at < asOf.plusDays(1).atStartOfDay(zone)}; with
     * {@link LocalDate#MAX} every interaction counts. Parties without such interactions are left out.
     *
     * @param asOf the last day counted
     * @param zone the zone in which the day ends
     * @return one summary per party with interactions, ordered by party id ({@link PartyId#compareTo}); a store that
     *     streams from a database holds a connection until the stream is closed
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    Stream<InteractionSummary> interactionSummaries(LocalDate asOf, ZoneId zone);

    /**
     * Moves a party's history to another party, for a merge: its interactions and transactions get {@code to} as
     * their party, and interactions in which {@code from} took part as a contact person get {@code to} as contact
     * person. Ids and everything else stay. The default replaces the entries one by one; stores should override it
     * to do it in one atomic step.
     *
     * @param from the merged party
     * @param to the survivor
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    default void reassign(PartyId from, PartyId to) {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        for (Interaction i : interactionsOf(from)) {
            replace(Reassignments.interaction(i, from, to));
        }
        for (Interaction i : interactionsWithContactPerson(from)) {
            replace(Reassignments.interaction(findInteraction(i.id()).orElse(i), from, to));
        }
        for (Transaction t : transactionsOf(from)) {
            replace(Reassignments.transaction(t, to));
        }
    }

    /**
     * Lists every interaction, for an erasure that must find mentions of a person in other parties' histories.
     *
     * @return all interactions, in any order
     */
    List<Interaction> allInteractions();
}
