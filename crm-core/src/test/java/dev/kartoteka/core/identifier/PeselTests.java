package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.IdentifierGenerators.adjacentSwapsOfDistinctDigits;
import static dev.kartoteka.core.identifier.IdentifierGenerators.digits;
import static dev.kartoteka.core.identifier.IdentifierGenerators.peselBirthDates;
import static dev.kartoteka.core.identifier.IdentifierGenerators.singleDigitChanges;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validPesels;
import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.Generate;

class PeselTests {

    @Test
    void readsBirthDateAndSexOfAKnownPesel() {
        Pesel pesel = Pesel.parse("44051401458");

        assertThat(pesel.value()).isEqualTo("44051401458");
        assertThat(pesel.birthDate()).isEqualTo(LocalDate.of(1944, 5, 14));
        assertThat(pesel.sex()).isEqualTo(Sex.MALE);
        assertThat(pesel.type()).isEqualTo(IdentifierType.PESEL);
    }

    @ParameterizedTest
    @CsvSource({
        "50831512353, 1850-03-15, MALE",
        "99123112305, 1999-12-31, FEMALE",
        "00222912301, 2000-02-29, FEMALE",
        "50431512351, 2150-03-15, MALE",
        "50631512357, 2250-03-15, MALE",
        "02070803628, 1902-07-08, FEMALE"
    })
    void readsTheCenturyFromTheMonthField(String text, LocalDate birthDate, Sex sex) {
        Pesel pesel = Pesel.parse(text);

        assertThat(pesel.birthDate()).isEqualTo(birthDate);
        assertThat(pesel.sex()).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource({"00222912301, 2000-02-29", "04222912347, 2004-02-29", "04022912341, 1904-02-29",
        "24022912349, 1924-02-29"})
    void acceptsTheTwentyNinthOfFebruaryInLeapYears(String text, LocalDate birthDate) {
        assertThat(Pesel.parse(text).birthDate()).isEqualTo(birthDate);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00022912343", // 1900-02-29: 1900 is not a leap year
        "00822912347", // 1800-02-29
        "00422912345", // 2100-02-29
        "99023012343", // 30 February
        "99043112342", // 31 April
        "99130112347", // month 13
        "99000112341", // month 00
        "99200112347"  // month 20
    })
    void rejectsDatesThatDoNotExistEvenWithARightCheckDigit(String text) {
        assertThat(Pesel.isValid(text)).isFalse();
        assertThatThrownBy(() -> Pesel.parse(text)).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "4405140145", "440514014580", "44051401459", "4405140145a", "440514-01458",
        "44 05 14 01458", "４4051401458"})
    void rejectsMalformedTextAndWrongCheckDigits(String text) {
        assertThat(Pesel.isValid(text)).isFalse();
        assertThatThrownBy(() -> Pesel.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertThat(Pesel.parse(" 44051401458\n")).isEqualTo(Pesel.parse("44051401458"));
    }

    @Test
    void errorMasksThePeselButNamesFieldAndExpectation() {
        assertThatThrownBy(() -> Pesel.parse("44051401459"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("pesel");
                    assertThat(e.violations().get(0).value()).isEqualTo("4*********9");
                    assertThat(e.violations().get(0).expected()).contains("11 digits", "PESEL checksum");
                    assertThat(e.getMessage()).doesNotContain("405140145").doesNotContain("44051401459");
                });
    }

    @Test
    void toStringMasksThePesel() {
        Pesel pesel = Pesel.parse("44051401458");

        assertThat(pesel.toString()).isEqualTo("4*********8").doesNotContain("0514");
    }

    @Test
    void isEqualByCanonicalValue() {
        assertThat(Pesel.parse("44051401458")).isEqualTo(Pesel.parse(" 44051401458 "))
                .hasSameHashCodeAs(Pesel.parse("44051401458"))
                .isNotEqualTo(Pesel.parse("02070803628"));
    }

    @Test
    void buildsAPeselFromBirthDateSexAndSerial() {
        Pesel pesel = Pesel.of(LocalDate.of(2000, 2, 29), Sex.FEMALE, 123);

        assertThat(pesel.value()).isEqualTo("00222912301");
        assertThat(Pesel.of(LocalDate.of(1850, 3, 15), Sex.MALE, 7).value()).startsWith("508315" + "007" + "1");
        assertThat(Pesel.of(LocalDate.of(2250, 3, 15), Sex.FEMALE, 999).value()).startsWith("506315" + "999" + "0");
    }

    @Test
    void rejectsBirthDatesOutsideTheYears1800To2299AndSerialsOutside0To999() {
        assertThatThrownBy(() -> Pesel.of(LocalDate.of(1799, 12, 31), Sex.MALE, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("pesel").hasMessageContaining("1800");
        assertThatThrownBy(() -> Pesel.of(LocalDate.of(2300, 1, 1), Sex.MALE, 1))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Pesel.of(LocalDate.of(2000, 1, 1), Sex.MALE, -1))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> Pesel.of(LocalDate.of(2000, 1, 1), Sex.MALE, 1000))
                .isInstanceOf(ValidationException.class);
        assertThat(Pesel.of(LocalDate.of(1800, 1, 1), Sex.MALE, 0).birthDate()).isEqualTo(LocalDate.of(1800, 1, 1));
        assertThat(Pesel.of(LocalDate.of(2299, 12, 31), Sex.MALE, 999).birthDate())
                .isEqualTo(LocalDate.of(2299, 12, 31));
    }

    @Test
    void missesTheSwapOfAdjacentDigitsThatDifferByFive() {
        // documented blind spot: 44051401458 (14 May 1944) with the month digits 0 and 5 swapped is 44501401458,
        // a valid PESEL of someone born 14 October 2144
        assertThat(Pesel.parse("44501401458").birthDate()).isEqualTo(LocalDate.of(2144, 10, 14));
        // a swap of 2 and 7 in the day field keeps the checksum too, but day 72 does not exist: detected
        assertThat(Pesel.isValid("50012701455")).isTrue();
        assertThat(Pesel.isValid("50017201455")).isFalse();
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> Pesel.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Pesel.isValid(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> Pesel.of(null, Sex.MALE, 1)).withMessage("birthDate");
        assertThatNullPointerException().isThrownBy(() -> Pesel.of(LocalDate.of(2000, 1, 1), null, 1))
                .withMessage("sex");
    }

    @Test
    void acceptsEveryGeneratedValidPeselAndReadsItsDateAndSex() {
        qt().forAll(peselBirthDates(), digits(4)).checkAssert((birthDate, serialAndSex) -> {
            Pesel pesel = Pesel.parse(IdentifierGenerators.pesel(birthDate, serialAndSex));
            assertThat(pesel.birthDate()).isEqualTo(birthDate);
            assertThat(pesel.sex()).isEqualTo((serialAndSex.charAt(3) - '0') % 2 == 0 ? Sex.FEMALE : Sex.MALE);
        });
    }

    @Test
    void ofRoundTripsBirthDateSexAndSerial() {
        qt().forAll(peselBirthDates(), Generate.enumValues(Sex.class), Generate.range(0, 999))
                .checkAssert((birthDate, sex, serial) -> {
                    Pesel pesel = Pesel.of(birthDate, sex, serial);
                    assertThat(pesel.birthDate()).isEqualTo(birthDate);
                    assertThat(pesel.sex()).isEqualTo(sex);
                    assertThat(pesel.value().substring(6, 9)).isEqualTo(String.format("%03d", serial));
                    assertThat(Pesel.parse(pesel.value())).isEqualTo(pesel);
                });
    }

    @Test
    void detectsEverySingleDigitChange() {
        // weights 1,3,7,9 (and 1 for the check digit) are coprime to 10: no blind spot
        qt().forAll(singleDigitChanges(validPesels()))
                .checkAssert(change -> assertThat(Pesel.isValid(change.changed())).as("%s", change).isFalse());
    }

    @Test
    void detectsEverySwapOfAdjacentDigitsUnlessTheyDifferByFiveAndTheDateStillExists() {
        qt().forAll(adjacentSwapsOfDistinctDigits(validPesels())).checkAssert(swap -> {
            boolean blindSpot = swap.digitDifference() == 5 && dateExists(swap.swapped());
            assertThat(Pesel.isValid(swap.swapped())).as("%s, blind spot: %s", swap, blindSpot).isEqualTo(blindSpot);
        });
    }

    /** An oracle independent of {@link Pesel}: tries the century that each month code stands for. */
    private static boolean dateExists(String pesel) {
        int year = Integer.parseInt(pesel.substring(0, 2));
        int monthCode = Integer.parseInt(pesel.substring(2, 4));
        int day = Integer.parseInt(pesel.substring(4, 6));
        int[][] centuries = {{81, 92, 1800, 80}, {1, 12, 1900, 0}, {21, 32, 2000, 20}, {41, 52, 2100, 40},
            {61, 72, 2200, 60}};
        for (int[] century : centuries) {
            if (monthCode >= century[0] && monthCode <= century[1]) {
                try {
                    LocalDate.of(century[2] + year, monthCode - century[3], day);
                    return true;
                } catch (DateTimeException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
