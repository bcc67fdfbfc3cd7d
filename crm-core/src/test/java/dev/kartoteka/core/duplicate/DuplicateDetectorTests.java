package dev.kartoteka.core.duplicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.ExampleParties;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateDetectorTests {

    private static final DuplicateDetector DETECTOR = DuplicateDetector.defaults();
    private static final LocalDate BIRTH = LocalDate.of(1985, 3, 14);

    private static Person.Builder anna() {
        return ExampleParties.person("Anna", "Wiśniewska");
    }

    @Test
    void equalPeselsMatchWhateverTheNamesSay() {
        Pesel pesel = Pesel.of(BIRTH, Sex.FEMALE, 12);
        MatchResult r = DETECTOR.compare(anna().fromPesel(pesel).build(),
                ExampleParties.person("Zofia", "Kowalczyk").fromPesel(pesel).build());

        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.decidedBy()).contains(MatchField.PESEL);
    }

    @Test
    void equalNipsMatchCompaniesWrittenDifferently() {
        MatchResult r = DETECTOR.compare(ExampleParties.company("Budex Sp. z o.o.").nip(ExampleParties.nip(7)).build(),
                ExampleParties.company("Przedsiębiorstwo Budowlane BUDEX").nip(ExampleParties.nip(7)).build());

        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.decidedBy()).contains(MatchField.NIP);
    }

    @Test
    void differentPeselsWithTheSameNameAndBirthDateAreNotAMatch() {
        Person a = anna().fromPesel(Pesel.of(BIRTH, Sex.FEMALE, 12)).build();
        Person b = anna().fromPesel(Pesel.of(BIRTH, Sex.FEMALE, 13)).build();

        MatchResult r = DETECTOR.compare(a, b);

        assertThat(r.outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(r.decidedBy()).isEmpty();
    }

    @Test
    void aDecisiveIdentifierThatDisagreesKeepsAnOtherwisePerfectPairForReview() {
        Person a = anna().fromPesel(Pesel.of(BIRTH, Sex.FEMALE, 12)).addContactPoint(EmailContact.of("anna@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567")).build();
        Person b = anna().fromPesel(Pesel.of(BIRTH, Sex.FEMALE, 13)).addContactPoint(EmailContact.of("anna@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567")).build();

        MatchResult r = DETECTOR.compare(a, b);

        assertThat(r.score()).isGreaterThanOrEqualTo(0.6);
        assertThat(r.outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
    }

    @Test
    void aPeselWithTwoNeighbouringDigitsSwappedNeitherDecidesNorRulesOut() {
        // both valid: the check digit does not catch this swap
        Pesel pesel = Pesel.parse("82062223829");
        Pesel swapped = Pesel.parse("82062228329");
        Pesel other = Pesel.parse("82062223836");
        Person a = anna().fromPesel(pesel).addContactPoint(PhoneContact.of("601 234 567")).build();
        Person b = anna().fromPesel(swapped).addContactPoint(PhoneContact.of("601 234 567")).build();
        Person c = anna().fromPesel(other).addContactPoint(PhoneContact.of("601 234 567")).build();
        Person namesake = anna().fromPesel(swapped).build();

        MatchResult typo = DETECTOR.compare(a, b);

        assertThat(typo.outcome()).as("scored on name, birth date and phone").isEqualTo(MatchOutcome.MATCH);
        assertThat(typo.decidedBy()).isEmpty();
        assertThat(DETECTOR.compare(b, a).score()).isEqualTo(typo.score());
        assertThat(DETECTOR.compare(a, c).outcome()).as("another PESEL").isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(a, namesake).outcome()).as("name and birth date alone")
                .isEqualTo(MatchOutcome.MATCH);
        // a swap of the sex digit and the check digit gives a PESEL of the other sex: twins, not a typo
        Person brother = ExampleParties.person("Daniel", "Nowak").fromPesel(Pesel.parse("82062200127"))
                .addContactPoint(PhoneContact.of("601 234 567")).build();
        Person sister = ExampleParties.person("Daniela", "Nowak").fromPesel(Pesel.parse("82062200172"))
                .addContactPoint(PhoneContact.of("601 234 567")).build();
        assertThat(DETECTOR.compare(brother, sister).outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aSpaceTypedIntoANameIsATypo() {
        Person a = ExampleParties.person("Zbigniew", "Sta churski").birthDate(BIRTH).build();
        Person b = ExampleParties.person("Zbigniew", "Stachurski").birthDate(BIRTH).build();
        Person c = ExampleParties.person("Annamaria", "Stachurska").birthDate(BIRTH).build();
        Person d = ExampleParties.person("Anna Maria", "Stachurska").birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(c, d).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(b, a).score()).isEqualTo(DETECTOR.compare(a, b).score());
        Person paulina = ExampleParties.person("Paulina", "Burzyńska").birthDate(BIRTH).build();
        Person paulIna = ExampleParties.person("Paul ina", "Burzyńska").birthDate(BIRTH).build();
        assertThat(DETECTOR.compare(paulina, paulIna).outcome()).as("not Paul and Paulina")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @ParameterizedTest
    @CsvSource({"Mateusz 8orek, Mateusz Borek", "Zofia Banach, 2ofia Banach", "Leon R0JEK, Leon Rojek",
        "Evva Nowakowska, Ewa Nowakowska", "O1a Lewandowska, Ola Lewandowska"})
    void digitsAndLookAlikesTypedOrScannedIntoANameAreTheLettersTheyResemble(String one, String other) {
        String[] x = one.split(" ");
        String[] y = other.split(" ");
        Person a = ExampleParties.person(x[0], x[1]).birthDate(BIRTH).build();
        Person b = ExampleParties.person(y[0], y[1]).birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.index(List.of(a)).candidates(b)).as("found by the blocking keys").containsExactly(a.id());
    }

    @Test
    void aWomanAndAManAreReviewedAtMostHoweverMuchElseTheyShare() {
        PostalAddress home = PostalAddress.polish("ul. Długa", "155b", "93-400", "Łasin");
        Person sister = ExampleParties.person("Elżbieta", "Kaczmarska").sex(Sex.FEMALE).birthDate(BIRTH)
                .addContactPoint(PhoneContact.of("42 504 91 58")).addContactPoint(home).build();
        Person brother = ExampleParties.person("Roman Tomasz", "Kaczmarski").sex(Sex.MALE).birthDate(BIRTH)
                .addContactPoint(PhoneContact.of("42 504 91 58")).addContactPoint(home).build();
        Person brotherUnrecorded = ExampleParties.person("Roman Tomasz", "Kaczmarski").birthDate(BIRTH)
                .addContactPoint(PhoneContact.of("42 504 91 58")).addContactPoint(home).build();
        Person brotherByPesel = ExampleParties.person("Roman Tomasz", "Kaczmarski")
                .fromPesel(Pesel.of(BIRTH, Sex.MALE, 7)).addContactPoint(PhoneContact.of("42 504 91 58"))
                .addContactPoint(home).build();

        assertThat(DETECTOR.compare(sister, brother).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(brother, sister).score()).isEqualTo(DETECTOR.compare(sister, brother).score());
        assertThat(DETECTOR.compare(sister, brotherByPesel).outcome()).as("the sex a PESEL states")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(sister, brotherUnrecorded).outcome()).as("no sex recorded: as the names tell")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        Person unknownName = ExampleParties.person("Alex", "Kaczmarski").birthDate(BIRTH)
                .addContactPoint(PhoneContact.of("42 504 91 58")).addContactPoint(home).build();
        assertThat(DETECTOR.compare(sister, unknownName).outcome()).as("a name that tells no sex: the fields decide")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void namesakesInFlatsOfOneBuildingAreReviewedAtMostUnlessSomethingPersonalAgrees() {
        PostalAddress flat44 = PostalAddress.polish("ul. Adama Mickiewicza", "3", "31-531", "Kraków").withUnit("44");
        PostalAddress flat63 = PostalAddress.polish("ul. Mickiewicza", "3", "31-531", "Kraków").withUnit("63");
        PostalAddress noFlat = PostalAddress.polish("ul. Mickiewicza", "3", "31-531", "Kraków");
        Person upstairs = ExampleParties.person("Grzegorz", "Woźniak").addContactPoint(EmailContact.of(
                "grzegorz_wozniak@gmail.com")).addContactPoint(flat44).build();
        Person downstairs = ExampleParties.person("Grzegorz", "Woźniak").addContactPoint(EmailContact.of(
                "grzegorz677@icloud.com")).addContactPoint(PhoneContact.of("661 185 656")).addContactPoint(flat63)
                .build();
        Person flatUnknown = ExampleParties.person("Grzegorz", "Woźniak").addContactPoint(noFlat).build();
        Person sameFlat = ExampleParties.person("Grzegorz", "Woźniak").addContactPoint(EmailContact.of(
                "g.wozniak@wp.pl")).addContactPoint(PostalAddress.polish("Mickiewicza", "3", "31531", "KRAKÓW")
                .withUnit("44")).build();

        assertThat(DETECTOR.compare(upstairs, downstairs).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(downstairs, upstairs).score()).isEqualTo(DETECTOR.compare(upstairs, downstairs)
                .score());
        assertThat(DETECTOR.compare(upstairs, sameFlat).outcome()).as("one flat").isEqualTo(MatchOutcome.MATCH);
        Person sameFlatMarked = ExampleParties.person("Grzegorz", "Woźniak").addContactPoint(EmailContact.of(
                "g.wozniak@o2.pl")).addContactPoint(flat44.withUnit("lok. 44")).build();
        assertThat(DETECTOR.compare(upstairs, sameFlatMarked).outcome()).as("lok. 44 is flat 44")
                .isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(upstairs, flatUnknown).outcome()).as("a flat not known tells nothing")
                .isEqualTo(MatchOutcome.MATCH);
        Person movedUpstairs = ExampleParties.person("Grzegorz", "Woźniak").birthDate(BIRTH)
                .addContactPoint(flat44).build();
        Person bornSameDay = ExampleParties.person("Grzegorz", "Woźniak").birthDate(BIRTH)
                .addContactPoint(flat63).build();
        assertThat(DETECTOR.compare(movedUpstairs, bornSameDay).outcome()).as("one birth date: moved within the block")
                .isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.scan(List.of(upstairs, downstairs, flatUnknown), dev.kartoteka.core.registry.Progress.NONE)
                .clusters()).as("a record without its flat does not join the neighbours through it")
                .noneSatisfy(c -> assertThat(c).contains(upstairs.id(), downstairs.id()));
    }

    @Test
    void aCoupleSharingAMailboxAPhoneAndAHomeIsReviewedAtMostAsTheirGivenNamesTell() {
        PostalAddress home = PostalAddress.polish("ul. Poznańska", "20", "87-100", "Toruń");
        Person husband = ExampleParties.person("Andrzej", "Grabowski").addContactPoint(EmailContact.of(
                "grabowscy@gazeta.pl")).addContactPoint(PhoneContact.of("56 761 32 83")).addContactPoint(home).build();
        Person wife = ExampleParties.person("Elżbieta", "Grabowska").addContactPoint(EmailContact.of(
                "grabowscy@gazeta.pl")).addContactPoint(PhoneContact.of("56 761 32 83")).addContactPoint(home).build();
        Person kasia = ExampleParties.person("Kasia", "Grabowska").addContactPoint(EmailContact.of(
                "grabowscy@gazeta.pl")).addContactPoint(PhoneContact.of("56 761 32 83")).addContactPoint(home).build();
        Person katarzyna = ExampleParties.person("Katarzyna", "Grabowska").addContactPoint(EmailContact.of(
                "grabowscy@gazeta.pl")).addContactPoint(PhoneContact.of("56 761 32 83")).addContactPoint(home).build();

        assertThat(DETECTOR.compare(husband, wife).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(wife, husband).score()).isEqualTo(DETECTOR.compare(husband, wife).score());
        assertThat(DETECTOR.compare(husband, kasia).outcome()).as("an everyday form tells it too")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(kasia, katarzyna).outcome()).isEqualTo(MatchOutcome.MATCH);
        DuplicateDetector peselDecides = DuplicateDetector.defaults();
        Pesel one = Pesel.of(BIRTH, Sex.MALE, 7);
        Person a = ExampleParties.person("Andrzej", "Grabowski").pesel(one).build();
        Person b = ExampleParties.person("Elżbieta", "Grabowski").pesel(one).build();
        assertThat(peselDecides.compare(a, b).outcome()).as("one PESEL decides, whatever the name says")
                .isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.scan(List.of(husband, wife), dev.kartoteka.core.registry.Progress.NONE).clusters())
                .isEmpty();
        Person andrea = ExampleParties.person("Andrea", "Rossi").sex(Sex.MALE).addContactPoint(EmailContact.of(
                "andrea.rossi@example.it")).addContactPoint(PhoneContact.of("601 234 567")).build();
        Person andreaUnrecorded = ExampleParties.person("Andrea", "Rossi").addContactPoint(EmailContact.of(
                "andrea.rossi@example.it")).addContactPoint(PhoneContact.of("601 234 567")).build();
        assertThat(DETECTOR.compare(andrea, andreaUnrecorded).outcome()).as("one first name tells no two sexes")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void namesakesWithDifferentBirthDatesDoNotMatch() {
        MatchResult r = DETECTOR.compare(anna().birthDate(BIRTH).build(), anna().birthDate(BIRTH.plusYears(30)).build());

        assertThat(r.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
    }

    @Test
    void aTypoMissingDiacriticsAndSwappedNamesStillMatchWithTheSameBirthDate() {
        Person a = anna().birthDate(BIRTH).build();
        Person b = ExampleParties.person("WISNIEWKSA", "Anna").birthDate(BIRTH).build();

        MatchResult r = DETECTOR.compare(a, b);

        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.score()).isGreaterThan(0.9).isLessThan(1.0);
    }

    @Test
    void aMissingValueIsSkippedAndDoesNotLowerTheScore() {
        Person full = anna().birthDate(BIRTH).addContactPoint(EmailContact.of("anna.w@example.pl"))
                .addContactPoint(PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź")).build();
        Person sparse = anna().birthDate(BIRTH).addContactPoint(EmailContact.of("Anna.W@example.pl")).build();

        MatchResult r = DETECTOR.compare(full, sparse);

        assertThat(r.score()).isEqualTo(1.0);
        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.explanation()).filteredOn(c -> c.field() == MatchField.CITY).singleElement()
                .satisfies(c -> {
                    assertThat(c.compared()).isFalse();
                    assertThat(c.left()).contains("lodz");
                    assertThat(c.right()).isEmpty();
                    assertThat(c.contribution()).isZero();
                });
    }

    @Test
    void aPersonKnownByOneNameMatchesOnASharedEMailButNotOnTheNameAlone() {
        Person full = anna().addContactPoint(EmailContact.of("anna.w@example.pl"))
                .addContactPoint(PhoneContact.of("601 234 567")).build();
        Person given = Person.builder().givenNames("Anna").addContactPoint(EmailContact.of("anna.w@example.pl"))
                .build();
        Person family = Person.builder().familyName("Wiśniewska").addContactPoint(PhoneContact.of("601234567"))
                .addContactPoint(EmailContact.of("anna.w@example.pl")).build();
        Person otherGiven = Person.builder().givenNames("Ewa").addContactPoint(EmailContact.of("anna.w@example.pl"))
                .build();

        assertThat(DETECTOR.compare(full, given).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(full, family).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(full, otherGiven).outcome()).as("another given name at a shared mailbox")
                .isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(given, Person.builder().givenNames("Anna").build()).outcome())
                .as("a given name alone is shared by thousands").isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(DETECTOR.compare(given, family).outcome()).as("nothing in common")
                .isEqualTo(MatchOutcome.NO_MATCH);
    }

    @Test
    void aPersonKnownByOneNameAndAHouseholdsHomeOrPhoneIsReviewedAtMost() {
        PostalAddress home = PostalAddress.polish("ul. Długa", "5", "00-950", "Warszawa");
        Person jan = ExampleParties.person("Jan", "Kowalski").addContactPoint(home)
                .addContactPoint(PhoneContact.of("22 123 45 67")).addContactPoint(EmailContact.of("kowalscy@wp.pl"))
                .build();
        Person annaNowak = ExampleParties.person("Anna", "Nowak").addContactPoint(home).build();

        // the family name alone and a household's home: his wife, his son or him
        Person kowalski = Person.builder().familyName("Kowalski").addContactPoint(home).build();
        Person kowalskiPhone = kowalski.toBuilder().addContactPoint(PhoneContact.of("22 123 45 67")).build();
        Person kowalska = Person.builder().familyName("Kowalska").addContactPoint(home)
                .addContactPoint(PhoneContact.of("22 123 45 67")).build();
        Person anna = Person.builder().givenNames("Anna").addContactPoint(home).build();
        // a family mailbox does not settle a woman's family name against a man
        Person kowalskaMailbox = Person.builder().familyName("Kowalska").addContactPoint(home)
                .addContactPoint(EmailContact.of("kowalscy@wp.pl")).build();

        assertThat(DETECTOR.compare(jan, kowalski).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(jan, kowalskiPhone).outcome()).as("his phone too").isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(jan, kowalska).outcome()).as("a woman's family name: his wife")
                .isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(annaNowak, anna).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(jan, kowalskaMailbox).outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(annaNowak, Person.builder().givenNames("Anna").birthDate(BIRTH).build())
                .outcome()).as("nothing shared but a given name").isEqualTo(MatchOutcome.NO_MATCH);
        Person annaBorn = ExampleParties.person("Anna", "Nowak").addContactPoint(home).birthDate(BIRTH).build();
        assertThat(DETECTOR.compare(annaBorn, Person.builder().givenNames("Anna").addContactPoint(home)
                .birthDate(BIRTH).build()).outcome()).as("her given name, her birth date, her home")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aSharedNameAloneIsNoMatchAndWithThePostalCodeAPossibleMatch() {
        MatchResult nameOnly = DETECTOR.compare(anna().build(), anna().build());
        MatchResult samePostalCode = DETECTOR.compare(
                anna().addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-238", "Warszawa")).build(),
                anna().addContactPoint(PostalAddress.polish("ul. Miodowa", "14", "00-238", "Warszawa")).build());

        assertThat(nameOnly.score()).isEqualTo(1.0);
        assertThat(nameOnly.outcome()).as("too little agreement even for review: namesakes are common")
                .isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(samePostalCode.outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
    }

    @Test
    void anotherPhoneOrEMailCountsLessAgainstAPairThanTheSameOneCountsForIt() {
        Person a = anna().birthDate(BIRTH).addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(EmailContact.of("anna@example.pl")).build();
        Person otherPhone = anna().birthDate(BIRTH).addContactPoint(PhoneContact.of("602 999 888"))
                .addContactPoint(EmailContact.of("anna@example.pl")).build();
        Person otherBoth = anna().birthDate(BIRTH).addContactPoint(PhoneContact.of("602 999 888"))
                .addContactPoint(EmailContact.of("a.w@example.com")).build();

        assertThat(DETECTOR.compare(a, otherPhone).score()).isEqualTo(9.0 / 10);
        assertThat(DETECTOR.compare(a, otherBoth).score()).isEqualTo(6.0 / 8);
        assertThat(DETECTOR.compare(a, otherBoth).outcome()).as("the name and birth date outweigh new contacts")
                .isEqualTo(MatchOutcome.MATCH);
        Person noBirth = anna().addContactPoint(PhoneContact.of("601 234 567"))
                .addContactPoint(EmailContact.of("anna@example.pl")).build();
        Person noBirthOtherBoth = anna().addContactPoint(PhoneContact.of("602 999 888"))
                .addContactPoint(EmailContact.of("a.w@example.com")).build();
        assertThat(DETECTOR.compare(noBirth, noBirthOtherBoth).score()).isEqualTo(3.0 / 5);
        assertThat(DETECTOR.compare(noBirth, noBirthOtherBoth).outcome()).as("a shared name against new contacts")
                .isEqualTo(MatchOutcome.NO_MATCH);
    }

    @Test
    void theSameNameAndBirthDateAreAMatchEvenWithAnotherEMail() {
        // deliberate: a full name and a birth date agree; people have several e-mail addresses
        Person a = anna().birthDate(BIRTH).addContactPoint(EmailContact.of("anna@example.pl")).build();
        Person b = anna().birthDate(BIRTH).addContactPoint(EmailContact.of("a.wisniewska@example.com")).build();

        MatchResult r = DETECTOR.compare(a, b);

        assertThat(r.score()).isEqualTo(6.0 / 7);
        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void titlesWrittenWithANameAreNoPartOfIt() {
        Person titled = ExampleParties.person("dr hab. Anna", "Wiśniewska").birthDate(BIRTH).build();
        MatchResult r = DETECTOR.compare(titled, anna().birthDate(BIRTH).build());

        assertThat(r.explanation()).filteredOn(f -> f.field() == MatchField.FULL_NAME).singleElement()
                .satisfies(f -> assertThat(f.similarity()).isEqualTo(1.0));
        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        // with only a title and a name besides, one person; without the title left out, a name with a part missing
        Person titledNoDate = ExampleParties.person("dr hab. Anna", "Wiśniewska")
                .addContactPoint(EmailContact.of("anna@example.pl")).build();
        assertThat(DETECTOR.compare(titledNoDate, anna().addContactPoint(EmailContact.of("anna@example.pl")).build())
                .score()).isEqualTo(1.0);
        // a name that is an abbreviation without its dot stays a name
        Person lic = ExampleParties.person("Lić Anna", "Wiśniewska").build();
        assertThat(DETECTOR.compare(lic, anna().build()).explanation()).filteredOn(f -> f.field()
                == MatchField.FULL_NAME).singleElement().satisfies(f -> assertThat(f.similarity()).isLessThan(1.0));
    }

    private static double emailSimilarity(String left, String right) {
        MatchResult r = DETECTOR.compare(anna().addContactPoint(EmailContact.of(left)).build(),
                anna().addContactPoint(EmailContact.of(right)).build());
        return r.explanation().stream().filter(f -> f.field() == MatchField.EMAIL).findFirst().orElseThrow()
                .similarity();
    }

    @Test
    void oneMailboxAtADomainWithATypoCountsHalf() {
        assertThat(emailSimilarity("anna.wisniewska@gmial.com", "anna.wisniewska@gmail.com")).isEqualTo(0.5);
        assertThat(emailSimilarity("anna.wisniewska@o2.p", "anna.wisniewska@o2.pl")).isEqualTo(0.5);
        assertThat(emailSimilarity("anna.wisniewska@onte.pl", "anna.wisniewska@onet.pl")).isEqualTo(0.5);
        assertThat(emailSimilarity("anna.wisniewska@interiaa.pl", "Anna.Wisniewska@interia.pl")).isEqualTo(0.5);
        assertThat(emailSimilarity("anna.wisniewska@gmail.com", "anna.wisniewska@gmail.com")).isEqualTo(1.0);
    }

    @Test
    void aMailboxNameOneKeystrokeOffOrTwoFreeMailProvidersAreOtherAddresses() {
        // wp.pl, vp.pl and op.pl are three providers, where namesakes keep one mailbox name
        assertThat(emailSimilarity("anna.wisniewska@wp.pl", "anna.wisniewska@vp.pl")).isZero();
        assertThat(emailSimilarity("anna.wisniewska@o2.pl", "anna.wisniewska@op.pl")).isZero();
        // one provider's or company's domains in two countries
        assertThat(emailSimilarity("anna.wisniewska@yahoo.ie", "anna.wisniewska@yahoo.de")).isZero();
        assertThat(emailSimilarity("anna.wisniewska@firma.pl", "anna.wisniewska@firma.pt")).isZero();
        assertThat(emailSimilarity("anna.wisniewska@gmail.con", "anna.wisniewska@gmail.com")).isEqualTo(0.5);
        // a relative's or a namesake's mailbox at one domain
        assertThat(emailSimilarity("j.wisniewska@wp.pl", "a.wisniewska@wp.pl")).isZero();
        assertThat(emailSimilarity("anna.wisniewska1@gmail.com", "anna.wisniewska@gmail.com")).isZero();
        // another mailbox at a domain with a typo, two typos in the domain
        assertThat(emailSimilarity("a.wisniewska@gmial.com", "anna.wisniewska@gmail.com")).isZero();
        assertThat(emailSimilarity("anna.wisniewska@gmial.cm", "anna.wisniewska@gmail.com")).isZero();
    }

    @Test
    void aMailboxNameWithTwoLettersSwappedOrALetterDoubledIsASlipOfTheHand() {
        assertThat(emailSimilarity("anna.wisniewksa@wp.pl", "anna.wisniewska@wp.pl")).isEqualTo(0.5);
        assertThat(emailSimilarity("nowakowwska64@gmail.com", "nowakowska64@gmail.com")).isEqualTo(0.5);
        assertThat(emailSimilarity("nowakowska64@gmail.com", "nowakowwska64@gmail.com")).as("symmetric")
                .isEqualTo(0.5);
        // digits swapped or added, another letter added or changed: another mailbox
        assertThat(emailSimilarity("anna85@wp.pl", "anna58@wp.pl")).isZero();
        assertThat(emailSimilarity("anna.nowak11@wp.pl", "anna.nowak1@wp.pl")).isZero();
        assertThat(emailSimilarity("a.lis@wp.pl", "a.list@wp.pl")).isZero();
        assertThat(emailSimilarity("anna.nowak@wp.pl", "anna.nowal@wp.pl")).isZero();
        // a slip in the mailbox name at another domain: two slips
        assertThat(emailSimilarity("anna.wisniewksa@wp.pl", "anna.wisniewska@o2.pl")).isZero();
        Person a = anna().addContactPoint(EmailContact.of("anna.wisniewksa@wp.pl"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-950", "Warszawa")).build();
        Person b = anna().addContactPoint(EmailContact.of("anna.wisniewska@wp.pl"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-950", "Warszawa")).build();
        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aNameAndAnAddressAtAMistypedDomainAreAPossibleMatch() {
        Person a = anna().addContactPoint(EmailContact.of("anna.wisniewska@gmial.com")).build();
        Person b = anna().addContactPoint(EmailContact.of("anna.wisniewska@gmail.com")).build();
        Person other = anna().addContactPoint(EmailContact.of("anna.wisniewska@wp.pl")).build();

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.compare(other, b).outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        // with a phone one keystroke off besides, a match ((3 + 1.25 + 1.5) / 6.75); with another mailbox, a review
        PhoneContact phone = PhoneContact.of("+48601234567");
        PhoneContact mistyped = PhoneContact.of("+48601234576");
        Person withPhone = anna().addContactPoint(EmailContact.of("anna.wisniewska@gmial.com")).addContactPoint(phone)
                .build();
        assertThat(DETECTOR.compare(withPhone, anna().addContactPoint(EmailContact.of("anna.wisniewska@gmail.com"))
                .addContactPoint(mistyped).build()).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(withPhone, anna().addContactPoint(EmailContact.of("a.w@gmail.com"))
                .addContactPoint(mistyped).build()).outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
    }

    @Test
    void aMansAndAWomansFormOfANameAndSingleLettersAreDifferentNames() {
        PostalAddress home = PostalAddress.polish("ul. Długa", "5", "00-238", "Warszawa");
        Person kamil = ExampleParties.person("Kamil", "Nowak").birthDate(BIRTH).addContactPoint(home).build();
        Person kamila = ExampleParties.person("Kamila", "Nowak").birthDate(BIRTH).addContactPoint(home).build();
        Person initialA = ExampleParties.person("A", "Nowak").addContactPoint(home).build();
        Person initialB = ExampleParties.person("B", "Nowak").addContactPoint(home).build();
        Person kasiaSwapped = ExampleParties.person("Nowak", "Kasia").birthDate(BIRTH).build();
        Person katarzyna = ExampleParties.person("Katarzyna", "Nowak").birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(kamil, kamila).outcome()).as("twins").isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(initialA, initialB).outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(kasiaSwapped, katarzyna).outcome()).as("a form, written swapped")
                .isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(katarzyna, kasiaSwapped).outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void siblingsWithSimilarGivenNamesAndAnOtherwiseSharedHomeAreNotAMatch() {
        PostalAddress home = PostalAddress.polish("ul. Jesionowa", "68/157", "85-929", "Bydgoszcz");
        Person ryszard = ExampleParties.person("Ryszard", "Michalski").addContactPoint(home).build();
        Person krzysztof = ExampleParties.person("Krzysztof", "Michalski").addContactPoint(home).build();
        Person ewa = ExampleParties.person("Ewa", "Rudzka").addContactPoint(home).build();
        Person ewaTypo = ExampleParties.person("Ewq", "Rudzka").addContactPoint(home).build();

        MatchResult siblings = DETECTOR.compare(ryszard, krzysztof);

        assertThat(siblings.outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(siblings.explanation()).filteredOn(c -> c.field() == MatchField.FULL_NAME).singleElement()
                .satisfies(c -> assertThat(c.contribution()).isZero());
        assertThat(DETECTOR.compare(ewa, ewaTypo).outcome()).as("one keystroke in a short name")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @ParameterizedTest
    @CsvSource({"Anna, Joanna", "Janina, Joanna", "Marek, Marcin", "Marcinek, Marek", "Daniel, Danuta",
        "Sarah, Susan", "Asia, Ania", "Kasia, Basia", "Gosia, Zosia", "Daria, Dana", "Irina, Inna"})
    void twoCommonGivenNamesCloseInLettersAreTwoPeople(String one, String other) {
        PostalAddress home = PostalAddress.polish("ul. Jesionowa", "68", "85-929", "Bydgoszcz");
        Person a = ExampleParties.person(one, "Jankowska").birthDate(BIRTH).addContactPoint(home).build();
        Person b = ExampleParties.person(other, "Jankowska").birthDate(BIRTH).addContactPoint(home).build();

        MatchResult twins = DETECTOR.compare(a, b);

        assertThat(twins.outcome()).as("twins: one family name, birth date and home").isNotEqualTo(MatchOutcome.MATCH);
        assertThat(twins.explanation()).filteredOn(c -> c.field() == MatchField.FULL_NAME).singleElement()
                .satisfies(c -> assertThat(c.contribution()).isZero());
    }

    @ParameterizedTest
    @CsvSource({"Maria, Marta", "Sara, Sarah", "Ann, Anna", "Ola, Olga", "Anna Maria, Maria", "Joanna, Jaonna",
        "Janina, Janinna", "Katherine, Kathryn", "Stephen, Steven", "Aleksander, Alexander", "Tomasz, Thomas",
        "Izabela, Isabella", "Deborah, Debra"})
    void commonGivenNamesOneKeystrokeApartOrAMiddleNameStillAgree(String one, String other) {
        Person a = ExampleParties.person(one, "Jankowska").birthDate(BIRTH).build();
        Person b = ExampleParties.person(other, "Jankowska").birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @ParameterizedTest
    @CsvSource({"Mgdolena, Magdalena", "Joanha, Joanna", "Ea, Ewa", "Kaasia, Katarzyna", "Tkmek, Tomasz",
        "Gosa, Małgorzata", "Jarek, Jarosław", "Aga, Agnieszka", "Aga, Agata", "Bartek, Bartosz", "Bartek, Bartłomiej",
        "Ala, Alina", "Aga Anna, Agnieszka Anna", "Jędrek, Andrzej"})
    void aMisspeltGivenNameOrAFormOfSeveralNamesIsOneNameWithTheSameBirthDate(String one, String other) {
        Person a = ExampleParties.person(one, "Jankowska").birthDate(BIRTH).build();
        Person b = ExampleParties.person(other, "Jankowska").birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(b, a).score()).isEqualTo(DETECTOR.compare(a, b).score());
    }

    @ParameterizedTest
    @CsvSource({"Basia, Katarzyna", "Lasia, Zofia", "Aga, Anna", "Aga Anna, Agnieszka Maria",
        "Bartek Jan, Bartosz Piotr", "Kasia, Barbara", "Tomek, Roman", "Kamil A., Kamila", "Daniel, Daniela",
        "Robert, Roberta", "Maja, Kaja", "Ada, Ida", "Mila, Maja", "Ben, Jen", "Ala, Ola", "Agusia, Aga",
        "Joanha, Jonna",
        // a man's and a woman's form of names the lists do not know (Czech, Ukrainian, German clients)
        "Martin, Martina", "Ivan, Ivana", "Oleksandr, Oleksandra", "Karl, Karla"})
    void aRealNameOrFormIsNotReadAsAMisspellingOfAnother(String one, String other) {
        PostalAddress home = PostalAddress.polish("ul. Jesionowa", "68", "85-929", "Bydgoszcz");
        Person a = ExampleParties.person(one, "Jankowska").birthDate(BIRTH).addContactPoint(home).build();
        Person b = ExampleParties.person(other, "Jankowska").birthDate(BIRTH).addContactPoint(home).build();

        MatchResult twins = DETECTOR.compare(a, b);

        assertThat(twins.outcome()).as("twins: one family name, birth date and home").isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(b, a).score()).isEqualTo(twins.score());
    }

    @Test
    void twoCommonGivenNamesCrossedWithOneFamilyNameAreTwoPeopleAlsoWhenWrittenSwapped() {
        Person janina = ExampleParties.person("Nowak", "Janina").birthDate(BIRTH).build();
        Person joanna = ExampleParties.person("Joanna", "Nowak").birthDate(BIRTH).build();
        Person janinaAgain = ExampleParties.person("Janina", "Nowak").birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(janina, joanna).outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(joanna, janina).score()).isEqualTo(DETECTOR.compare(janina, joanna).score());
        assertThat(DETECTOR.compare(janina, janinaAgain).outcome()).as("swapped, one person")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void polishStreetsAreComparedWithoutTitlesAndInitialsButKeepTheirLastWord() {
        Person a = anna().addContactPoint(PostalAddress.polish("ul. gen. Władysława Andersa", "5", "00-238",
                "Warszawa")).build();
        Person b = anna().addContactPoint(PostalAddress.polish("Władysława Andersa", "5", "00-238", "Warszawa"))
                .build();
        Person centrumA = anna().addContactPoint(PostalAddress.polish("os. Centrum A", "5", "00-238", "Warszawa"))
                .build();
        Person centrumB = anna().addContactPoint(PostalAddress.polish("os. Centrum B", "5", "00-238", "Warszawa"))
                .build();

        assertThat(DETECTOR.compare(a, b).explanation()).filteredOn(c -> c.field() == MatchField.STREET)
                .singleElement().satisfies(c -> assertThat(c.similarity()).isEqualTo(1.0));
        assertThat(DETECTOR.compare(centrumA, centrumB).explanation()).filteredOn(c -> c.field() == MatchField.STREET)
                .singleElement().satisfies(c -> assertThat(c.similarity()).isLessThan(1.0));
    }

    @Test
    void aReEntryWithTyposInNameAndBirthDateAtTheSameAddressIsAMatchDespiteAnotherEMail() {
        PostalAddress home = PostalAddress.polish("ul. Długa", "5", "00-950", "Warszawa");
        Person anna = ExampleParties.person("Anna", "Wiśniewska").birthDate(LocalDate.of(1985, 3, 12))
                .addContactPoint(EmailContact.of("anna.w@example.pl")).addContactPoint(home).build();
        Person ana = ExampleParties.person("Ana", "Wiśniewska").birthDate(LocalDate.of(1985, 3, 13))
                .addContactPoint(EmailContact.of("a.wisniewska@firma.pl")).addContactPoint(home).build();

        assertThat(DETECTOR.compare(anna, ana).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(anna, ExampleParties.person("Ana", "Wiśniewska")
                .birthDate(LocalDate.of(1985, 3, 13)).addContactPoint(EmailContact.of("a.wisniewska@firma.pl"))
                .build()).outcome()).as("without the address").isEqualTo(MatchOutcome.POSSIBLE_MATCH);
    }

    @Test
    void phoneNumbersWrittenDifferentlyAgree() {
        MatchResult r = DETECTOR.compare(anna().addContactPoint(PhoneContact.of("+48 601 234 567")).build(),
                anna().addContactPoint(PhoneContact.of("601-234-567")).build());

        assertThat(r.explanation()).filteredOn(c -> c.field() == MatchField.PHONE).singleElement()
                .satisfies(c -> assertThat(c.agrees()).isTrue());
        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aPersonAndACompanyNeverMatch() {
        MatchResult r = DETECTOR.compare(anna().addContactPoint(EmailContact.of("biuro@example.pl")).build(),
                ExampleParties.company("Anna Wiśniewska").addContactPoint(EmailContact.of("biuro@example.pl")).build());

        assertThat(r.outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(r.score()).isZero();
    }

    @Test
    void theExplanationsTextShowsNoPersonalValue() {
        Person a = ExampleParties.person("Grzegorzyna", "Brzęczyszczykiewicz").fromPesel(Pesel.of(BIRTH, Sex.FEMALE, 5))
                .addContactPoint(EmailContact.of("tajny.adres@example.pl")).build();
        Person b = ExampleParties.person("Grzegorzyna", "Brzeczyszczykiewicz").birthDate(BIRTH)
                .addContactPoint(EmailContact.of("tajny.adres@example.pl"))
                .addContactPoint(PostalAddress.polish("ul. Zakopiańska", "12", "30-418", "Kraków")).build();

        MatchResult r = DETECTOR.compare(a, b);
        String text = r.toString() + DETECTOR.index(List.of(a)).findDuplicates(b) + r.explanation();

        assertThat(text).contains("FULL_NAME", "EMAIL").doesNotContainIgnoringCase("grzegorzyna")
                .doesNotContainIgnoringCase("brzeczyszczykiewicz").doesNotContain("tajny.adres", "1985-03-14",
                        "zakopianska", a.pesel().orElseThrow().value());
    }

    @Test
    void rulesAreDataThatCanBeChanged() {
        MatchRules emailDecides = MatchRules.defaultsForPersons().withRule(FieldRule.decisive(MatchField.EMAIL, 3));
        DuplicateDetector detector = DuplicateDetector.builder().personRules(emailDecides).build();
        Person a = anna().addContactPoint(EmailContact.of("dom@example.pl")).build();
        Person b = ExampleParties.person("Jan", "Nowak").addContactPoint(EmailContact.of("dom@example.pl")).build();

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(detector.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(detector.compare(a, b).decidedBy()).contains(MatchField.EMAIL);
    }

    @Test
    void rulesRejectInvalidSettings() {
        assertThatThrownBy(() -> FieldRule.of(MatchField.EMAIL, MatchMethod.EXACT, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight");
        assertThatThrownBy(() -> FieldRule.of(MatchField.FULL_NAME, MatchMethod.TOKEN_SET, 1).withThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
        assertThatThrownBy(() -> new FieldRule(MatchField.FULL_NAME, MatchMethod.JARO_WINKLER, 1, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decisive");
        assertThatThrownBy(() -> MatchRules.of(PartyKind.PERSON, List.of(FieldRule.decisive(MatchField.NIP, 1)), 0.8,
                0.6, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NIP");
        assertThatThrownBy(() -> MatchRules.defaultsForPersons().withThresholds(0.6, 0.8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reviewThreshold");
        assertThatThrownBy(() -> DuplicateDetector.builder().maxBlockSize(1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DuplicateDetector.builder().maxBlockSize(5).maxBlockSize(6))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DuplicateDetector.builder().personRules(MatchRules.defaultsForCompanies()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultRulesComparePersonsAndCompaniesByTheirOwnFields() {
        assertThat(MatchRules.defaultsForPersons().rules()).extracting(FieldRule::field)
                .allMatch(f -> f.appliesTo(PartyKind.PERSON)).contains(MatchField.PESEL, MatchField.FULL_NAME);
        assertThat(MatchRules.defaultsForCompanies().rules()).extracting(FieldRule::field)
                .allMatch(f -> f.appliesTo(PartyKind.COMPANY)).contains(MatchField.NIP, MatchField.LEGAL_NAME);
        assertThat(MatchRules.defaultsForCompanies().rules()).filteredOn(FieldRule::decisive)
                .extracting(FieldRule::field).containsExactly(MatchField.NIP, MatchField.REGON, MatchField.KRS);
    }

    @Test
    void companyLegalFormsAndCaseDoNotCount() {
        Company a = ExampleParties.company("Mleczarnia Łowicz Sp. z o.o.")
                .addContactPoint(PostalAddress.polish("ul. Łęczycka", "15", "99-400", "Łowicz")).build();
        Company b = ExampleParties.company("MLECZARNIA LOWICZ spółka z ograniczoną odpowiedzialnością")
                .addContactPoint(PostalAddress.polish("Łęczycka", "15", "99400", "Lowicz")).build();

        MatchResult r = DETECTOR.compare(a, b);

        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.score()).isEqualTo(1.0);
    }

    /** A company of this name at one shop address (ul. Długa 7, Ciechanów), the same for every name. */
    private static Company atOneAddress(String legalName) {
        return ExampleParties.company(legalName)
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "06-400", "Ciechanów")).build();
    }

    /** {@link #atOneAddress} with the shop's phone. */
    private static Company withPhone(String legalName) {
        return ExampleParties.company(legalName).addContactPoint(PhoneContact.of("23 672 11 40"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "06-400", "Ciechanów")).build();
    }

    @Test
    void aNameHeldInALongerOneAgreesInPartAndMatchesWithASharedPhoneOrEmail() {
        // the public Fodors-Zagat restaurant pairs: "Ciboulette" / "Ciboulette Restaurant" at one address and phone
        MatchResult shorter = DETECTOR.compare(withPhone("Ciboulette"), withPhone("Ciboulette Restaurant"));
        MatchResult typo = DETECTOR.compare(withPhone("Le Chardonnay (Los Angeles)"), withPhone("Le Chardonay"));
        MatchResult email = DETECTOR.compare(
                ExampleParties.company("Lulu").addContactPoint(EmailContact.of("biuro@lulu.pl")).build(),
                ExampleParties.company("Lulu Bistro Cafe").addContactPoint(EmailContact.of("biuro@lulu.pl")).build());

        assertThat(shorter.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(shorter.explanation()).filteredOn(c -> c.field() == MatchField.LEGAL_NAME).singleElement()
                .satisfies(c -> assertThat(c.similarity()).isEqualTo(Similarity.NAME_PART_OF))
                .satisfies(c -> assertThat(c.contribution()).isEqualTo(3 * Similarity.NAME_PART_OF));
        assertThat(typo.outcome()).as("a typo in the shared word").isEqualTo(MatchOutcome.MATCH);
        assertThat(email.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(withPhone("Ciboulette Restaurant"), withPhone("Ciboulette")).score())
                .as("symmetric").isEqualTo(shorter.score());

        // with only the address besides it is a group's other company as often: review; so it is with a NIP apart
        assertThat(DETECTOR.compare(atOneAddress("Staltex Sp. z o.o."), atOneAddress("Staltex Handel Sp. z o.o."))
                .outcome()).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // two legal forms are two companies of a group: no part agreement, even with the phone
        MatchResult group = DETECTOR.compare(withPhone("Rolmix Sp. z o.o."), withPhone("Rolmix Trade S.A."));
        assertThat(group.outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(group.explanation()).filteredOn(c -> c.field() == MatchField.LEGAL_NAME).singleElement()
                .satisfies(c -> assertThat(c.contribution()).isZero());
        // every word of the shorter name must be there; a name of under four letters holds too little
        assertThat(DETECTOR.compare(withPhone("Ciboulette Bistro"), withPhone("Ciboulette Restaurant")).outcome())
                .isNotEqualTo(MatchOutcome.MATCH);
        assertThat(Similarity.namePartOf("ab", "ab serwis")).isFalse();
        assertThat(Similarity.namePartOf("nova nova", "nova trade serwis")).as("each word once").isFalse();
        assertThat(Similarity.namePartOf("staltexd", "handel staltex")).isTrue();
        assertThat(Similarity.namePartOf("alfa serwis", "serwis alfa")).as("the same words").isFalse();
    }

    @Test
    void aNameHeldInALongerOneIsNoMatchWithAPhoneOneKeystrokeOffOrBesideAnOwnersNameOrAMistypedForm() {
        // a group's numbers in one building run in sequence: a phone one keystroke off is no shared phone
        Company staltex = ExampleParties.company("Staltex Sp. z o.o.").addContactPoint(PhoneContact.of("22 123 45 67"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "06-400", "Ciechanów")).build();
        Company handel = ExampleParties.company("Staltex Handel Sp. z o.o.")
                .addContactPoint(PhoneContact.of("22 123 45 68"))
                .addContactPoint(PostalAddress.polish("ul. Długa", "7", "06-400", "Ciechanów")).build();
        assertThat(DETECTOR.compare(staltex, handel).outcome()).isNotEqualTo(MatchOutcome.MATCH);
        // a company and a sole trader holding its owner's name are two businesses, as without the part rule
        assertThat(DETECTOR.compare(withPhone("Zandom Sp. z o.o."), withPhone("Zandom Żaneta Jędrzejczak")).outcome())
                .isNotEqualTo(MatchOutcome.MATCH);
        // a legal form written with a typo or broken by an encoding is still another form than S.A.
        for (String form : List.of("Rolmix Spókła z o.o.", "Rolmix SPÓ³KA Z O.O.", "Rolmix spolka z ograniczona "
                + "odpowiedzialnoscia")) {
            MatchResult group = DETECTOR.compare(withPhone(form), withPhone("Rolmix Trade S.A."));
            assertThat(group.outcome()).as(form).isNotEqualTo(MatchOutcome.MATCH);
        }
        // the words as written find their partners before a typo takes one; single letters are too little
        assertThat(Similarity.namePartOf("abcd abce", "abce abdd zzzz")).isTrue();
        assertThat(Similarity.namePartOf("a b c d", "a b c d e")).isFalse();
    }

    @Test
    void connectivesAndArticlesDoNotCountInACompanyName() {
        assertThat(DETECTOR.compare(atOneAddress("Pano's & Paul's"), atOneAddress("Pano's and Paul's")).score())
                .isEqualTo(1.0);
        assertThat(DETECTOR.compare(atOneAddress("The Palm"), atOneAddress("Palm")).score()).isEqualTo(1.0);
        assertThat(DETECTOR.compare(atOneAddress("Kowalski i Syn"), atOneAddress("Kowalski & Syn")).score())
                .isEqualTo(1.0);
        assertThat(DETECTOR.compare(atOneAddress("The"), atOneAddress("The")).score()).as("nothing else")
                .isEqualTo(1.0);
    }

    @Test
    void aSpaceTypedIntoOrLeftOutOfACompanyNameIsATypo() {
        Company budex = atOneAddress("Budex Sp. z o.o.");
        Company spaced = atOneAddress("Bu dex sp. z o.o.");
        Company nowakTrade = atOneAddress("Nowak Trade Sp. z o.o.");
        Company glued = atOneAddress("NowakTrade sp. z o.o.");
        Company gluedTypo = atOneAddress("NowakTrde sp. z o.o.");
        Company serwis = atOneAddress("Budex Serwis Sp. z o.o.");

        assertThat(Similarity.of(MatchMethod.TOKEN_SET, "budex", "bu dex")).isEqualTo(1.0);
        assertThat(Similarity.of(MatchMethod.TOKEN_SET, "bu dex", "budex")).isEqualTo(1.0);
        assertThat(DETECTOR.compare(budex, spaced).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(nowakTrade, glued).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(gluedTypo, nowakTrade).outcome()).as("and a typo besides")
                .isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(budex, serwis).outcome()).as("another word is not a space")
                .isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aTradeDescriptorGluedToTheNameIsTheDescriptorAndTheName() {
        Company spaced = atOneAddress("PHU Alfa Jan Kowalski");
        Company glued = atOneAddress("PHUAlfa Jan Kowalski");
        Company pphuGlued = atOneAddress("PPHUAlfa Kowalski Jan");
        Company capitals = atOneAddress("PHUALFA Jan Kowalski");
        Company lowerCase = atOneAddress("phualfa jan kowalski");

        assertThat(DETECTOR.compare(spaced, glued).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(spaced, glued).score()).as("as close as written apart").isEqualTo(1.0);
        assertThat(DETECTOR.compare(spaced, pphuGlued).score()).isEqualTo(1.0);
        // the name as written still agrees with itself in other cases, where no descriptor can be told apart
        assertThat(DETECTOR.compare(glued, capitals).score()).isEqualTo(1.0);
        assertThat(DETECTOR.compare(lowerCase, glued).score()).isEqualTo(1.0);
        // and the scan finds the glued name from the spaced one
        assertThat(DETECTOR.index(List.of(spaced)).findDuplicates(glued)).singleElement()
                .satisfies(m -> assertThat(m.outcome()).isEqualTo(MatchOutcome.MATCH));
    }

    @Test
    void onlyADescriptorOfThreeOrFourCapitalsBeforeACapitalisedWordIsSetApart() {
        // PHUnex is not PH + Unex; FHComp, PWiK, PHILIPS, PUMA are names (two-letter descriptors are never set apart):
        // each scores against the word after the capitals exactly as its lower-case spelling does (one word)
        for (String[] names : new String[][] {{"PHUnex", "Unex"}, {"FHComp", "Comp"}, {"PWiK", "iK"},
                {"PHILIPS", "ILIPS"}, {"PUMA", "MA"}}) {
            Company rest = atOneAddress(names[1] + " Sp. z o.o.");
            assertThat(DETECTOR.compare(atOneAddress(names[0] + " Sp. z o.o."), rest).score()).as(names[0])
                    .isEqualTo(DETECTOR.compare(atOneAddress(names[0].toLowerCase(java.util.Locale.ROOT)
                            + " Sp. z o.o."), rest).score());
        }
        assertThat(DETECTOR.compare(atOneAddress("PHUAlfa Sp. z o.o."), atOneAddress("Alfa Sp. z o.o.")).score())
                .as("a descriptor set apart").isGreaterThan(DETECTOR.compare(atOneAddress("phualfa Sp. z o.o."),
                        atOneAddress("Alfa Sp. z o.o.")).score());
    }

    @Test
    void aNameAWrongEncodingBrokeStillAgrees() {
        Person malgorzata = ExampleParties.person("Małgorzata", "Ciesielska").birthDate(LocalDate.of(1968, 3, 29))
                .build();
        Person questionMark = ExampleParties.person("Ma?gorzata", "Ciesielska").birthDate(LocalDate.of(1968, 3, 29))
                .build();
        Person utf8AsWindows1252 = ExampleParties.person("MaÅ‚gorzata", "Ciesielska")
                .birthDate(LocalDate.of(1968, 3, 29)).build();
        Company luxWer = atOneAddress("Lux-Wer Spółka z ograniczoną odpowiedzialnością");
        Company windows1250AsWindows1252 = atOneAddress("LUX-WER SPÓ³KA Z OGRANICZON¹ ODPOWIEDZIALNOŒCI¹");

        assertThat(DETECTOR.compare(malgorzata, utf8AsWindows1252).score()).isEqualTo(1.0);
        assertThat(DETECTOR.compare(malgorzata, questionMark).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(luxWer, windows1250AsWindows1252).score()).isEqualTo(1.0);
    }

    @Test
    void aLegalFormWithATypoIsStillALegalForm() {
        Company written = atOneAddress("Kontest Serwis Sp. z o.o.");
        Company typo = atOneAddress("Kontest Serwis Spókła z ograniczoną odpowiedzialnścią");
        Company otherTypo = atOneAddress("KONTEST SERWIS SPÓŁKA Z OGRANICZONĄ ODPOWIEDZALNOŚCIĄ");

        assertThat(DETECTOR.compare(written, typo).score()).isEqualTo(1.0);
        assertThat(DETECTOR.compare(written, otherTypo).score()).isEqualTo(1.0);
        // a word of the name itself is no legal form however close: only a word in its place in the form's phrase
        // (spółka before the rest, akcyjna after spółka, odpowiedzialnością after ograniczoną) is read with a typo
        for (String[] names : new String[][] {{"Serwis Partnerski Sp. z o.o.", "Serwis Sp. z o.o."},
                {"Serwis Partnerski", "Serwis"}, {"Moda Polka sp. z o.o.", "Moda sp. z o.o."},
                {"Bank Akcyjny S.A.", "Bank S.A."}, {"Lotnictwo Cywilne sp. z o.o.", "Lotnictwo sp. z o.o."},
                {"Centrum Obsługi Przedsiębiorstw sp. z o.o.", "Centrum Obsługi sp. z o.o."}}) {
            assertThat(DETECTOR.compare(atOneAddress(names[0]), atOneAddress(names[1])).score())
                    .as(names[0] + " / " + names[1]).isLessThan(1.0);
        }
    }

    @Test
    void aSoleTradersNameWithAndWithoutItsOwnersNameIsOneBusiness() {
        Company full = atOneAddress("Zandom Żaneta Jędrzejczak");
        Company withoutOwner = atOneAddress("ZANDOM");
        Company typo = atOneAddress("Zanom Żaneta Jędrzejczak");
        Company wife = atOneAddress("Zandom Anna Jędrzejczak");
        Company english = atOneAddress("Zandom Thomas Nowak");
        Company polish = atOneAddress("Zandom Tomasz Nowak");

        assertThat(DETECTOR.compare(full, withoutOwner).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(withoutOwner, full).score()).isEqualTo(DETECTOR.compare(full, withoutOwner).score());
        assertThat(DETECTOR.compare(withoutOwner, typo).outcome()).as("a typo in the shared word")
                .isEqualTo(MatchOutcome.MATCH);
        // another owner is another sole trader; one name in two languages is one owner
        assertThat(DETECTOR.compare(full, wife).outcome()).isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(english, polish).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(Similarity.otherOwners("jan kowalski zandom", "janusz kowalski zandom")).isTrue();
        assertThat(Similarity.otherOwners("jan kowalski zandom", "john kowalski zandom")).isFalse();
        assertThat(Similarity.otherOwners("kasia kowalska zandom", "katarzyna kowalska zandom")).isFalse();
        assertThat(Similarity.otherOwners("jan kowalski zandom", "jn kowalski zandom")).as("a keystroke").isFalse();

        // a scan does not join the two owners through the bare name that matches both: it joins the better match
        ScanResult scan = DETECTOR.scan(List.of(withoutOwner, full, wife), dev.kartoteka.core.registry.Progress.NONE);
        assertThat(scan.clusters()).noneSatisfy(c -> assertThat(c).contains(full.id(), wife.id()));
        assertThat(scan.heldApart()).isNotEmpty();
    }

    @Test
    void anOwnersNameIsNoReasonToJoinOtherCompanies() {
        // another word is another company; a company's legal form is no sole trader; a brand with a given name in it
        // is no owner; a name holding a given name takes no owner's name
        for (String[] names : new String[][] {{"Zandom", "Zandom Serwis"}, {"Budmax Sp. z o.o.", "Budmax Jan Kowalski"},
                {"Budmax S.A.", "Budmax Jan Kowalski"}, {"Hotel Maria", "Hotel Maria Serwis"},
                {"Róża Wiatrów", "Róża Wiatrów Serwis"}, {"Kwiaciarnia Róża", "Kwiaciarnia Róża Jan Nowak"}}) {
            assertThat(DETECTOR.compare(atOneAddress(names[0]), atOneAddress(names[1])).outcome())
                    .as(names[0] + " / " + names[1]).isNotEqualTo(MatchOutcome.MATCH);
        }
        assertThat(Similarity.ownersNameApart("zandom", "jedrzejczak serwis zandom")).as("no given name").isFalse();
        assertThat(Similarity.ownersNameApart("zandom", "jan jedrzejczak zandom")).isTrue();
    }

    @Test
    void aSoleTradersTradeDescriptorWrittenOutOrAbbreviatedDoesNotCount() {
        Company a = atOneAddress("Joanna Grochowska Firma Handlowo-Usługowa");
        Company b = atOneAddress("F.H.U. Joanna Grochowska");
        Company c = atOneAddress("PPHU Grochowska Joanna");
        Company other = atOneAddress("PHU Marek Nowicki");

        assertThat(DETECTOR.compare(a, b).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(a, c).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(a, other).outcome()).as("another owner at one address")
                .isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aBirthDateOneKeystrokeOffIsAPossibleMatchAloneAndAMatchWithTheAddress() {
        PostalAddress home = PostalAddress.polish("ul. Piotrkowska", "104", "90-926", "Łódź");
        LocalDate born = LocalDate.of(1985, 3, 11);
        // one digit wrong, two neighbouring digits swapped, day and month swapped
        for (LocalDate typo : List.of(LocalDate.of(1985, 3, 17), LocalDate.of(1958, 3, 11), LocalDate.of(1985, 11, 3))) {
            MatchResult alone = DETECTOR.compare(anna().birthDate(born).build(), anna().birthDate(typo).build());
            MatchResult withAddress = DETECTOR.compare(anna().birthDate(born).addContactPoint(home).build(),
                    anna().birthDate(typo).addContactPoint(home).build());

            assertThat(alone.outcome()).as("%s alone", typo).isEqualTo(MatchOutcome.POSSIBLE_MATCH);
            assertThat(withAddress.outcome()).as("%s with the address", typo).isEqualTo(MatchOutcome.MATCH);
        }
        MatchResult twoDigits = DETECTOR.compare(anna().birthDate(born).addContactPoint(home).build(),
                anna().birthDate(LocalDate.of(1985, 3, 26)).addContactPoint(home).build());
        assertThat(twoDigits.outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aNameWithAMissingPartCountsWithTheBirthDateOrAPhoneButNotWithAHomeAlone() {
        PostalAddress home = PostalAddress.polish("ul. Zakopiańska", "12", "30-418", "Kraków");
        Person full = ExampleParties.person("Jan", "Kowalski").birthDate(BIRTH).addContactPoint(home).build();
        Person noGivenName = ExampleParties.person("", "Kowalski").birthDate(BIRTH).addContactPoint(home).build();
        Person twin = ExampleParties.person("Piotr", "Kowalski").birthDate(BIRTH).addContactPoint(home).build();

        MatchResult partial = DETECTOR.compare(full, noGivenName);

        assertThat(partial.explanation()).filteredOn(c -> c.field() == MatchField.FULL_NAME).singleElement()
                .satisfies(c -> assertThat(c.similarity()).isEqualTo(0.8));
        // the family name with the birth date and the home: a re-entry that lost the given name (FEBRL's)
        assertThat(partial.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(full, twin).outcome()).isNotEqualTo(MatchOutcome.MATCH);
        Person homeOnly = ExampleParties.person("", "Kowalski").addContactPoint(home).build();
        assertThat(DETECTOR.compare(full, homeOnly).outcome()).as("the family name and a home alone")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        Person withPhone = full.toBuilder().addContactPoint(PhoneContact.of("601 234 567")).build();
        assertThat(DETECTOR.compare(withPhone, homeOnly.toBuilder().addContactPoint(PhoneContact.of("601234567"))
                .build()).outcome()).as("his phone as well").isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aReEntryWithATypoInTheFamilyNameNoBirthDateAndAnotherBuildingIsStillACandidate() {
        Person a = ExampleParties.person("Grzegorz", "Brzęczyszczykiewicz")
                .addContactPoint(PostalAddress.polish("ul. Zakopiańska", "12", "30-418", "Kraków")).build();
        Person b = ExampleParties.person("Grzegorz", "Brzeczyszczykiewcz")
                .addContactPoint(PostalAddress.polish("ul. Zakopiańska", "21", "30-418", "Kraków")).build();

        assertThat(DETECTOR.index(List.of(a)).candidates(b)).containsExactly(a.id());
    }
    @Test
    void anEverydayFormOfAGivenNameIsTheNameItStandsFor() {
        Person kasia = ExampleParties.person("Kasia", "Nowak").birthDate(BIRTH).build();
        Person katarzyna = ExampleParties.person("Katarzyna", "Nowak").birthDate(BIRTH).build();
        Person bob = ExampleParties.person("Bob", "Smith").birthDate(BIRTH).build();
        Person robert = ExampleParties.person("ROBERT", "Smith").birthDate(BIRTH).build();
        Person zofia = ExampleParties.person("Zofia", "Nowak").birthDate(BIRTH).build();

        assertThat(DETECTOR.compare(kasia, katarzyna).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(bob, robert).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.index(List.of(katarzyna)).candidates(kasia)).containsExactly(katarzyna.id());
        assertThat(DETECTOR.compare(kasia, zofia).outcome()).as("another name, as for twins")
                .isNotEqualTo(MatchOutcome.MATCH);
        Person ola = ExampleParties.person("Ola", "Nowak").birthDate(BIRTH).build();
        Person olga = ExampleParties.person("Olga", "Nowak").birthDate(BIRTH).build();
        assertThat(DETECTOR.compare(ola, olga).outcome()).as("a form is also compared as written: one edit")
                .isEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aChangedFamilyNameWithTheSameBirthDateAndAddressIsAMatchAndWithLessAPossibleMatch() {
        PostalAddress home = PostalAddress.polish("ul. Długa", "5", "00-238", "Warszawa");
        Person maiden = ExampleParties.person("Anna", "Kowalska").birthDate(BIRTH).addContactPoint(home).build();
        Person married = ExampleParties.person("Anna", "Zielińska").birthDate(BIRTH).addContactPoint(home).build();
        Person marriedNoBirth = ExampleParties.person("Anna", "Zielińska").addContactPoint(home).build();
        Person otherBirth = ExampleParties.person("Anna", "Zielińska").birthDate(BIRTH.plusYears(25))
                .addContactPoint(home).build();

        MatchResult both = DETECTOR.compare(maiden, married);

        assertThat(both.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(both.explanation()).filteredOn(c -> c.field() == MatchField.FULL_NAME).singleElement()
                .satisfies(c -> assertThat(c.contribution()).isEqualTo(3 * 0.5));
        assertThat(DETECTOR.compare(maiden, marriedNoBirth).outcome()).as("the address alone")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        Person marriedElsewhere = ExampleParties.person("Anna", "Zielińska").birthDate(BIRTH).build();
        assertThat(DETECTOR.compare(maiden, marriedElsewhere).outcome()).as("the birth date alone")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(DETECTOR.index(List.of(maiden)).candidates(marriedElsewhere))
                .as("by design no key joins a first name and a birth date alone: too many strangers share them")
                .isEmpty();
        assertThat(DETECTOR.index(List.of(maiden)).candidates(marriedNoBirth)).as("the address joins them")
                .containsExactly(maiden.id());
        assertThat(DETECTOR.compare(maiden, otherBirth).outcome()).as("a daughter-in-law of the same name")
                .isNotEqualTo(MatchOutcome.MATCH);
    }
    @Test
    void aPhoneNumberOrPostalCodeOneKeystrokeOffCountsHalf() {
        Person a = anna().birthDate(BIRTH).addContactPoint(PhoneContact.of("601 234 567")).build();
        Person swapped = anna().birthDate(BIRTH).addContactPoint(PhoneContact.of("601 234 576")).build();
        Person other = anna().birthDate(BIRTH).addContactPoint(PhoneContact.of("609 876 543")).build();

        assertThat(DETECTOR.compare(a, swapped).explanation()).filteredOn(c -> c.field() == MatchField.PHONE)
                .singleElement().satisfies(c -> assertThat(c.similarity()).isEqualTo(0.5));
        assertThat(DETECTOR.compare(a, other).explanation()).filteredOn(c -> c.field() == MatchField.PHONE)
                .singleElement().satisfies(c -> assertThat(c.similarity()).isZero());
        Person here = anna().birthDate(BIRTH).addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-238",
                "Warszawa")).build();
        Person codeTypo = anna().birthDate(BIRTH).addContactPoint(PostalAddress.polish("ul. Długa", "5", "00-283",
                "Warszawa")).build();
        assertThat(DETECTOR.compare(here, codeTypo).explanation())
                .filteredOn(c -> c.field() == MatchField.POSTAL_CODE).singleElement()
                .satisfies(c -> assertThat(c.contribution()).isEqualTo(0.5));
    }

    @Test
    void companyMailboxesOfOneDomainAgreeButFreeMailDomainsSayNothing() {
        Company biuro = ExampleParties.company("Budex Sp. z o.o.").addContactPoint(EmailContact.of("biuro@budex.pl"))
                .build();
        Company sprzedaz = ExampleParties.company("BUDEX sp. z o. o.")
                .addContactPoint(EmailContact.of("sprzedaz@budex.pl")).build();
        Company gmail = ExampleParties.company("Budex Sp. z o.o.").addContactPoint(EmailContact.of("budex@gmail.com"))
                .build();
        Company gmailToo = ExampleParties.company("Budex Sp. z o.o.")
                .addContactPoint(EmailContact.of("budex.biuro@gmail.com")).build();

        assertThat(DETECTOR.compare(biuro, sprzedaz).outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(gmail, gmailToo).explanation())
                .filteredOn(c -> c.field() == MatchField.EMAIL_DOMAIN).singleElement()
                .satisfies(c -> assertThat(c.compared()).isFalse());
        assertThat(DETECTOR.compare(gmail, gmailToo).outcome()).isNotEqualTo(MatchOutcome.MATCH);
    }
    @Test
    void aCustomFieldCanBeAnIdentifierOfTheRules() {
        DuplicateDetector detector = DuplicateDetector.builder()
                .personRules(MatchRules.defaultsForPersons()
                        .withRule(FieldRule.customField("erp_number", MatchMethod.EXACT, 4).withDecisive(true)))
                .build();
        Person a = anna().customField("erp_number", "K-1001").build();
        Person sameNumber = ExampleParties.person("A.", "Wiśniewska-Nowak").customField("erp_number", "k 1001").build();
        Person otherNumber = anna().birthDate(BIRTH).customField("erp_number", "K-1002").build();
        Person aWithBirth = anna().birthDate(BIRTH).customField("erp_number", "K-1001").build();

        MatchResult r = detector.compare(a, sameNumber);

        assertThat(r.outcome()).isEqualTo(MatchOutcome.MATCH);
        assertThat(r.decidedBy()).contains(MatchField.CUSTOM_FIELD);
        assertThat(detector.index(List.of(a)).candidates(sameNumber)).as("a blocking key of its own")
                .containsExactly(a.id());
        assertThat(detector.compare(aWithBirth, otherNumber).outcome()).as("another number: review at most")
                .isNotEqualTo(MatchOutcome.MATCH);
        assertThat(DETECTOR.compare(a, sameNumber).outcome()).as("the default rules do not know the field")
                .isNotEqualTo(MatchOutcome.MATCH);
    }

    @Test
    void aDecisiveIdentifierComparedExactOrTypoTakesOneKeystrokeForAMistypedIdentifier() {
        DuplicateDetector detector = DuplicateDetector.builder()
                .personRules(MatchRules.defaultsForPersons()
                        .withRule(FieldRule.customField("national_id", MatchMethod.EXACT_OR_TYPO, 4).withDecisive(true)))
                .build();
        DuplicateDetector exact = DuplicateDetector.builder()
                .personRules(MatchRules.defaultsForPersons()
                        .withRule(FieldRule.customField("national_id", MatchMethod.EXACT, 4).withDecisive(true)))
                .build();
        PostalAddress home = PostalAddress.polish("ul. Długa", "5", "00-283", "Warszawa");
        Person typed = anna().birthDate(BIRTH).addContactPoint(home).customField("national_id", "4892623").build();
        Person digit = anna().birthDate(BIRTH).addContactPoint(home).customField("national_id", "4892613").build();
        Person swap = anna().birthDate(BIRTH).addContactPoint(home).customField("national_id", "4896223").build();
        Person other = anna().birthDate(BIRTH).addContactPoint(home).customField("national_id", "4890013").build();
        Person stranger = ExampleParties.person("Jan", "Kowalczyk").customField("national_id", "4892613").build();
        Person same = ExampleParties.person("A.", "Wiśniewska-Nowak").customField("national_id", "4892623").build();

        for (Person mistyped : List.of(digit, swap)) {
            MatchResult r = detector.compare(typed, mistyped);
            assertThat(r.outcome()).as("one keystroke apart: scored on name, birth date and address")
                    .isEqualTo(MatchOutcome.MATCH);
            assertThat(r.decidedBy()).isEmpty();
            assertThat(r.explanation()).filteredOn(c -> c.field() == MatchField.CUSTOM_FIELD).singleElement()
                    .satisfies(c -> assertThat(c.contribution()).isZero());
            assertThat(detector.compare(mistyped, typed).score()).isEqualTo(r.score());
            assertThat(exact.compare(typed, mistyped).outcome()).as("compared EXACT, another value rules it out")
                    .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        }
        assertThat(detector.compare(typed, other).outcome()).as("two keystrokes: another identifier")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        assertThat(detector.compare(typed, stranger).outcome()).as("a typo does not decide").isEqualTo(
                MatchOutcome.NO_MATCH);
        assertThat(detector.compare(typed, same).decidedBy()).as("equal values decide")
                .contains(MatchField.CUSTOM_FIELD);
        Person k1 = anna().birthDate(BIRTH).addContactPoint(home).customField("national_id", "K1").build();
        Person k2 = anna().birthDate(BIRTH).addContactPoint(home).customField("national_id", "K2").build();
        assertThat(detector.compare(k1, k2).outcome()).as("too short to tell a typo from another value")
                .isEqualTo(MatchOutcome.POSSIBLE_MATCH);
        // a PESEL rule need not be decisive for its neighbour swap to be a typo
        DuplicateDetector peselWeighed = DuplicateDetector.builder().personRules(MatchRules.of(PartyKind.PERSON,
                List.of(FieldRule.of(MatchField.PESEL, MatchMethod.EXACT, 4), FieldRule.of(MatchField.FULL_NAME,
                        MatchMethod.PERSON_NAME, 3).withThreshold(0.7)), 0.7, 0.6, 3)).build();
        Person swapped = anna().fromPesel(Pesel.parse("82062228329")).build();
        assertThat(peselWeighed.compare(anna().fromPesel(Pesel.parse("82062223829")).build(), swapped).outcome())
                .isEqualTo(MatchOutcome.MATCH);
        assertThatThrownBy(() -> FieldRule.customField("x", MatchMethod.JARO_WINKLER, 1).withDecisive(true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EXACT or EXACT_OR_TYPO");
    }

    @Test
    void aCustomFieldRuleNamesItsFieldAndEachFieldHasOneRule() {
        assertThatThrownBy(() -> new FieldRule(MatchField.CUSTOM_FIELD, MatchMethod.EXACT, 1, 0, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names its custom field");
        assertThatThrownBy(() -> FieldRule.customField(" ", MatchMethod.EXACT, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldRule.customField("ERP Number", MatchMethod.EXACT, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("custom-field key");
        MatchRules two = MatchRules.defaultsForPersons().withRule(FieldRule.customField("a", MatchMethod.EXACT, 1))
                .withRule(FieldRule.customField("b", MatchMethod.EXACT, 1))
                .withRule(FieldRule.customField("a", MatchMethod.EXACT_OR_TYPO, 2));
        assertThat(two.rules()).filteredOn(r -> r.field() == MatchField.CUSTOM_FIELD).hasSize(2)
                .anySatisfy(r -> assertThat(r.method()).isEqualTo(MatchMethod.EXACT_OR_TYPO));
        assertThatThrownBy(() -> MatchRules.of(dev.kartoteka.core.party.PartyKind.PERSON,
                List.of(FieldRule.customField("a", MatchMethod.EXACT, 1), FieldRule.customField("a", MatchMethod.EXACT,
                        2)), 0.8, 0.6, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two rules");
    }
    @Test
    void customFieldsOfIdentifierTypesAreComparedByTheirValuesNotTheirMaskedText() {
        DuplicateDetector detector = DuplicateDetector.builder()
                .personRules(MatchRules.defaultsForPersons()
                        .withRule(FieldRule.customField("alt_email", MatchMethod.EXACT, 4).withDecisive(true))
                        .withRule(FieldRule.customField("alt_phone", MatchMethod.EXACT, 4).withDecisive(true)))
                .build();
        Person a = ExampleParties.person("Anna", "Kowalska")
                .customField("alt_email", dev.kartoteka.core.identifier.Email.of("jan.nowak@example.com"))
                .customField("alt_phone", dev.kartoteka.core.identifier.PhoneNumber.parse("+48600111222")).build();
        Person b = ExampleParties.person("Zbigniew", "Wiśniewski")
                .customField("alt_email", dev.kartoteka.core.identifier.Email.of("julia.zielinska@gmail.com"))
                .customField("alt_phone", dev.kartoteka.core.identifier.PhoneNumber.parse("+48501999882")).build();
        Person c = ExampleParties.person("A.", "Kowalska-Nowak")
                .customField("alt_email", dev.kartoteka.core.identifier.Email.of("JAN.NOWAK@example.com")).build();

        assertThat(detector.compare(a, b).outcome()).isEqualTo(MatchOutcome.NO_MATCH);
        assertThat(detector.index(List.of(a)).candidates(b)).isEmpty();
        assertThat(detector.compare(a, c).decidedBy()).contains(MatchField.CUSTOM_FIELD);
        assertThat(detector.compare(a, c).explanation().toString()).contains("CUSTOM_FIELD(alt_email)")
                .doesNotContain("jan.nowak");
    }

    @ParameterizedTest(name = "{0} / {1}: apart {2}")
    @CsvSource({
        "1995-10-10, 1995-10-10, false",
        "1995-10-10, 1995-10-16, false", // one digit
        "1995-10-16, 1995-12-10, false", // two typos of 1995-10-10, one each
        "1958-05-07, 1958-07-05, false", // day and month swapped
        "1958-05-07, 1958-07-25, false", // day and month swapped, and one digit
        "1987-06-29, 1957-06-25, false", // two digits
        "1944-11-19, 1974-06-15, true", // a father and his son
        "1960-09-27, 1988-03-14, true",
        "1985-03-14, 1985-04-25, true", // three digits: not one date typed twice
        "2003-11-05, 2001-05-31, false", // day and month swapped on one side, two digits on the other: both ways
        "1985-03-14, 1985, false"}) // unreadable: never apart
    void birthDatesAreApartWhenThreeTypingErrorsOrMoreSeparateThem(String x, String y, boolean apart) {
        assertThat(Similarity.datesApart(x, y)).isEqualTo(apart);
        assertThat(Similarity.datesApart(y, x)).isEqualTo(apart);
    }

    @Test
    void partiesContradictEachOtherOnTwoIdentifiersTwoBirthDatesOrTwoSexes() {
        MatchRules persons = MatchRules.defaultsForPersons();
        Pesel pesel = Pesel.of(BIRTH, Sex.MALE, 12);
        Profile jan = profile(ExampleParties.person("Jan", "Nowak").fromPesel(pesel).build());
        Profile otherPesel = profile(ExampleParties.person("Jan", "Nowak").fromPesel(Pesel.of(BIRTH, Sex.MALE, 13))
                .build());
        Profile noBirthDate = profile(ExampleParties.person("Jan", "Nowak").build());
        Profile son = profile(ExampleParties.person("Jan", "Nowak").birthDate(BIRTH.plusYears(28)).build());
        Profile woman = profile(ExampleParties.person("Janina", "Nowak").sex(Sex.FEMALE).build());
        Profile typo = profile(ExampleParties.person("Jan", "Nowak").birthDate(BIRTH.plusDays(1)).build());

        assertThat(Scorer.contradicts(persons, jan, otherPesel)).as("two PESELs").isTrue();
        assertThat(Scorer.contradicts(persons, jan, son)).as("two birth dates").isTrue();
        assertThat(Scorer.contradicts(persons, jan, woman)).as("a man and a woman").isTrue();
        assertThat(Scorer.contradicts(persons, jan, noBirthDate)).as("nothing to contradict").isFalse();
        assertThat(Scorer.contradicts(persons, jan, typo)).as("a birth date mistyped").isFalse();
        assertThat(Scorer.contradicts(persons, son, noBirthDate)).isFalse();
        Profile samePeselOtherBirthDate = profile(ExampleParties.person("Jan", "Nowak").pesel(pesel)
                .birthDate(BIRTH.plusYears(28)).build());
        assertThat(Scorer.contradicts(persons, jan, samePeselOtherBirthDate)).as("one PESEL: one person").isFalse();
        Profile samePeselWoman = profile(ExampleParties.person("Jan", "Nowak").pesel(pesel).sex(Sex.FEMALE).build());
        assertThat(Scorer.contradicts(persons, jan, samePeselWoman)).as("one PESEL, but a woman and a man").isTrue();
        String[] swap = peselAndValidNeighbourSwap();
        Profile typed = profile(ExampleParties.person("Jan", "Nowak").pesel(Pesel.parse(swap[0])).build());
        Profile mistyped = profile(ExampleParties.person("Jan", "Nowak").pesel(Pesel.parse(swap[1])).build());
        assertThat(Scorer.contradicts(persons, typed, mistyped)).as("one PESEL mistyped").isFalse();
        // a custom identifier has no check digit: a typo is another valid value, so two values do not contradict
        MatchRules withErpNumber = persons.withRule(FieldRule.customField("erp_number", MatchMethod.EXACT, 4)
                .withDecisive(true));
        DuplicateDetector erp = DuplicateDetector.builder().personRules(withErpNumber).build();
        Profile k1001 = DuplicateIndex.profileOf(erp, ExampleParties.person("Jan", "Nowak").birthDate(BIRTH)
                .customField("erp_number", "K-1001").build());
        Profile k1007 = DuplicateIndex.profileOf(erp, ExampleParties.person("Jan", "Nowak")
                .customField("erp_number", "K-1007").build());
        Profile k1001Son = DuplicateIndex.profileOf(erp, ExampleParties.person("Jan", "Nowak")
                .birthDate(BIRTH.plusYears(28)).customField("erp_number", "K-1001").build());
        assertThat(Scorer.contradicts(withErpNumber, k1001, k1007)).as("two custom ids").isFalse();
        assertThat(Scorer.contradicts(withErpNumber, k1001, k1001Son)).as("one custom id: one person").isFalse();

        MatchRules companies = MatchRules.defaultsForCompanies();
        Profile budex = profile(ExampleParties.company("Budex Sp. z o.o.").nip(ExampleParties.nip(7)).build());
        Profile serwis = profile(ExampleParties.company("Budex Serwis Sp. z o.o.").nip(ExampleParties.nip(8)).build());
        Profile noNip = profile(ExampleParties.company("Budex Sp. z o.o.").build());
        assertThat(Scorer.contradicts(companies, budex, serwis)).as("two NIPs").isTrue();
        assertThat(Scorer.contradicts(companies, budex, noNip)).isFalse();
        assertThat(Scorer.contradicts(companies, budex, jan)).as("a company and a person").isTrue();
    }

    /** A valid PESEL of a man born on BIRTH and another valid one with two neighbouring digits (of the serial) swapped. */
    private static String[] peselAndValidNeighbourSwap() {
        for (int serial = 0; serial < 1000; serial++) {
            String p = Pesel.of(BIRTH, Sex.MALE, serial).value();
            for (int i = 6; i < 9; i++) {
                char[] c = p.toCharArray();
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                String q = new String(c);
                if (!q.equals(p) && Pesel.isValid(q) && (q.charAt(9) - p.charAt(9)) % 2 == 0) {
                    return new String[] {p, q};
                }
            }
        }
        throw new AssertionError("no PESEL with a valid neighbour swap among 1,000 serials");
    }

    private static Profile profile(dev.kartoteka.core.party.Party party) {
        return DuplicateIndex.profileOf(DETECTOR, party);
    }
}
