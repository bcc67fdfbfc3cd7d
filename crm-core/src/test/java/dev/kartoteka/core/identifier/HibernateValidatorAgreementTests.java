package dev.kartoteka.core.identifier;

import static dev.kartoteka.core.identifier.IdentifierGenerators.NIP_WEIGHTS;
import static dev.kartoteka.core.identifier.IdentifierGenerators.digits;
import static dev.kartoteka.core.identifier.IdentifierGenerators.singleDigitChanges;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validNips;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validPesels;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validRegons14;
import static dev.kartoteka.core.identifier.IdentifierGenerators.validRegons9;
import static dev.kartoteka.core.identifier.IdentifierGenerators.weightedSum;
import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.validator.constraints.pl.NIP;
import org.hibernate.validator.constraints.pl.PESEL;
import org.hibernate.validator.constraints.pl.REGON;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Compares {@code isValid} of {@link Nip}, {@link Regon} and {@link Pesel} with Hibernate Validator's Polish
 * validators, a second implementation of the same published algorithms. Where the two legitimately differ, the
 * property says how:
 *
 * <ul>
 *   <li>NIP: both reject a checksum remainder of 10 (Hibernate Validator 8 accepted it with the check digit 0; no such
 *       NIP is ever issued); they agree everywhere.</li>
 *   <li>14-digit REGON: Hibernate Validator checks only the 14-digit checksum; {@link Regon} also requires the first
 *       nine digits to be a valid REGON.</li>
 *   <li>PESEL: both check the date (with the same century coding) and the checksum; they agree everywhere.</li>
 * </ul>
 *
 * <p>Random digit strings alone would almost never be valid, so the inputs mix random strings, valid numbers and valid
 * numbers with one digit changed.
 */
class HibernateValidatorAgreementTests {

    private static final int EXAMPLES = 5_000;

    @SuppressWarnings("unused") // the constraints are read reflectively by the validator
    private static final class Annotated {
        @NIP
        String nip;
        @REGON
        String regon;
        @PESEL
        String pesel;
    }

    /** Hibernate Validator through its public API: the Polish constraints on the fields of {@link Annotated}. */
    private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static boolean hibernateAccepts(String field, String text) {
        return VALIDATOR.validateValue(Annotated.class, field, text).isEmpty();
    }

    @Test
    void agreesOnNip() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(10), validNips())).checkAssert(text ->
                assertThat(Nip.isValid(text)).as(text).isEqualTo(hibernateAccepts("nip", text)));
    }

    @Test
    void bothRejectTheNipWhoseChecksumRemainderIsTenAndAcceptAnIssuedOne() {
        // Hibernate Validator 8 accepted remainder 10 with check digit 0; since 9.x it rejects it, as we always did
        assertThat(weightedSum("1234567890", NIP_WEIGHTS) % 11).isEqualTo(10);
        assertThat(hibernateAccepts("nip", "1234567890")).isFalse();
        assertThat(Nip.isValid("1234567890")).isFalse();
        assertThat(hibernateAccepts("nip", "5261040828")).isTrue();
        assertThat(Nip.isValid("5261040828")).isTrue();
    }

    @Test
    void agreesOnNineDigitRegon() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(9), validRegons9())).checkAssert(text ->
                assertThat(Regon.isValid(text)).as(text).isEqualTo(hibernateAccepts("regon", text)));
    }

    @Test
    void agreesOnFourteenDigitRegonOnceHibernateValidatorAlsoChecksThePrefix() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(14), validRegons14())).checkAssert(text -> {
            boolean hibernate = hibernateAccepts("regon", text)
                    && hibernateAccepts("regon", text.substring(0, 9));
            assertThat(Regon.isValid(text)).as(text).isEqualTo(hibernate);
        });
    }

    @Test
    void hibernateValidatorAcceptsAFourteenDigitRegonWithAnInvalidPrefix() {
        assertThat(hibernateAccepts("regon", "12345678600008")).isTrue();
        assertThat(Regon.isValid("12345678600008")).isFalse();
    }

    @Test
    void agreesOnPesel() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(11), validPesels())).checkAssert(text ->
                assertThat(Pesel.isValid(text)).as(text).isEqualTo(hibernateAccepts("pesel", text)));
    }

    /** A third random strings, a third valid numbers, a third valid numbers with one digit changed. */
    private static Gen<String> mixed(Gen<String> random, Gen<String> valid) {
        Gen<String> changed = singleDigitChanges(valid).map(IdentifierGenerators.DigitChange::changed);
        return random.mix(valid, 33).mix(changed, 33);
    }
}
