package dev.kartoteka.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class PurchaseSummaryTests {

    private static final PartyId ACME = PartyId.random();
    private static final Currency PLN = Currency.getInstance("PLN");
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);

    @Test
    void acceptsConsistentFigures() {
        PurchaseSummary s = summary(MARCH_1, MARCH_10, 2, 3, "220.00", "150.00", "30.00");

        assertThat(s.partyId()).isEqualTo(ACME);
        assertThat(s.currency()).isEqualTo(PLN);
        assertThat(s.firstPurchase()).isEqualTo(MARCH_1);
        assertThat(s.lastPurchase()).isEqualTo(MARCH_10);
        assertThat(s.purchaseDays()).isEqualTo(2);
        assertThat(s.purchases()).isEqualTo(3);
    }

    @Test
    void acceptsASinglePurchase() {
        PurchaseSummary s = summary(MARCH_1, MARCH_1, 1, 1, "0.00", "0.00", "0");

        assertThat(s.repeatPurchaseDays()).isZero();
        assertThat(s.averageOrderValue()).isEqualByComparingTo("0");
    }

    @Test
    void repeatPurchaseDaysAreTheDaysAfterTheFirst() {
        assertThat(summary(MARCH_1, MARCH_10, 4, 9, "90.00", "10.00", "0").repeatPurchaseDays()).isEqualTo(3);
    }

    @Test
    void averageOrderValueIsTotalOverPurchasesRoundedToCents() {
        PurchaseSummary s = summary(MARCH_1, MARCH_10, 2, 3, "30.02", "10.00", "0");

        assertThat(s.averageOrderValue()).isEqualByComparingTo("10.01");
    }

    @Test
    void rejectsLastPurchaseBeforeTheFirst() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_10, MARCH_1, 2, 2, "20.00", "10.00", "0"));
    }

    @Test
    void rejectsZeroPurchaseDays() {
        assertThatIllegalArgumentException().isThrownBy(() -> summary(MARCH_1, MARCH_1, 0, 0, "0", "0", "0"));
    }

    @Test
    void rejectsFewerPurchasesThanPurchaseDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_10, 3, 2, "30.00", "10.00", "0"));
    }

    @Test
    void rejectsMorePurchaseDaysThanCalendarDaysFromFirstToLast() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_1.plusDays(1), 3, 3, "30.00", "10.00", "0"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_1, 2, 2, "30.00", "10.00", "0"));
    }

    @Test
    void rejectsOnePurchaseDaySpanningSeveralDays() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_10, 1, 1, "10.00", "10.00", "0"));
    }

    @Test
    void rejectsFirstDayTotalAboveTheTotal() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_10, 2, 2, "20.00", "20.01", "0"));
    }

    @Test
    void rejectsOnePurchaseDayWhoseTotalDiffersFromTheFirstDayTotal() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_1, 1, 2, "20.00", "10.00", "0"));
    }

    @Test
    void rejectsNegativeTotals() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_10, 2, 2, "-20.00", "-30.00", "0"));
    }

    @Test
    void rejectsMarginTotalAboveTheTotal() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> summary(MARCH_1, MARCH_10, 2, 2, "20.00", "10.00", "20.01"));
    }

    @Test
    void rejectsNullArguments() {
        BigDecimal ten = BigDecimal.TEN;
        assertThatNullPointerException()
                .isThrownBy(() -> new PurchaseSummary(null, PLN, MARCH_1, MARCH_1, 1, 1, ten, ten, ten));
        assertThatNullPointerException()
                .isThrownBy(() -> new PurchaseSummary(ACME, null, MARCH_1, MARCH_1, 1, 1, ten, ten, ten));
        assertThatNullPointerException()
                .isThrownBy(() -> new PurchaseSummary(ACME, PLN, null, MARCH_1, 1, 1, ten, ten, ten));
        assertThatNullPointerException()
                .isThrownBy(() -> new PurchaseSummary(ACME, PLN, MARCH_1, MARCH_1, 1, 1, null, ten, ten));
        assertThatNullPointerException()
                .isThrownBy(() -> new PurchaseSummary(ACME, PLN, MARCH_1, MARCH_1, 1, 1, ten, ten, null));
    }

    private static PurchaseSummary summary(LocalDate first, LocalDate last, int days, long purchases, String total,
                                           String firstDayTotal, String marginTotal) {
        return new PurchaseSummary(ACME, PLN, first, last, days, purchases, new BigDecimal(total),
                new BigDecimal(firstDayTotal), new BigDecimal(marginTotal));
    }
}
