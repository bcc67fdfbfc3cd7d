package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The campaign tracking parameters a lead arrived with ({@code utm_source}, {@code utm_medium}, …).
 *
 * @param source {@code utm_source}, e.g. {@code "newsletter"}
 * @param medium {@code utm_medium}, e.g. {@code "email"}
 * @param campaign {@code utm_campaign}, e.g. {@code "spring-2026"}
 * @param term {@code utm_term}
 * @param content {@code utm_content}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record UtmParameters(@NotBlank @Size(max = 200) String source,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> medium,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> campaign,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> term,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> content) {

    /**
     * Creates the record, checking its components.
     *
     * @param source {@code utm_source}, e.g. {@code "newsletter"}
     * @param medium {@code utm_medium}, e.g. {@code "email"}
     * @param campaign {@code utm_campaign}, e.g. {@code "spring-2026"}
     * @param term {@code utm_term}
     * @param content {@code utm_content}
     * @throws NullPointerException if an argument is {@code null}
     */
    public UtmParameters {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(medium, "medium");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(content, "content");
    }

    /**
     * The usual three parameters.
     *
     * @param source {@code utm_source}
     * @param medium {@code utm_medium}
     * @param campaign {@code utm_campaign}
     * @return the parameters, without term and content
     */
    public static UtmParameters of(String source, String medium, String campaign) {
        return new UtmParameters(source, Optional.of(medium), Optional.of(campaign), Optional.empty(), Optional.empty());
    }
}
