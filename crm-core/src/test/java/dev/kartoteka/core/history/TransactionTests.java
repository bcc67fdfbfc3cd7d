package dev.kartoteka.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionTests {

    private static final PartyId ACME = PartyId.random();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void orderIsPlacedWithARandomIdAndNoMarginOrReference() {
        Transaction one = Transaction.order(ACME, DAY, pln("100.00"));
        Transaction other = Transaction.order(ACME, DAY, pln("100.00"));

        assertThat(one.id()).isNotEqualTo(other.id());
        assertThat(one.partyId()).isEqualTo(ACME);
        assertThat(one.type()).isEqualTo(TransactionType.ORDER);
        assertThat(one.date()).isEqualTo(DAY);
        assertThat(one.amount()).isEqualTo(pln("100.00"));
        assertThat(one.status()).isEqualTo(TransactionStatus.PLACED);
        assertThat(one.margin()).isEmpty();
        assertThat(one.externalReference()).isEmpty();
    }

    @Test
    void copiesChangeOnlyTheirPart() {
        Transaction order = Transaction.order(ACME, DAY, pln("100.00"));

        Transaction changed = order.withMargin(pln("25.00")).withStatus(TransactionStatus.PAID)
                .withExternalReference("ZAM/2026/11/0042");

        assertThat(changed).isEqualTo(new Transaction(order.id(), ACME, TransactionType.ORDER, DAY, pln("100.00"),
                Optional.of(pln("25.00")), TransactionStatus.PAID, Optional.of("ZAM/2026/11/0042")));
    }

    @Test
    void timeIsTheStartOfItsDayInUtc() {
        assertThat(Transaction.order(ACME, DAY, pln("1.00")).time()).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
    }

    @Test
    void acceptsAnAmountOfZero() {
        assertThat(Transaction.order(ACME, DAY, pln("0.00")).amount().amount()).isZero();
    }

    @Test
    void rejectsNegativeAmount() {
        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> Transaction.order(ACME, DAY, pln("-0.01")))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("transaction.amount"));
    }

    @Test
    void rejectsMarginInAnotherCurrency() {
        Transaction order = Transaction.order(ACME, DAY, pln("100.00"));

        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> order.withMargin(Money.of("10", "EUR")))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("transaction.margin"));
    }

    @Test
    void rejectsMarginAboveTheAmount() {
        Transaction order = Transaction.order(ACME, DAY, pln("100.00"));

        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> order.withMargin(pln("100.01")))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("transaction.margin"));
    }

    @Test
    void acceptsMarginEqualToTheAmount() {
        assertThat(Transaction.order(ACME, DAY, pln("100.00")).withMargin(pln("100")).margin()).contains(pln("100.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void rejectsBlankExternalReference(String reference) {
        Transaction order = Transaction.order(ACME, DAY, pln("100.00"));

        assertThatExceptionOfType(ValidationException.class).isThrownBy(() -> order.withExternalReference(reference))
                .satisfies(e -> assertThat(e.violations()).extracting(v -> v.path())
                        .containsExactly("transaction.externalReference"));
    }

    @Test
    void acceptsExternalReferenceOfOneHundredCharacters() {
        String reference = "R".repeat(100);

        assertThat(Transaction.order(ACME, DAY, pln("1.00")).withExternalReference(reference).externalReference())
                .contains(reference);
    }

    @Test
    void rejectsExternalReferenceLongerThanOneHundredCharacters() {
        Transaction order = Transaction.order(ACME, DAY, pln("100.00"));

        assertThatExceptionOfType(ValidationException.class)
                .isThrownBy(() -> order.withExternalReference("R".repeat(101)));
    }

    @ParameterizedTest
    @CsvSource({
        "ORDER,   PLACED,    true",
        "ORDER,   PAID,      true",
        "ORDER,   CANCELLED, false",
        "ORDER,   RETURNED,  false",
        "PAYMENT, PLACED,    false",
        "PAYMENT, PAID,      false",
        "PAYMENT, CANCELLED, false",
        "PAYMENT, RETURNED,  false",
        "RETURN,  PLACED,    false",
        "RETURN,  PAID,      false",
        "RETURN,  CANCELLED, false",
        "RETURN,  RETURNED,  false"
    })
    void isAPurchaseOnlyWhenAnOrderIsPlacedOrPaid(TransactionType type, TransactionStatus status, boolean purchase) {
        Transaction t = new Transaction(UUID.randomUUID(), ACME, type, DAY, pln("10.00"), Optional.empty(), status,
                Optional.empty());

        assertThat(t.isPurchase()).isEqualTo(purchase);
    }

    @Test
    void onlyPlacedAndPaidCountAsPurchases() {
        assertThat(TransactionStatus.PLACED.countsAsPurchase()).isTrue();
        assertThat(TransactionStatus.PAID.countsAsPurchase()).isTrue();
        assertThat(TransactionStatus.CANCELLED.countsAsPurchase()).isFalse();
        assertThat(TransactionStatus.RETURNED.countsAsPurchase()).isFalse();
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> Transaction.order(null, DAY, pln("1.00")));
        assertThatNullPointerException().isThrownBy(() -> Transaction.order(ACME, null, pln("1.00")));
        assertThatNullPointerException().isThrownBy(() -> Transaction.order(ACME, DAY, null));
        assertThatNullPointerException().isThrownBy(() -> new Transaction(UUID.randomUUID(), ACME,
                TransactionType.ORDER, DAY, pln("1.00"), Optional.empty(), null, Optional.empty()));
        assertThatNullPointerException().isThrownBy(() -> new Transaction(null, ACME,
                TransactionType.ORDER, DAY, pln("1.00"), Optional.empty(), TransactionStatus.PAID, Optional.empty()));
    }

    private static Money pln(String amount) {
        return new Money(new BigDecimal(amount), java.util.Currency.getInstance("PLN"));
    }
}
