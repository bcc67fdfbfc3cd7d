package dev.kartoteka.core.field;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The type of a custom field, with the Java type its values have.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum FieldType {
    /** One line of text: {@link String}. */
    TEXT(String.class, "text"),
    /** Several lines of text: {@link String}. */
    LONG_TEXT(String.class, "long text"),
    /** A whole number: {@link Long} ({@link Integer} is accepted on write and read). */
    INTEGER(Long.class, "a whole number"),
    /** A decimal number with at most the field's scale of decimal places, stored at that scale: {@link BigDecimal}. */
    DECIMAL(BigDecimal.class, "a decimal number"),
    /** An amount with its currency: {@link Money}. */
    MONEY(Money.class, "an amount of money"),
    /** Yes or no: {@link Boolean}. */
    BOOLEAN(Boolean.class, "true or false"),
    /** A calendar date: {@link LocalDate}. */
    DATE(LocalDate.class, "a date"),
    /** An instant, stored to the microsecond like SQL timestamps: {@link Instant}. */
    DATE_TIME(Instant.class, "a date and time"),
    /** One option, stored as its code: {@link String}. */
    SINGLE_CHOICE(String.class, "one option code"),
    /** Any number of options, stored as their codes: a {@link Set} of {@link String}. */
    MULTIPLE_CHOICE(Set.class, "a set of option codes"),
    /** An e-mail address: {@link Email}. */
    EMAIL(Email.class, "an e-mail address"),
    /** A phone number: {@link PhoneNumber}. */
    PHONE(PhoneNumber.class, "a phone number"),
    /** An absolute http(s) URL: {@link URI}. */
    URL(URI.class, "an http(s) URL"),
    /** Another party of the same registry: {@link PartyId}. */
    PARTY_REFERENCE(PartyId.class, "the id of a party in this registry");

    private final Class<?> javaType;
    private final String description;

    FieldType(Class<?> javaType, String description) {
        this.javaType = javaType;
        this.description = description;
    }

    /** @return the Java type of stored values */
    public Class<?> javaType() {
        return javaType;
    }

    /** @return what a value of this type is, for messages, e.g. {@code "a whole number"} */
    public String description() {
        return description;
    }

    /** @return {@code true} for the two choice types */
    public boolean isChoice() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** @return {@code true} for types whose values can be compared for min/max and range searches */
    public boolean isOrdered() {
        return this == INTEGER || this == DECIMAL || this == MONEY || this == DATE || this == DATE_TIME;
    }

    /** @return {@code true} for types whose values have a length that min/max length constrain */
    public boolean isTextual() {
        return this == TEXT || this == LONG_TEXT;
    }
}
