package dev.kartoteka.core.history;

import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The compact purchase history of one party in one currency, up to a day or within a window of days: what segmentation
 * and CLV consume instead of the transactions themselves. Purchases are orders that are placed or paid; purchases on
 * the same day count as one purchase day.
 *
 * @param partyId the party
 * @param currency the currency of the amounts
 * @param firstPurchase the day of the first purchase
 * @param lastPurchase the day of the last purchase
 * @param purchaseDays how many distinct days had purchases (so the repeat purchases are {@code purchaseDays - 1})
 * @param purchases how many purchases (orders) there were
 * @param total the sum of all purchases
 * @param firstDayTotal the sum of the purchases on the first day (repeat spend = total − firstDayTotal)
 * @param marginTotal the sum of the known margins
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PurchaseSummary(PartyId partyId, Currency currency, LocalDate firstPurchase, LocalDate lastPurchase,
                              int purchaseDays, long purchases, BigDecimal total, BigDecimal firstDayTotal,
                              BigDecimal marginTotal) {

    /**
     * Creates a summary, checking it.
     *
     * @param partyId the party
     * @param currency the currency
     * @param firstPurchase the first day
     * @param lastPurchase the last day
     * @param purchaseDays distinct days
     * @param purchases the number of purchases
     * @param total the total
     * @param firstDayTotal the first day's total
     * @param marginTotal the margins' total
     * @throws IllegalArgumentException if the figures contradict each other
     */
    public PurchaseSummary {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(firstPurchase, "firstPurchase");
        Objects.requireNonNull(lastPurchase, "lastPurchase");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(firstDayTotal, "firstDayTotal");
        Objects.requireNonNull(marginTotal, "marginTotal");
        long calendarDays = java.time.temporal.ChronoUnit.DAYS.between(firstPurchase, lastPurchase) + 1;
        boolean consistent = !lastPurchase.isBefore(firstPurchase) && purchaseDays >= 1 && purchases >= purchaseDays
                && purchaseDays <= calendarDays && total.signum() >= 0 && firstDayTotal.signum() >= 0
                && firstDayTotal.compareTo(total) <= 0 && marginTotal.compareTo(total) <= 0
                && (purchaseDays > 1 || (firstPurchase.equals(lastPurchase) && firstDayTotal.compareTo(total) == 0))
                && (purchaseDays == 1 || !firstPurchase.equals(lastPurchase));
        if (!consistent) {
            throw new IllegalArgumentException("inconsistent purchase summary of party " + partyId);
        }
    }

    /** @return the number of repeat purchase days ({@code purchaseDays - 1}), the "frequency" of CLV models */
    public int repeatPurchaseDays() {
        return purchaseDays - 1;
    }

    /** @return the average order value: total / purchases, rounded half-even to the currency's minor units */
    public BigDecimal averageOrderValue() {
        return total.divide(BigDecimal.valueOf(purchases), Math.max(currency.getDefaultFractionDigits(), 0),
                java.math.RoundingMode.HALF_EVEN);
    }
}
