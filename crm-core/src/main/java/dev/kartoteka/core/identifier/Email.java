package dev.kartoteka.core.identifier;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.internal.Mask;
import java.net.IDN;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address, checked against a pragmatic subset of RFC 5321/5322 that real mailboxes use.
 *
 * <ul>
 *   <li>exactly one {@code @};</li>
 *   <li>a local part of 1 to 64 characters: ASCII letters, digits and {@code !#$%&'*+-/=?^_`{|}~} (RFC 5322
 *       {@code atext}), plus dots that are not first, last or doubled; quoted local parts and comments are not
 *       accepted;</li>
 *   <li>a domain of at least two dot-separated labels, each 1 to 63 letters, digits or hyphens, not starting or ending
 *       with a hyphen; internationalised domain names are accepted and checked in their ASCII (punycode) form; IP
 *       literals are not accepted;</li>
 *   <li>at most 254 characters in all, counting the domain in its ASCII form.</li>
 * </ul>
 *
 * <p>Canonical form: the local part as written (mailbox names may be case-sensitive), the domain in lower case and in
 * Unicode ({@code Jan.Kowalski@Bücher.Example} and {@code Jan.Kowalski@xn--bcher-kva.example} both become
 * {@code Jan.Kowalski@bücher.example}). Whether the mailbox exists is not checked.
 *
 * <p>An e-mail address is personal data: {@link #toString()} and error messages show it masked.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Email implements Identifier {

    static final String FIELD = "email";
    static final String EXPECTED = "an e-mail address local@domain.tld: a local part of 1 to 64 letters, digits,"
            + " !#$%&'*+-/=?^_`{|}~ and single inner dots, a domain of dot-separated labels of letters, digits and"
            + " inner hyphens, at most 254 characters";

    private static final int MAX_LOCAL = 64;
    private static final int MAX_TOTAL = 254;
    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private final String localPart;
    private final String domain;

    private Email(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    /**
     * Creates an e-mail address from text. Leading and trailing whitespace is removed; the domain is lower-cased and
     * converted to Unicode; the local part is kept as written.
     *
     * @param text the address, e.g. {@code "Jan.Kowalski@Example.PL"}
     * @return the address, e.g. {@code Jan.Kowalski@example.pl}
     * @throws NullPointerException if {@code text} is {@code null}
     * @throws ValidationException if {@code text} is blank or not an address of the accepted syntax; the message shows
     *         the value masked
     */
    public static Email of(String text) {
        Objects.requireNonNull(text, "text");
        return canonical(text).orElseThrow(() -> ValidationException.of(FIELD, text, EXPECTED));
    }

    /**
     * Tells whether {@link #of(String)} would accept {@code text}.
     *
     * @param text the address
     * @return {@code true} if it is an address of the accepted syntax
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static boolean isValid(String text) {
        Objects.requireNonNull(text, "text");
        return canonical(text).isPresent();
    }

    private static Optional<Email> canonical(String text) {
        String trimmed = text.strip();
        int at = trimmed.indexOf('@');
        if (at < 0 || at != trimmed.lastIndexOf('@')) {
            return Optional.empty();
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        if (local.length() > MAX_LOCAL || !LOCAL_PART.matcher(local).matches()) {
            return Optional.empty();
        }
        return asciiDomain(domain)
                .filter(ascii -> local.length() + 1 + ascii.length() <= MAX_TOTAL)
                .map(ascii -> new Email(local, IDN.toUnicode(ascii).toLowerCase(Locale.ROOT)));
    }

    /** The ASCII (punycode) form of {@code domain} if it is a well-formed host name of two labels or more. */
    private static Optional<String> asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /**
     * Returns {@link IdentifierType#EMAIL}.
     *
     * @return {@link IdentifierType#EMAIL}
     */
    @Override
    public IdentifierType type() {
        return IdentifierType.EMAIL;
    }

    /**
     * Returns the canonical form {@code localPart@domain}. This is personal data; do not log it.
     *
     * @return the address
     */
    @Override
    public String value() {
        return localPart + '@' + domain;
    }

    /**
     * Returns the part before the {@code @}, as written.
     *
     * @return the local part
     */
    public String localPart() {
        return localPart;
    }

    /**
     * Returns the part after the {@code @}, in lower case and Unicode, e.g. {@code "bücher.example"}.
     *
     * @return the domain
     */
    public String domain() {
        return domain;
    }

    /**
     * Compares the canonical values (local part case-sensitively, domain in lower case).
     *
     * @param o another object
     * @return {@code true} if {@code o} is the same address
     */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Email other && localPart.equals(other.localPart) && domain.equals(other.domain);
    }

    /**
     * Returns a hash of the canonical value.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(localPart, domain);
    }

    /**
     * Returns the address masked, since it is personal data, e.g. {@code "j*************l"}.
     *
     * @return the masked address
     */
    @Override
    public String toString() {
        return Mask.mask(value());
    }
}
