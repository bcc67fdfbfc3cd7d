package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Regon;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A business: a company, a partnership, a sole proprietorship, a foundation — anything with a legal name.
 *
 * <pre>{@code
 * Company acme = Company.builder()
 *         .legalName("Acme Polska")
 *         .legalForm(LegalForm.LIMITED_LIABILITY_COMPANY)
 *         .nip(Nip.parse("PL 526-104-08-28"))
 *         .addContactPoint(EmailContact.of("biuro@acme.pl"))
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Company extends Party {

    @NotBlank
    @Size(max = 300)
    private final String legalName;
    private final Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 100) String> shortName;
    private final Optional<LegalForm> legalForm;
    private final Optional<Nip> nip;
    private final Optional<EuVatNumber> euVatNumber;
    private final Optional<ForeignTaxNumber> foreignTaxNumber;
    private final Optional<Regon> regon;
    private final Optional<Krs> krs;
    private final Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> industry;
    private final Optional<URI> website;
    private final Optional<WorkingHours> workingHours;
    private final Optional<EmployeeCountBand> employeeCountBand;
    private final List<@Valid ContactPerson> contactPersons;

    private Company(Builder b) {
        super(b);
        this.legalName = Objects.requireNonNull(b.legalName, "legalName");
        this.shortName = Optional.ofNullable(b.shortName);
        this.legalForm = Optional.ofNullable(b.legalForm);
        this.nip = Optional.ofNullable(b.nip);
        this.euVatNumber = Optional.ofNullable(b.euVatNumber);
        this.foreignTaxNumber = Optional.ofNullable(b.foreignTaxNumber);
        this.regon = Optional.ofNullable(b.regon);
        this.krs = Optional.ofNullable(b.krs);
        this.industry = Optional.ofNullable(b.industry);
        this.website = Optional.ofNullable(b.website);
        this.workingHours = Optional.ofNullable(b.workingHours);
        this.employeeCountBand = Optional.ofNullable(b.employeeCountBand);
        this.contactPersons = List.copyOf(b.contactPersons);
    }

    /**
     * @return a builder for a new company
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public PartyKind kind() {
        return PartyKind.COMPANY;
    }

    @Override
    public String displayName() {
        return shortName.orElse(legalName);
    }

    @Override
    public List<String> searchableNames() {
        return shortName.map(s -> List.of(legalName, s)).orElse(List.of(legalName));
    }

    @Override
    public List<Identifier> identifiers() {
        return Stream.concat(Stream.of(nip, regon, krs, euVatNumber, foreignTaxNumber).flatMap(Optional::stream), contactIdentifiers())
                .toList();
    }

    /**
     * @return the registered name without the legal form, e.g. {@code "Acme Polska"}
     */
    public String legalName() {
        return legalName;
    }

    /**
     * @return the name used day to day, e.g. {@code "Acme"}
     */
    public Optional<String> shortName() {
        return shortName;
    }

    /**
     * @return the legal form
     */
    public Optional<LegalForm> legalForm() {
        return legalForm;
    }

    /**
     * @return the Polish tax identification number
     */
    public Optional<Nip> nip() {
        return nip;
    }

    /**
     * @return the EU VAT number (for foreign companies, or the PL-prefixed NIP)
     */
    public Optional<EuVatNumber> euVatNumber() {
        return euVatNumber;
    }

    /**
     * @return the tax number of a company outside the EU (a British VAT number, a Ukrainian EDRPOU code)
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Optional<ForeignTaxNumber> foreignTaxNumber() {
        return foreignTaxNumber;
    }

    /**
     * @return the statistical number
     */
    public Optional<Regon> regon() {
        return regon;
    }

    /**
     * @return the National Court Register number
     */
    public Optional<Krs> krs() {
        return krs;
    }

    /**
     * @return the industry, e.g. {@code "logistyka"} or a PKD code
     */
    public Optional<String> industry() {
        return industry;
    }

    /**
     * @return the company's main website
     */
    public Optional<URI> website() {
        return website;
    }

    /**
     * @return when the company can be reached
     */
    public Optional<WorkingHours> workingHours() {
        return workingHours;
    }

    /**
     * @return how many people it employs
     */
    public Optional<EmployeeCountBand> employeeCountBand() {
        return employeeCountBand;
    }

    /**
     * @return every contact person relationship, current and ended
     */
    public List<ContactPerson> contactPersons() {
        return contactPersons;
    }

    /**
     * Returns the contact persons acting for the company on a day.
     *
     * @param day the day
     * @return the relationships active on {@code day}, primary first
     */
    public List<ContactPerson> contactPersonsOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return contactPersons.stream().filter(c -> c.isActiveOn(day))
                .sorted((a, b) -> Boolean.compare(b.primary(), a.primary())).toList();
    }

    /**
     * Returns the primary contact person on a day.
     *
     * @param day the day
     * @return the primary relationship active on {@code day}, if any
     */
    public Optional<ContactPerson> primaryContactPerson(LocalDate day) {
        return contactPersonsOn(day).stream().filter(ContactPerson::primary).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Company c && sameCommonState(c) && legalName.equals(c.legalName)
                && shortName.equals(c.shortName) && legalForm.equals(c.legalForm) && nip.equals(c.nip)
                && euVatNumber.equals(c.euVatNumber) && foreignTaxNumber.equals(c.foreignTaxNumber)
                && regon.equals(c.regon) && krs.equals(c.krs)
                && industry.equals(c.industry) && website.equals(c.website) && workingHours.equals(c.workingHours)
                && employeeCountBand.equals(c.employeeCountBand) && contactPersons.equals(c.contactPersons);
    }

    @Override
    public int hashCode() {
        return 31 * commonHash() + Objects.hash(legalName, shortName, legalForm, nip, euVatNumber, foreignTaxNumber,
                regon, krs, industry, website, workingHours, employeeCountBand, contactPersons);
    }

    /**
     * Builds a {@link Company}. Only the legal name is required.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder extends Party.Builder<Company, Builder> {

        private String legalName;
        private String shortName;
        private LegalForm legalForm;
        private Nip nip;
        private EuVatNumber euVatNumber;
        private ForeignTaxNumber foreignTaxNumber;
        private Regon regon;
        private Krs krs;
        private String industry;
        private URI website;
        private WorkingHours workingHours;
        private EmployeeCountBand employeeCountBand;
        private final List<ContactPerson> contactPersons = new ArrayList<>();

        private Builder() {
        }

        private Builder(Company c) {
            super(c);
            legalName = c.legalName;
            shortName = c.shortName.orElse(null);
            legalForm = c.legalForm.orElse(null);
            nip = c.nip.orElse(null);
            euVatNumber = c.euVatNumber.orElse(null);
            foreignTaxNumber = c.foreignTaxNumber.orElse(null);
            regon = c.regon.orElse(null);
            krs = c.krs.orElse(null);
            industry = c.industry.orElse(null);
            website = c.website.orElse(null);
            workingHours = c.workingHours.orElse(null);
            employeeCountBand = c.employeeCountBand.orElse(null);
            contactPersons.addAll(c.contactPersons);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Builds the company.
         *
         * @return the company
         * @throws dev.kartoteka.core.ValidationException if no legal name was set
         */
        @Override
        public Company build() {
            if (legalName == null) {
                throw new dev.kartoteka.core.ValidationException(List.of(
                        new dev.kartoteka.core.Violation("legalName", "null", "a legal name (required)")));
            }
            return new Company(this);
        }

        /**
         * @param value the registered name, without legal form; required
         * @return this builder
         */
        public Builder legalName(String value) {
            this.legalName = Objects.requireNonNull(value, "legalName");
            return this;
        }

        /**
         * @param value the everyday name, or {@code null}
         * @return this builder
         */
        public Builder shortName(String value) {
            this.shortName = value;
            return this;
        }

        /**
         * @param value the legal form, or {@code null}
         * @return this builder
         */
        public Builder legalForm(LegalForm value) {
            this.legalForm = value;
            return this;
        }

        /**
         * @param value the NIP, or {@code null}
         * @return this builder
         */
        public Builder nip(Nip value) {
            this.nip = value;
            return this;
        }

        /**
         * @param value the EU VAT number, or {@code null}
         * @return this builder
         */
        public Builder euVatNumber(EuVatNumber value) {
            this.euVatNumber = value;
            return this;
        }

        /**
         * @param value the tax number of a company outside the EU, or {@code null}
         * @return this builder
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public Builder foreignTaxNumber(ForeignTaxNumber value) {
            this.foreignTaxNumber = value;
            return this;
        }

        /**
         * @param value the REGON, or {@code null}
         * @return this builder
         */
        public Builder regon(Regon value) {
            this.regon = value;
            return this;
        }

        /**
         * @param value the KRS number, or {@code null}
         * @return this builder
         */
        public Builder krs(Krs value) {
            this.krs = value;
            return this;
        }

        /**
         * @param value the industry, or {@code null}
         * @return this builder
         */
        public Builder industry(String value) {
            this.industry = value;
            return this;
        }

        /**
         * @param value the website, or {@code null}
         * @return this builder
         */
        public Builder website(URI value) {
            if (value != null) {
                Websites.check("website", value);
            }
            this.website = value;
            return this;
        }

        /**
         * @param value the website, e.g. {@code "acme.pl"} (read as {@code https://acme.pl}), or {@code null}
         * @return this builder
         * @throws dev.kartoteka.core.ValidationException if the text is not a website address
         */
        public Builder website(String value) {
            this.website = value == null ? null : Websites.parse("website", value);
            return this;
        }

        /**
         * @param value the working hours, or {@code null}
         * @return this builder
         */
        public Builder workingHours(WorkingHours value) {
            this.workingHours = value;
            return this;
        }

        /**
         * @param value the head-count band, or {@code null}
         * @return this builder
         */
        public Builder employeeCountBand(EmployeeCountBand value) {
            this.employeeCountBand = value;
            return this;
        }

        /**
         * @param value a contact person relationship to add
         * @return this builder
         */
        public Builder addContactPerson(ContactPerson value) {
            contactPersons.add(Objects.requireNonNull(value, "contactPerson"));
            return this;
        }

        /**
         * @param values the contact person relationships, replacing all
         * @return this builder
         */
        public Builder contactPersons(Collection<ContactPerson> values) {
            Objects.requireNonNull(values, "contactPersons");
            values.forEach(v -> Objects.requireNonNull(v, "contactPersons element"));
            contactPersons.clear();
            contactPersons.addAll(values);
            return this;
        }
    }
}
