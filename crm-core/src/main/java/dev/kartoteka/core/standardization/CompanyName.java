package dev.kartoteka.core.standardization;

import dev.kartoteka.core.party.LegalForm;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A company name split into the name proper and the legal form it ended with: {@code "Acme Polska Spółka z
 * ograniczoną odpowiedzialnością"} is the name {@code "Acme Polska"} and the form
 * {@link LegalForm#LIMITED_LIABILITY_COMPANY}, written {@code "Acme Polska sp. z o.o."} ({@link #toString()}).
 *
 * @param name the name without the legal form
 * @param legalForm the legal form, if the name ended with one
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CompanyName(String name, Optional<LegalForm> legalForm) {

    /**
     * Creates the name.
     *
     * @param name the name without the legal form
     * @param legalForm the legal form
     * @throws NullPointerException if an argument is {@code null}
     */
    public CompanyName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(legalForm, "legalForm");
    }

    /** @return the name followed by the legal form's canonical abbreviation, e.g. {@code "Acme Polska sp. z o.o."} */
    @Override
    public String toString() {
        return legalForm.filter(f -> !f.abbreviation().isEmpty()).map(f -> name + " " + f.abbreviation())
                .orElse(name);
    }
}
