package dev.kartoteka.core.history;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;

/**
 * A commercial transaction with a party: an order, a payment or a return, on a day, for an amount.
 *
 * @param id the identity
 * @param partyId the party
 * @param type order, payment or return
 * @param date the day it happened
 * @param amount the amount, not negative
 * @param margin the margin earned, in the amount's currency, where known
 * @param status placed, paid, cancelled or returned
 * @param externalReference e.g. the ERP's order number
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Transaction(UUID id, PartyId partyId, TransactionType type, LocalDate date, Money amount,
                          Optional<Money> margin, TransactionStatus status, Optional<String> externalReference)
        implements TimelineEntry {

    /**
     * Creates a transaction, checking it.
     *
     * @param id the identity
     * @param partyId the party
     * @param type the type
     * @param date the day
     * @param amount the amount
     * @param margin the margin
     * @param status the status
     * @param externalReference the external reference
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the amount is negative, the margin is in another currency or exceeds the
     *     amount, or the reference is blank or longer than 100 characters
     */
    public Transaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(margin, "margin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(externalReference, "externalReference");
        if (amount.amount().signum() < 0) {
            throw ValidationException.ofPublicValue("transaction.amount", amount, "an amount of 0 or more");
        }
        if (margin.isPresent() && (!margin.get().currency().equals(amount.currency())
                || margin.get().amount().compareTo(amount.amount()) > 0)) {
            throw ValidationException.ofPublicValue("transaction.margin", margin.get(),
                    "a margin in " + amount.currency() + " not above the amount");
        }
        if (externalReference.isPresent() && (externalReference.get().isBlank()
                || externalReference.get().length() > 100)) {
            throw ValidationException.of("transaction.externalReference", externalReference.get(),
                    "1 to 100 characters");
        }
    }

    /**
     * A placed order.
     *
     * @param party the party
     * @param date the day
     * @param amount the amount
     * @return the order, with a random id
     */
    public static Transaction order(PartyId party, LocalDate date, Money amount) {
        return new Transaction(UUID.randomUUID(), party, TransactionType.ORDER, date, amount, Optional.empty(),
                TransactionStatus.PLACED, Optional.empty());
    }

    /**
     * @param value the margin
     * @return a copy with a margin
     */
    public Transaction withMargin(Money value) {
        return new Transaction(id, partyId, type, date, amount, Optional.of(value), status, externalReference);
    }

    /**
     * @param value the status
     * @return a copy with another status
     */
    public Transaction withStatus(TransactionStatus value) {
        return new Transaction(id, partyId, type, date, amount, margin, value, externalReference);
    }

    /**
     * @param value the external reference
     * @return a copy with an external reference
     */
    public Transaction withExternalReference(String value) {
        return new Transaction(id, partyId, type, date, amount, margin, status, Optional.of(value));
    }

    /** @return whether this is an order that counts as a purchase (placed or paid) */
    public boolean isPurchase() {
        return type == TransactionType.ORDER && status.countsAsPurchase();
    }

    /** Shows type, date, amount and status; the external reference is free text and is left out. */
    @Override
    public String toString() {
        return "Transaction[" + type + ", " + date + ", " + amount + ", " + status + ", party " + partyId + "]";
    }

    @Override
    public Instant time() {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
