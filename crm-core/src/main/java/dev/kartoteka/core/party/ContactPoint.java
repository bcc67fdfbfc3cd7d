package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * One way to reach a party: an {@link EmailContact e-mail}, a {@link PhoneContact phone}, a {@link PostalAddress postal
 * address}, a {@link WebsiteContact website} or a {@link MessengerContact messenger handle}, each with its
 * {@link ContactUsage usage} (purpose, preferred flag, verified-at date, note).
 *
 * <p>Contact points are immutable; the {@code with…} methods return modified copies.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface ContactPoint permits EmailContact, PhoneContact, PostalAddress, WebsiteContact, MessengerContact {

    /** The kinds of contact point. */
    enum Kind {
        /** An {@link EmailContact}. */
        EMAIL,
        /** A {@link PhoneContact}. */
        PHONE,
        /** A {@link PostalAddress}. */
        POSTAL_ADDRESS,
        /** A {@link WebsiteContact}. */
        WEBSITE,
        /** A {@link MessengerContact}. */
        MESSENGER
    }

    /**
     * @return which kind of contact point this is
     */
    Kind kind();

    /**
     * @return how this contact point is used
     */
    ContactUsage usage();

    /**
     * @param usage the new usage
     * @return a copy of this contact point with another usage
     */
    ContactPoint withUsage(ContactUsage usage);

    /**
     * @return what it is for
     */
    default ContactPurpose purpose() {
        return usage().purpose();
    }

    /**
     * @return whether the party prefers being reached this way
     */
    default boolean preferred() {
        return usage().preferred();
    }

    /**
     * @return whether nobody may contact the party through this point, whatever consents say
     */
    default boolean doNotContact() {
        return usage().doNotContact();
    }

    /**
     * @param purpose the purpose
     * @return a copy with another purpose
     */
    default ContactPoint withPurpose(ContactPurpose purpose) {
        return withUsage(usage().withPurpose(purpose));
    }

    /**
     * @return a copy marked as preferred
     */
    default ContactPoint asPreferred() {
        return withUsage(usage().withPreferred(true));
    }
}
