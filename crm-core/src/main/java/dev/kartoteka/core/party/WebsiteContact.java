package dev.kartoteka.core.party;

import dev.kartoteka.core.ValidationException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A website (a shop, a profile page) as a contact point.
 *
 * @param url an absolute {@code http} or {@code https} URL with a host
 * @param usage how it is used
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WebsiteContact(URI url, @Valid ContactUsage usage) implements ContactPoint {

    /**
     * Creates the record, checking its components.
     *
     * @param url an absolute {@code http} or {@code https} URL with a host
     * @param usage how it is used
     * @throws NullPointerException if an argument is {@code null}
     * @throws ValidationException if the URL is not an absolute http(s) URL with a host
     */
    public WebsiteContact {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(usage, "usage");
        Websites.check("url", url);
    }

    /**
     * Creates a main website contact; {@code "example.pl"} is read as {@code "https://example.pl"}.
     *
     * @param url the address
     * @return the contact point
     * @throws ValidationException if the text is not a website address
     */
    public static WebsiteContact of(String url) {
        return new WebsiteContact(Websites.parse("url", url), ContactUsage.main());
    }

    @Override
    public Kind kind() {
        return Kind.WEBSITE;
    }

    @Override
    public WebsiteContact withUsage(ContactUsage newUsage) {
        return new WebsiteContact(url, newUsage);
    }

    /** Shows the purpose only: a profile URL can identify a person. */
    @Override
    public String toString() {
        return "WebsiteContact[" + usage.purpose() + "]";
    }
}
