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

import java.lang.annotation.Annotation;
import org.hibernate.validator.constraints.pl.NIP;
import org.hibernate.validator.constraints.pl.PESEL;
import org.hibernate.validator.constraints.pl.REGON;
import org.hibernate.validator.internal.constraintvalidators.hv.pl.NIPValidator;
import org.hibernate.validator.internal.constraintvalidators.hv.pl.PESELValidator;
import org.hibernate.validator.internal.constraintvalidators.hv.pl.REGONValidator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Compares {@code isValid} of {@link Nip}, {@link Regon} and {@link Pesel} with Hibernate Validator's Polish
 * validators, a second implementation of the same published algorithms. Where the two legitimately differ, the
 * property says how:
 *
 * <ul>
 *   <li>NIP: Hibernate Validator accepts first nine digits whose checksum remainder is 10 with the check digit 0; no
 *       such NIP is ever issued and {@link Nip} rejects it.</li>
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

    @SuppressWarnings("unused") // read reflectively for the annotation instances
    private static final class Annotated {
        @NIP
        String nip;
        @REGON
        String regon;
        @PESEL
        String pesel;
    }

    private final NIPValidator nipValidator = new NIPValidator();
    private final REGONValidator regonValidator = new REGONValidator();
    private final PESELValidator peselValidator = new PESELValidator();

    HibernateValidatorAgreementTests() {
        nipValidator.initialize(annotation("nip", NIP.class));
        regonValidator.initialize(annotation("regon", REGON.class));
        peselValidator.initialize(annotation("pesel", PESEL.class));
    }

    @Test
    void agreesOnNipExceptThatHibernateValidatorAcceptsRemainderTenWithCheckDigitZero() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(10), validNips())).checkAssert(text -> {
            boolean remainderTen = weightedSum(text, NIP_WEIGHTS) % 11 == 10;
            boolean hibernate = nipValidator.isValid(text, null);
            if (remainderTen) {
                assertThat(Nip.isValid(text)).as(text).isFalse();
                assertThat(hibernate).as(text).isEqualTo(text.endsWith("0"));
            } else {
                assertThat(Nip.isValid(text)).as(text).isEqualTo(hibernate);
            }
        });
    }

    @Test
    void hibernateValidatorAcceptsTheNipWithRemainderTenThatWeReject() {
        assertThat(nipValidator.isValid("1234567890", null)).isTrue();
        assertThat(Nip.isValid("1234567890")).isFalse();
    }

    @Test
    void agreesOnNineDigitRegon() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(9), validRegons9())).checkAssert(text ->
                assertThat(Regon.isValid(text)).as(text).isEqualTo(regonValidator.isValid(text, null)));
    }

    @Test
    void agreesOnFourteenDigitRegonOnceHibernateValidatorAlsoChecksThePrefix() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(14), validRegons14())).checkAssert(text -> {
            boolean hibernate = regonValidator.isValid(text, null)
                    && regonValidator.isValid(text.substring(0, 9), null);
            assertThat(Regon.isValid(text)).as(text).isEqualTo(hibernate);
        });
    }

    @Test
    void hibernateValidatorAcceptsAFourteenDigitRegonWithAnInvalidPrefix() {
        assertThat(regonValidator.isValid("12345678600008", null)).isTrue();
        assertThat(Regon.isValid("12345678600008")).isFalse();
    }

    @Test
    void agreesOnPesel() {
        qt().withExamples(EXAMPLES).forAll(mixed(digits(11), validPesels())).checkAssert(text ->
                assertThat(Pesel.isValid(text)).as(text).isEqualTo(peselValidator.isValid(text, null)));
    }

    /** A third random strings, a third valid numbers, a third valid numbers with one digit changed. */
    private static Gen<String> mixed(Gen<String> random, Gen<String> valid) {
        Gen<String> changed = singleDigitChanges(valid).map(IdentifierGenerators.DigitChange::changed);
        return random.mix(valid, 33).mix(changed, 33);
    }

    private static <A extends Annotation> A annotation(String field, Class<A> type) {
        try {
            return Annotated.class.getDeclaredField(field).getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
