package dev.kartoteka.core.spi;

import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.party.PartyId;
import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Where a set of custom-field values is stored: on a party itself, or on one of a company's contact persons.
 *
 * @param partyId the party (for contact persons: the company)
 * @param target what the record is
 * @param contactPersonIndex the index in {@code Company.contactPersons()}, for {@link FieldTarget#CONTACT_PERSON}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CustomFieldLocation(PartyId partyId, FieldTarget target, OptionalInt contactPersonIndex) {

    /**
     * Creates the location.
     *
     * @param partyId the party
     * @param target what the record is
     * @param contactPersonIndex the contact person's index, present exactly for contact persons
     */
    public CustomFieldLocation {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(contactPersonIndex, "contactPersonIndex");
        if ((target == FieldTarget.CONTACT_PERSON) != contactPersonIndex.isPresent()) {
            throw new IllegalArgumentException("a contact person index belongs to CONTACT_PERSON locations only");
        }
    }

    /** @return the property path of the values, e.g. {@code "customFields"} or {@code "contactPersons[1].customFields"} */
    public String path() {
        return contactPersonIndex.isPresent() ? "contactPersons[" + contactPersonIndex.getAsInt() + "].customFields"
                : "customFields";
    }
}
