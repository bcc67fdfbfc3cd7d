package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.EMPTY_OR_NON_BLANK;
import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
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
 * <p>A person is known by at least one name: given names, a family name, or both. One may be empty where only the
 * other is known — a newsletter's subscriber who gave only {@code "Anna"}, a shop's customer who gave only
 * {@code "Nowak"} — and the accessors then return {@code ""}.
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

    @Pattern(regexp = EMPTY_OR_NON_BLANK, message = "must be empty (not known) or hold a name, not blanks alone")
    @Size(max = 200)
    private final String givenNames;
    @Pattern(regexp = EMPTY_OR_NON_BLANK, message = "must be empty (not known) or hold a name, not blanks alone")
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
        this.givenNames = b.givenNames == null ? "" : b.givenNames;
        this.familyName = b.familyName == null ? "" : b.familyName;
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
        return givenNames.isEmpty() ? familyName : familyName.isEmpty() ? givenNames : givenNames + " " + familyName;
    }

    @Override
    public List<String> searchableNames() {
        return givenNames.isEmpty() || familyName.isEmpty() ? List.of(displayName())
                : List.of(givenNames + " " + familyName, familyName + " " + givenNames);
    }

    @Override
    public List<Identifier> identifiers() {
        return Stream.concat(pesel.stream(), contactIdentifiers()).toList();
    }

    /**
     * @return the given name or names, e.g. {@code "Anna Maria"}; {@code ""} where only the family name is known
     */
    public String givenNames() {
        return givenNames;
    }

    /**
     * @return the family name, e.g. {@code "Kowalska-Nowak"}; {@code ""} where only the given names are known
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
     * Builds a {@link Person}. At least one name is required: given names, a family name, or both.
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
         * @throws dev.kartoteka.core.ValidationException naming both names where neither was set or both are blank (a
         *     person is known by at least one)
         */
        @Override
        public Person build() {
            if ((givenNames == null || givenNames.isBlank()) && (familyName == null || familyName.isBlank())) {
                String expected = "given names or a family name (at least one is required)";
                throw new dev.kartoteka.core.ValidationException(List.of(
                        new dev.kartoteka.core.Violation("givenNames", givenNames == null ? "null" : "blank", expected),
                        new dev.kartoteka.core.Violation("familyName", familyName == null ? "null" : "blank", expected)));
            }
            return new Person(this);
        }

        /**
         * @param value the given name or names; {@code ""} where only the family name is known
         * @return this builder
         */
        public Builder givenNames(String value) {
            this.givenNames = Objects.requireNonNull(value, "givenNames");
            return this;
        }

        /**
         * @param value the family name; {@code ""} where only the given names are known
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
