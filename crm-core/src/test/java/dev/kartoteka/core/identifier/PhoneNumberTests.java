package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.PhoneNumber.LineType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"(0-22) 123 45 67", "(022) 123 45 67", "0-22-123-45-67", "( 0 22 ) 1234567",
        "0-22 123 45 67", "0-22 123-45-67"})
    void readsAPolishLandlineWrittenWithTheTrunkZeroDialledUntil2005(String text) {
        assertThat(PhoneNumber.parse(text).value()).isEqualTo("+48221234567");
        assertThat(PhoneNumber.parse(text).lineType()).isEqualTo(LineType.FIXED_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"022 123 45 67", "0 22 123 45 67", "022-123-45-67", "0221234567", "0-22 123 45 67",
        "022 123 45 67 wew. 12"})
    void readsABareTrunkZeroBeforeALandlinesAreaCodeWhereThePartyIsKnownToBeInPoland(String text) {
        PhoneNumber phone = PhoneNumber.parseLocal(text, "pl");

        assertThat(phone.value()).isEqualTo("+48221234567");
        assertThat(phone.lineType()).isEqualTo(LineType.FIXED_LINE);
        assertThat(phone.extension()).isEqualTo(text.contains("wew") ? java.util.Optional.of("12")
                : java.util.Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"050 123 45 67", "0601 234 567", "066 123 45 67", "00 22 123 45 67", "022 123 45",
        "0 0 22 123 45 67"})
    void readsNoMobileNorAnythingElseWithABareZeroInPoland(String text) {
        assertThatThrownBy(() -> PhoneNumber.parseLocal(text, "PL")).isInstanceOf(ValidationException.class)
                .hasMessageNotContaining(text.substring(3));
    }

    @Test
    void aBareZeroIsReadAsTheCountryOfThePartyWritesIt() {
        assertThat(PhoneNumber.parseLocal("044 123 45 67", "UA").value()).as("Kyiv").isEqualTo("+380441234567");
        assertThat(PhoneNumber.parseLocal("044 123 45 67", "CH").value()).as("Zürich").isEqualTo("+41441234567");
        assertThat(PhoneNumber.parseLocal("601 234 567", "PL").value()).isEqualTo("+48601234567");
        assertThat(PhoneNumber.parseLocal("+49 30 1234567", "PL").value()).isEqualTo("+49301234567");
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parseLocal("022 123 45 67", "XX"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+48 022 123 45 67", "00 601 234 567", "012 345", "0 0 22 123 45 67", "022 123 45 67",
        "050 123 45 67", "067 123 45 67", "06 12 34 56 78", "044 123 45 67", "089 1234567", "0601 234 567",
        "(0-50) 123 45 67"})
    void aZeroIsLeftOutOnlyBeforeAPolishLandlinesAreaCodeInBracketsOrWithADash(String text) {
        assertThat(PhoneNumber.isValid(text, "PL")).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"601 234 567", "601-234-567", "601234567", "+48 601 234 567", "+48601234567",
        "0048 601 234 567", "(+48) 601 234 567", "+48 (601) 234-567", " 601 234 567 ",
        "+48 (0) 601 234 567", "+48(0)601234567", "0048 (0) 601 234 567"})
    void parsesPolishMobilesWrittenInTheUsualWays(String text) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.value()).isEqualTo("+48601234567");
        assertThat(phone.regionCode()).isEqualTo("PL");
        assertThat(phone.lineType()).isEqualTo(LineType.MOBILE);
        assertThat(phone.international()).isEqualTo("+48 601 234 567");
        assertThat(phone.extension()).isEmpty();
        assertThat(phone.type()).isEqualTo(IdentifierType.PHONE);
    }

    @ParameterizedTest
    @CsvSource({
        "'22 123 45 67', +48221234567, FIXED_LINE, '+48 22 123 45 67'",
        "'(22) 123-45-67', +48221234567, FIXED_LINE, '+48 22 123 45 67'",
        "'+48 12 345 67 89', +48123456789, FIXED_LINE, '+48 12 345 67 89'",
        "'800 123 456', +48800123456, TOLL_FREE, '+48 800 123 456'",
        "'708 123 456', +48708123456, PREMIUM_RATE, '+48 708 123 456'"
    })
    void parsesPolishLandlinesAndServiceNumbers(String text, String e164, LineType lineType, String international) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.value()).isEqualTo(e164);
        assertThat(phone.lineType()).isEqualTo(lineType);
        assertThat(phone.international()).isEqualTo(international);
    }

    @ParameterizedTest
    @CsvSource({
        "'+49 30 1234567', +49301234567, DE, FIXED_LINE",
        "'0049 30 1234567', +49301234567, DE, FIXED_LINE",
        "'+44 20 7946 0958', +442079460958, GB, FIXED_LINE",
        "'+1 650-253-0000', +16502530000, US, FIXED_LINE_OR_MOBILE",
        "'+420 601 123 456', +420601123456, CZ, MOBILE",
        "'+800 1234 5678', +80012345678, 001, TOLL_FREE"
    })
    void parsesInternationalNumbersWhateverTheDefaultRegion(String text, String e164, String region,
            LineType lineType) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.value()).isEqualTo(e164);
        assertThat(phone.regionCode()).isEqualTo(region);
        assertThat(phone.lineType()).isEqualTo(lineType);
        assertThat(PhoneNumber.parse(text, "FR")).isEqualTo(phone);
    }

    @ParameterizedTest
    @CsvSource({
        "'+49 (0)30 1234567', +49301234567",
        "'+44 (0) 20 7946 0958', +442079460958",
        // Italian numbers keep their 0 abroad: where the number is valid only with it, it stays
        "'+39 (0)6 6982 1234', +390669821234",
        "'+39 (0)331 1234567', +3903311234567",
        "'0039 (0)331 1234567', +3903311234567",
        "'+39 06 6982 1234', +390669821234"
    })
    void leavesOutATrunkZeroInBracketsAfterTheCountryCode(String text, String e164) {
        assertThat(PhoneNumber.parse(text).value()).isEqualTo(e164);
    }

    @Test
    void readsNationalNumbersInTheGivenDefaultRegion() {
        PhoneNumber berlin = PhoneNumber.parse("030 1234567", "DE");

        assertThat(berlin.value()).isEqualTo("+49301234567");
        assertThat(berlin.regionCode()).isEqualTo("DE");
        assertThat(PhoneNumber.parse("030 1234567", "de")).isEqualTo(berlin);
        assertThat(PhoneNumber.isValid("030 1234567", "DE")).isTrue();
        assertThat(PhoneNumber.isValid("601 234 567", "DE")).isFalse();
        assertThat(PhoneNumber.DEFAULT_REGION).isEqualTo("PL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"+48 22 123 45 67 wew. 12", "22 123 45 67 wew 12", "22 123 45 67 WEW. 12",
        "22 123 45 67 w. 12", "22 123 45 67 wewn. 12", "22 123 45 67 ext. 12", "22 123 45 67 ext 12",
        "22 123 45 67, ext. 12", "221234567x12", "22 123 45 67 x 12", "22 123 45 67 extension 12", "22 123 45 67 #12"})
    void splitsOffTheExtension(String text) {
        PhoneNumber phone = PhoneNumber.parse(text);

        assertThat(phone.value()).isEqualTo("+48221234567");
        assertThat(phone.extension()).contains("12");
        assertThat(phone.international()).isEqualTo("+48 22 123 45 67 ext. 12");
    }

    @Test
    void isEqualByE164AndExtension() {
        PhoneNumber plain = PhoneNumber.parse("22 123 45 67");

        assertThat(PhoneNumber.parse("+48221234567")).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(PhoneNumber.parse("22 123 45 67 wew. 12")).isNotEqualTo(plain)
                .isEqualTo(PhoneNumber.parse("+48 22 123 45 67 ext. 12"))
                .isNotEqualTo(PhoneNumber.parse("22 123 45 67 wew. 13"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "123", "601 234 56", "601 234 5678", "abc", "wew. 12", "+999 123 456 789",
        "+48", "0000000000", "+48 111 111 111"})
    void rejectsTextThatIsNotAValidNumber(String text) {
        assertThat(PhoneNumber.isValid(text, "PL")).isFalse();
        assertThatThrownBy(() -> PhoneNumber.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void rejectsAnUnknownDefaultRegionNamingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("601 234 567", "XX"))
                .withMessageContaining("'XX'");
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.isValid("601 234 567", "Poland"))
                .withMessageContaining("'Poland'");
        assertThatIllegalArgumentException().isThrownBy(() -> PhoneNumber.parse("+48 601 234 567", "ZZ"))
                .withMessageContaining("'ZZ'");
    }

    @Test
    void errorMasksTheNumberButNamesFieldAndExpectation() {
        assertThatThrownBy(() -> PhoneNumber.parse("601 234 56"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations().get(0).path()).isEqualTo("phone");
                    assertThat(e.violations().get(0).value()).isEqualTo("6********6");
                    assertThat(e.violations().get(0).expected()).contains("phone number");
                    assertThat(e.getMessage()).doesNotContain("234");
                });
    }

    @Test
    void toStringMasksTheNumber() {
        assertThat(PhoneNumber.parse("601 234 567").toString()).isEqualTo("+**********7").doesNotContain("601");
        assertThat(PhoneNumber.parse("22 123 45 67 wew. 12").toString()).doesNotContain("123");
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> PhoneNumber.parse(null)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> PhoneNumber.parse("601234567", null))
                .withMessage("defaultRegion");
        assertThatNullPointerException().isThrownBy(() -> PhoneNumber.isValid(null, "PL")).withMessage("text");
    }

    @Test
    void mapsEveryLibphonenumberTypeToALineType() {
        Map<PhoneNumberType, LineType> expected = new EnumMap<>(PhoneNumberType.class);
        expected.put(PhoneNumberType.MOBILE, LineType.MOBILE);
        expected.put(PhoneNumberType.FIXED_LINE, LineType.FIXED_LINE);
        expected.put(PhoneNumberType.FIXED_LINE_OR_MOBILE, LineType.FIXED_LINE_OR_MOBILE);
        expected.put(PhoneNumberType.TOLL_FREE, LineType.TOLL_FREE);
        expected.put(PhoneNumberType.PREMIUM_RATE, LineType.PREMIUM_RATE);
        expected.put(PhoneNumberType.VOIP, LineType.VOIP);
        expected.put(PhoneNumberType.SHARED_COST, LineType.OTHER);
        expected.put(PhoneNumberType.PERSONAL_NUMBER, LineType.OTHER);
        expected.put(PhoneNumberType.PAGER, LineType.OTHER);
        expected.put(PhoneNumberType.UAN, LineType.OTHER);
        expected.put(PhoneNumberType.VOICEMAIL, LineType.OTHER);
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        int checked = 0;
        for (String region : List.of("PL", "GB", "DE", "FR", "US", "AT")) {
            for (Map.Entry<PhoneNumberType, LineType> entry : expected.entrySet()) {
                Phonenumber.PhoneNumber example = util.getExampleNumberForType(region, entry.getKey());
                if (example != null && util.getNumberType(example) == entry.getKey()) {
                    PhoneNumber phone = PhoneNumber.parse(util.format(example, PhoneNumberFormat.E164), region);
                    assertThat(phone.lineType()).as("%s %s", region, entry.getKey()).isEqualTo(entry.getValue());
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void parsingItsOwnFormsGivesTheSameNumber() {
        qt().forAll(IdentifierGenerators.digits(9).assuming(d -> PhoneNumber.isValid(d, "PL")))
                .checkAssert(digits -> {
                    PhoneNumber phone = PhoneNumber.parse(digits);
                    assertThat(PhoneNumber.parse(phone.value())).isEqualTo(phone);
                    assertThat(PhoneNumber.parse(phone.international(), "GB")).isEqualTo(phone);
                    assertThat(phone.value()).isEqualTo("+48" + digits);
                });
    }
}
