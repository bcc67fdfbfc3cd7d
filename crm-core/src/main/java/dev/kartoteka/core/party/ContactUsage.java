package dev.kartoteka.core.party;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a contact point is used: its purpose, whether it is the preferred one, when it was last verified, a note, and
 * whether it must not be used for contacting at all ("do not contact" — it overrides every consent).
 *
 * @param purpose what it is for
 * @param preferred whether the party prefers being reached this way
 * @param verifiedAt when somebody last confirmed it works; empty if never
 * @param note free text, at most 1000 characters
 * @param doNotContact whether nobody may contact the party through this point, whatever consents say
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactUsage(ContactPurpose purpose, boolean preferred, Optional<Instant> verifiedAt,
                           Optional<@Size(max = 1000) String> note, boolean doNotContact) {

    private static final ContactUsage MAIN = new ContactUsage(ContactPurpose.MAIN, false, Optional.empty(), Optional.empty(),
            false);

    /**
     * Creates the record, checking its components.
     *
     * @param purpose what it is for
     * @param preferred whether the party prefers being reached this way
     * @param verifiedAt when somebody last confirmed it works; empty if never
     * @param note free text, at most 1000 characters
     * @param doNotContact whether nobody may contact the party through this point
     * @throws NullPointerException if an argument is {@code null}
     */
    public ContactUsage {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A usage that may be contacted (the form before the do-not-contact flag existed).
     *
     * @param purpose what it is for
     * @param preferred whether preferred
     * @param verifiedAt when last verified
     * @param note the note
     */
    public ContactUsage(ContactPurpose purpose, boolean preferred, Optional<Instant> verifiedAt, Optional<String> note) {
        this(purpose, preferred, verifiedAt, note, false);
    }

    /**
     * @param value whether nobody may contact the party through this point
     * @return this usage with the do-not-contact flag set or cleared
     */
    public ContactUsage withDoNotContact(boolean value) {
        return new ContactUsage(purpose, preferred, verifiedAt, note, value);
    }

    /**
     * @return main purpose, not preferred, never verified, no note
     */
    public static ContactUsage main() {
        return MAIN;
    }

    /**
     * @param purpose the purpose
     * @return a usage with that purpose, not preferred, never verified, no note
     */
    public static ContactUsage of(ContactPurpose purpose) {
        return new ContactUsage(purpose, false, Optional.empty(), Optional.empty(), false);
    }

    /**
     * @param newPurpose the new purpose
     * @return this usage with another purpose
     */
    public ContactUsage withPurpose(ContactPurpose newPurpose) {
        return new ContactUsage(newPurpose, preferred, verifiedAt, note, doNotContact);
    }

    /**
     * @param newPreferred the new preferred
     * @return this usage marked preferred or not
     */
    public ContactUsage withPreferred(boolean newPreferred) {
        return new ContactUsage(purpose, newPreferred, verifiedAt, note, doNotContact);
    }

    /**
     * @param at the at
     * @return this usage verified at the given instant
     */
    public ContactUsage withVerifiedAt(Instant at) {
        return new ContactUsage(purpose, preferred, Optional.of(at), note, doNotContact);
    }

    /**
     * @param text the text
     * @return this usage with a note
     */
    public ContactUsage withNote(String text) {
        return new ContactUsage(purpose, preferred, verifiedAt, Optional.of(text), doNotContact);
    }

    /** Shows purpose and flags only: the note may hold personal data. */
    @Override
    public String toString() {
        return "ContactUsage[" + purpose + (preferred ? ", preferred" : "") + (verifiedAt.isPresent() ? ", verified" : "")
                + note.map(n -> ", note of " + n.length() + " chars").orElse("") + (doNotContact ? ", do not contact" : "") + "]";
    }
}
