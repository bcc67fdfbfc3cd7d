package dev.kartoteka.segmentation.rfm;

import static dev.kartoteka.segmentation.rfm.RfmTheories.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.history.PurchaseSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** What a party's RFM input must be, and where it comes from. */
class RfmInputTests {

    @Test
    void rejectsANegativeRecencyNamingTheField() {
        assertThatThrownBy(() -> new RfmInput(party(1), -1, 1, 10))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("recencyDays")
                .satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::path)
                        .containsExactly("recencyDays"));
    }

    @Test
    void rejectsPartiesWithoutPurchases() {
        assertThatThrownBy(() -> new RfmInput(party(1), 0, 0, 0))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("frequency").hasMessageContaining("1 or more");
    }

    @Test
    void rejectsNegativeOrNonFiniteMonetaryValues() {
        for (double bad : new double[] {-0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new RfmInput(party(1), 0, 1, bad))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("monetary");
        }
    }

    @Test
    void rejectsAMissingParty() {
        assertThatNullPointerException().isThrownBy(() -> new RfmInput(null, 0, 1, 0)).withMessage("partyId");
    }

    @Test
    void storesNegativeZeroAsZero() {
        assertThat(new RfmInput(party(1), 0, 1, -0.0)).isEqualTo(new RfmInput(party(1), 0, 1, 0.0));
    }

    @Test
    void takesRecencyPurchaseDaysAndTotalFromAPurchaseSummary() {
        PurchaseSummary summary = new PurchaseSummary(party(7), Currency.getInstance("PLN"),
                LocalDate.of(2025, 1, 10), LocalDate.of(2025, 3, 1), 4, 6, new BigDecimal("420.50"),
                new BigDecimal("100.00"), BigDecimal.ZERO);

        assertThat(RfmInput.of(summary, LocalDate.of(2025, 3, 31)))
                .isEqualTo(new RfmInput(party(7), 30, 4, 420.5));
        assertThatThrownBy(() -> RfmInput.of(summary, LocalDate.of(2025, 2, 28)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("recencyDays");
    }
}
