package dev.kartoteka.core.party;

import dev.kartoteka.core.identifier.PhoneNumber;
import jakarta.validation.Valid;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A phone number as a contact point.
 *
 * @param phone the number
 * @param usage how it is used
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PhoneContact(PhoneNumber phone, @Valid ContactUsage usage) implements ContactPoint {

    /**
     * Creates the record, checking its components.
     *
     * @param phone the number
     * @param usage how it is used
     * @throws NullPointerException if an argument is {@code null}
     */
    public PhoneContact {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Creates a main phone contact, reading numbers without a country code as Polish.
     *
     * @param number the number, e.g. {@code "601 234 567"} or {@code "+49 30 1234567"}
     * @return the contact point
     * @throws dev.kartoteka.core.ValidationException if the text is not a valid phone number
     */
    public static PhoneContact of(String number) {
        return new PhoneContact(PhoneNumber.parse(number), ContactUsage.main());
    }

    /**
     * Creates a main phone contact, reading numbers without a country code as numbers of {@code defaultRegion}.
     *
     * @param number the number, e.g. {@code "030 1234567"}
     * @param defaultRegion ISO 3166-1 alpha-2 region for numbers written without a country code, e.g. {@code "DE"}
     * @return the contact point
     * @throws dev.kartoteka.core.ValidationException if the text is not a valid phone number
     * @throws IllegalArgumentException if the region is unknown
     */
    public static PhoneContact of(String number, String defaultRegion) {
        return new PhoneContact(PhoneNumber.parse(number, defaultRegion), ContactUsage.main());
    }

    @Override
    public Kind kind() {
        return Kind.PHONE;
    }

    @Override
    public PhoneContact withUsage(ContactUsage newUsage) {
        return new PhoneContact(phone, newUsage);
    }

    @Override
    public String toString() {
        return "PhoneContact[" + phone + ", " + usage.purpose() + "]";
    }
}
