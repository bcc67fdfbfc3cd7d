package dev.kartoteka.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * A commercial transaction of the history. Amounts are exact decimals with the scale they were given kept beside
 * them, so {@code 100} and {@code 100.00} read back as written.
 */
@Entity
@Table(name = "kt_transaction")
public class TransactionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kt_row_seq")
    @SequenceGenerator(name = "kt_row_seq", sequenceName = "kt_row_seq", allocationSize = 1000)
    @Column(name = "id")
    Long id;

    @Column(name = "transaction_id", length = 36, nullable = false)
    String transactionId;

    @TenantId
    @Column(name = "tenant_id", length = 64, nullable = false)
    String tenant;

    @Column(name = "party_id", length = 36, nullable = false)
    String partyId;
    @Column(name = "transaction_type", length = 16, nullable = false)
    String type;
    @Column(name = "transaction_date", nullable = false)
    LocalDate date;
    @Column(name = "currency", length = 3, nullable = false)
    String currency;
    @Column(name = "amount", precision = 19, scale = 4, nullable = false)
    BigDecimal amount;
    @Column(name = "amount_scale", nullable = false)
    int amountScale;
    @Column(name = "margin", precision = 19, scale = 4)
    BigDecimal margin;
    @Column(name = "margin_scale")
    Integer marginScale;
    @Column(name = "status", length = 16, nullable = false)
    String status;
    @Column(name = "external_reference", length = 100)
    String externalReference;

    protected TransactionRow() {
    }

    TransactionRow(String transactionId) {
        this.transactionId = transactionId;
    }
}
