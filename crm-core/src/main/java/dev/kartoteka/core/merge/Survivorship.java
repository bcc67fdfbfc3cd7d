package dev.kartoteka.core.merge;

import dev.kartoteka.core.internal.Mask;
import dev.kartoteka.core.party.PartyId;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a merge picks the value of one field among the parties merged (and how it picks the survivor). Only non-empty
 * values compete: a merge never replaces a value by the absence of one. Every rule that finds nothing to pick falls
 * back to {@link #mostRecent()}. A person's {@code birthDate} and {@code sex} must agree with the {@code pesel} that
 * survives: values that contradict it do not compete, and where every party's value does, the value the PESEL states
 * survives, its decision naming the party whose PESEL survives as the source (a field no party recorded stays empty;
 * a {@link #manual(Object)} value that contradicts the PESEL makes the merge fail validation).
 *
 * <ul>
 *   <li>{@link #mostRecent()}: the value of the party changed last ({@code updatedAt}) among those holding one; at equal
 *       times the survivor's, then the request's order. As the survivor rule: the party changed last.</li>
 *   <li>{@link #mostComplete()}: the longest value (as the audit trail writes it); at equal length as
 *       {@code mostRecent}. As the survivor rule: the party with the most values.</li>
 *   <li>{@link #verified()}: for {@code "contactPoints"} only: of the copies of one contact point (same e-mail, phone,
 *       address, …) the one verified last wins; unverified copies fall back to {@code mostRecent}.</li>
 *   <li>{@link #prefer(PartyId)}: that party's value when it has one. As the survivor rule: that party.</li>
 *   <li>{@link #manual(Object)}: exactly the given value (of the field's Java type, e.g. a {@code Nip} for
 *       {@code "nip"}, a {@code String} for {@code "legalName"}); not for contact points.</li>
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Survivorship {

    /**
     * @return the rule "the value of the party changed last"
     */
    static Survivorship mostRecent() {
        return new MostRecent();
    }

    /**
     * @return the rule "the longest value"
     */
    static Survivorship mostComplete() {
        return new MostComplete();
    }

    /**
     * @return the rule "the copy verified last" (contact points only)
     */
    static Survivorship verified() {
        return new Verified();
    }

    /**
     * @param party the party whose value wins when it has one
     * @return the rule
     * @throws NullPointerException if {@code party} is {@code null}
     */
    static Survivorship prefer(PartyId party) {
        return new Prefer(party);
    }

    /**
     * @param value the value the field gets, of the field's Java type
     * @return the rule
     * @throws NullPointerException if {@code value} is {@code null}
     */
    static Survivorship manual(Object value) {
        return new Manual(value);
    }

    /** The value of the party changed last. */
    record MostRecent() implements Survivorship {
    }

    /** The longest value. */
    record MostComplete() implements Survivorship {
    }

    /** The copy of a contact point verified last. */
    record Verified() implements Survivorship {
    }

    /**
     * The value of one party.
     *
     * @param party the party
     */
    record Prefer(PartyId party) implements Survivorship {
        /**
         * @param party the party
         * @throws NullPointerException if {@code party} is {@code null}
         */
        public Prefer {
            Objects.requireNonNull(party, "party");
        }
    }

    /**
     * A value chosen by a person.
     *
     * @param value the value
     */
    record Manual(Object value) implements Survivorship {
        /**
         * @param value the value
         * @throws NullPointerException if {@code value} is {@code null}
         */
        public Manual {
            Objects.requireNonNull(value, "value");
        }

        /** Shows the value masked: it may be personal data. */
        @Override
        public String toString() {
            return "Manual[value=" + Mask.mask(value) + "]";
        }
    }
}
