package dev.kartoteka.core.history;

import dev.kartoteka.core.NotFoundException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The history of the relationship with each party: interactions and commercial transactions on one timeline,
 * follow-up reminders, and the compact purchase and interaction summaries that segmentation and CLV consume.
 * Obtained from {@code ClientRegistry.history()}; every change raises a registry event.
 *
 * <p>A merge moves the merged parties' history to the survivor. Reads by the id of a merged party (a tombstone) —
 * {@link #timeline}, {@link #contactPersonTimeline}, {@link #transactions}, {@link #averageOrderValue},
 * {@link #totals} — answer for the survivor (with the survivor's access check: a reader refused the survivor gets an
 * {@code AccessDeniedException}), so an id kept by another system still finds the history; writes to a merged party are refused ({@code StateConflictException} naming the survivor).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface History {

    /**
     * Records an interaction.
     *
     * @param interaction the interaction
     * @return it, as stored
     * @throws NotFoundException if its party does not exist
     * @throws ValidationException if its contact person is not a contact person of the company
     * @throws dev.kartoteka.core.StateConflictException if its id is taken
     */
    Interaction log(Interaction interaction);

    /**
     * Marks the follow-up of an interaction done.
     *
     * @param interactionId the interaction
     * @param doneAt when
     * @return the interaction, as stored
     * @throws NotFoundException if there is no such interaction
     * @throws dev.kartoteka.core.StateConflictException if it has no open follow-up
     */
    Interaction completeFollowUp(UUID interactionId, Instant doneAt);

    /**
     * Records a transaction.
     *
     * @param transaction the transaction
     * @return it, as stored
     * @throws NotFoundException if its party does not exist
     * @throws dev.kartoteka.core.StateConflictException if its id is taken
     */
    Transaction record(Transaction transaction);

    /**
     * Changes the status of a transaction (paid, cancelled, returned).
     *
     * @param transactionId the transaction
     * @param status the new status
     * @return the transaction, as stored; unchanged (no write, no event) if it already has that status
     * @throws NotFoundException if there is no such transaction
     */
    Transaction changeStatus(UUID transactionId, TransactionStatus status);

    /**
     * Returns a party's timeline: its interactions (including those with its contact persons) and transactions.
     *
     * @param party the party
     * @return the entries, newest first (ties by id)
     */
    List<TimelineEntry> timeline(PartyId party);

    /**
     * Returns the timeline of a person as a contact person: interactions with any company where the person took part.
     *
     * @param person the person's id
     * @return the interactions, newest first
     */
    List<Interaction> contactPersonTimeline(PartyId person);

    /**
     * Finds a party's transactions in a period.
     *
     * @param party the party
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param types the types wanted; empty means all
     * @return the transactions, by date then id
     */
    List<Transaction> transactions(PartyId party, LocalDate from, LocalDate to, Set<TransactionType> types);

    /**
     * Returns the average order value ("średni czek") of a party's purchases in a period and currency.
     *
     * @param party the party
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param currency the currency
     * @return the average of the purchases (orders placed or paid), or empty if there were none
     */
    Optional<Money> averageOrderValue(PartyId party, LocalDate from, LocalDate to, Currency currency);

    /**
     * Totals a party's purchases per period.
     *
     * @param party the party
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param granularity the period length
     * @param currency the currency
     * @return the total per period start, for periods with purchases, in date order
     */
    SortedMap<LocalDate, Money> totals(PartyId party, LocalDate from, LocalDate to, Granularity granularity,
                                       Currency currency);

    /**
     * Streams one compact purchase summary per party that made purchases in a currency up to a day — what
     * segmentation and CLV consume. In-memory it is computed on the fly; the JPA store computes it in one SQL query.
     * It equals {@link #purchaseSummaries(Currency, LocalDate, LocalDate) purchaseSummaries(currency, LocalDate.MIN,
     * asOf)}.
     *
     * @param currency the currency
     * @param asOf the last day counted
     * @return the summaries, ordered by party id; close the stream when done
     */
    Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate asOf);

    /**
     * Streams one compact purchase summary per party that made purchases in a currency within a window of days:
     * purchases (orders placed or paid, as {@link Transaction#isPurchase()}) dated from {@code from} to {@code to},
     * both included. Parties without a purchase in the window are left out; the figures of a summary (first and last
     * purchase, purchase days, first day's total…) are those of the purchases in the window only. Only parties the
     * registry's actor may read are included.
     *
     * <p>The summaries come ordered by party id ({@link PartyId#compareTo}, the unsigned 128-bit order in which
     * databases sort UUIDs), so that streams of several aggregates can be merge-joined by party. In memory they are
     * computed on the fly; a database store computes them in one SQL aggregate and streams them: the stream then holds
     * a database connection until it is closed, so close it (try-with-resources).
     *
     * @param currency the currency
     * @param from the first day counted
     * @param to the last day counted
     * @return the summaries, ordered by party id; close the stream when done
     * @throws NullPointerException if an argument is {@code null}
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    Stream<PurchaseSummary> purchaseSummaries(Currency currency, LocalDate from, LocalDate to);

    /**
     * Streams one compact interaction summary per party with interactions that happened up to the end of a day: how
     * many, the first and the last. An interaction counts for the party it was logged for, as on the party's
     * {@linkplain #timeline timeline} (an interaction with a contact person counts for the company, not for the
     * person), by when it happened ({@link Interaction#at()}), whatever its type, direction or follow-up; an
     * interaction anonymised by an erasure still counts (an erasure keeps it without subject and outcome). Parties
     * without such interactions are left out. Only parties the registry's actor may read are included.
     *
     * <p>The day ends in the zone of the registry's clock (the zone that also gives the registry's "today"): an
     * interaction counts if {@code at} is before {@code asOf.plusDays(1).atStartOfDay(zone)}; with
     * {@link LocalDate#MAX} every interaction counts.
     *
     * <p>The summaries come ordered by party id ({@link PartyId#compareTo}, the unsigned 128-bit order in which
     * databases sort UUIDs), so that they can be merge-joined with the {@linkplain #purchaseSummaries(Currency,
     * LocalDate, LocalDate) purchase summaries}. A database store computes them in one SQL aggregate and streams them:
     * the stream then holds a database connection until it is closed, so close it (try-with-resources).
     *
     * @param asOf the last day counted, in the zone of the registry's clock
     * @return the summaries, ordered by party id; close the stream when done
     * @throws NullPointerException if {@code asOf} is {@code null}
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    Stream<InteractionSummary> interactionSummaries(LocalDate asOf);

    /**
     * Lists what needs an owner's attention: open follow-ups (overdue ones and those due within the window) of the
     * owner's parties or recorded by the owner, and the important dates of the owner's parties in the window.
     *
     * @param owner the account owner
     * @param from the first day of the window
     * @param days the window's length, 0 to 366
     * @return the items, ordered by date (overdue first), then party
     * @throws IllegalArgumentException if {@code days} is out of range
     */
    List<AttentionItem> attention(UserId owner, LocalDate from, int days);
}
