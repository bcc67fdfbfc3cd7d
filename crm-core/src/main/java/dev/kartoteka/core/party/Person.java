package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * A natural person: a private client, or somebody who acts for a company as its {@link ContactPerson}.
 *
 * <p>Everything here is personal data: {@code toString()} shows none of it, and Kartoteka never logs it.
 *
 * <pre>{@code
 * Person anna = Person.builder()
 *         .givenNames("Anna Maria")
 *         .familyName("Kowalska-Nowak")
 *         .birthDate(LocalDate.of(1985, 3, 14))
 *         .addContactPoint(PhoneContact.of("601 234 567"))
 *         .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Person extends Party {

    @NotBlank
    @Size(max = 200)
    private final String givenNames;
    @NotBlank
    @Size(max = 200)
    private final String familyName;
    private final Optional<@Past LocalDate> birthDate;
    private final Optional<Sex> sex;
    private final Optional<Pesel> pesel;
    private final Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> profession;
    private final Optional<TimeWindow> preferredContactTime;
    private final Optional<Locale> preferredLanguage;

    private Person(Builder b) {
        super(b);
        this.givenNames = Objects.requireNonNull(b.givenNames, "givenNames");
        this.familyName = Objects.requireNonNull(b.familyName, "familyName");
        this.birthDate = Optional.ofNullable(b.birthDate);
        this.sex = Optional.ofNullable(b.sex);
        this.pesel = Optional.ofNullable(b.pesel);
        this.profession = Optional.ofNullable(b.profession);
        this.preferredContactTime = Optional.ofNullable(b.preferredContactTime);
        this.preferredLanguage = Optional.ofNullable(b.preferredLanguage);
    }

    /**
     * @return a builder for a new person
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
        return PartyKind.PERSON;
    }

    @Override
    public String displayName() {
        return givenNames + " " + familyName;
    }

    @Override
    public List<String> searchableNames() {
        return List.of(givenNames + " " + familyName, familyName + " " + givenNames);
    }

    @Override
    public List<Identifier> identifiers() {
        return Stream.concat(pesel.stream(), contactIdentifiers()).toList();
    }

    /**
     * @return the given name or names, e.g. {@code "Anna Maria"}
     */
    public String givenNames() {
        return givenNames;
    }

    /**
     * @return the family name, e.g. {@code "Kowalska-Nowak"}
     */
    public String familyName() {
        return familyName;
    }

    /**
     * @return the birth date, where known
     */
    public Optional<LocalDate> birthDate() {
        return birthDate;
    }

    /**
     * @return the sex, where known
     */
    public Optional<Sex> sex() {
        return sex;
    }

    /**
     * @return the PESEL, where the user keeps it
     */
    public Optional<Pesel> pesel() {
        return pesel;
    }

    /**
     * @return the profession, e.g. {@code "lekarz"}
     */
    public Optional<String> profession() {
        return profession;
    }

    /**
     * @return the time of day the person prefers to be contacted
     */
    public Optional<TimeWindow> preferredContactTime() {
        return preferredContactTime;
    }

    /**
     * @return the language the person prefers to be addressed in
     */
    public Optional<Locale> preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && sameCommonState(p) && givenNames.equals(p.givenNames)
                && familyName.equals(p.familyName) && birthDate.equals(p.birthDate) && sex.equals(p.sex)
                && pesel.equals(p.pesel) && profession.equals(p.profession)
                && preferredContactTime.equals(p.preferredContactTime) && preferredLanguage.equals(p.preferredLanguage);
    }

    @Override
    public int hashCode() {
        return 31 * commonHash() + Objects.hash(givenNames, familyName, birthDate, sex, pesel, profession,
                preferredContactTime, preferredLanguage);
    }

    /**
     * Builds a {@link Person}. Given names and family name are required.
     *
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public static final class Builder extends Party.Builder<Person, Builder> {

        private String givenNames;
        private String familyName;
        private LocalDate birthDate;
        private Sex sex;
        private Pesel pesel;
        private String profession;
        private TimeWindow preferredContactTime;
        private Locale preferredLanguage;

        private Builder() {
        }

        private Builder(Person p) {
            super(p);
            givenNames = p.givenNames;
            familyName = p.familyName;
            birthDate = p.birthDate.orElse(null);
            sex = p.sex.orElse(null);
            pesel = p.pesel.orElse(null);
            profession = p.profession.orElse(null);
            preferredContactTime = p.preferredContactTime.orElse(null);
            preferredLanguage = p.preferredLanguage.orElse(null);
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Builds the person.
         *
         * @return the person
         * @throws dev.kartoteka.core.ValidationException listing every required field that was not set (given names,
         *     family name)
         */
        @Override
        public Person build() {
            List<dev.kartoteka.core.Violation> missing = new java.util.ArrayList<>();
            if (givenNames == null) {
                missing.add(new dev.kartoteka.core.Violation("givenNames", "null", "given names (required)"));
            }
            if (familyName == null) {
                missing.add(new dev.kartoteka.core.Violation("familyName", "null", "a family name (required)"));
            }
            if (!missing.isEmpty()) {
                throw new dev.kartoteka.core.ValidationException(missing);
            }
            return new Person(this);
        }

        /**
         * @param value the given name or names; required
         * @return this builder
         */
        public Builder givenNames(String value) {
            this.givenNames = Objects.requireNonNull(value, "givenNames");
            return this;
        }

        /**
         * @param value the family name; required
         * @return this builder
         */
        public Builder familyName(String value) {
            this.familyName = Objects.requireNonNull(value, "familyName");
            return this;
        }

        /**
         * @param value the birth date, or {@code null}
         * @return this builder
         */
        public Builder birthDate(LocalDate value) {
            this.birthDate = value;
            return this;
        }

        /**
         * @param value the sex, or {@code null}
         * @return this builder
         */
        public Builder sex(Sex value) {
            this.sex = value;
            return this;
        }

        /**
         * Sets the PESEL. Birth date and sex are not derived automatically; the registry's validation reports a PESEL
         * that contradicts a stated birth date or sex. Use {@link #fromPesel(Pesel)} to set all three.
         *
         * @param value the PESEL, or {@code null}
         * @return this builder
         */
        public Builder pesel(Pesel value) {
            this.pesel = value;
            return this;
        }

        /**
         * Sets the PESEL together with the birth date and sex it encodes.
         *
         * @param value the PESEL
         * @return this builder
         */
        public Builder fromPesel(Pesel value) {
            this.pesel = Objects.requireNonNull(value, "pesel");
            this.birthDate = value.birthDate();
            this.sex = value.sex();
            return this;
        }

        /**
         * @param value the profession, or {@code null}
         * @return this builder
         */
        public Builder profession(String value) {
            this.profession = value;
            return this;
        }

        /**
         * @param value the preferred contact window, or {@code null}
         * @return this builder
         */
        public Builder preferredContactTime(TimeWindow value) {
            this.preferredContactTime = value;
            return this;
        }

        /**
         * @param value the preferred language, or {@code null}
         * @return this builder
         */
        public Builder preferredLanguage(Locale value) {
            this.preferredLanguage = value;
            return this;
        }
    }
}
