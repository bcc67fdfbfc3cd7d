package dev.kartoteka.examples.spring;

import dev.kartoteka.core.history.Transaction;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.registry.ClientRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application's own service: registers new client companies with their first orders through the registry, inside
 * Spring's transactions.
 */
@Service
public class ClientSignups {

    /**
     * A company signing up with its first order.
     *
     * @param legalName the company's legal name
     * @param nip its NIP
     * @param firstOrder the amount of its first order
     * @param orderedOn the day of that order
     */
    public record Signup(String legalName, Nip nip, Money firstOrder, LocalDate orderedOn) {

        /**
         * Checks that every part is given.
         *
         * @throws NullPointerException if a part is {@code null}
         */
        public Signup {
            Objects.requireNonNull(legalName, "legalName");
            Objects.requireNonNull(nip, "nip");
            Objects.requireNonNull(firstOrder, "firstOrder");
            Objects.requireNonNull(orderedOn, "orderedOn");
        }
    }

    private final ClientRegistry registry;

    ClientSignups(ClientRegistry registry) {
        this.registry = registry;
    }

    /**
     * Registers each company and records its first order, all in one transaction: if any of them is refused (e.g. its
     * NIP is already registered), the transaction is rolled back and none of the companies or orders is stored.
     *
     * @param signups the companies
     * @return the companies as stored, in the order given
     * @throws dev.kartoteka.core.KartotekaException if the registry refuses a company or an order; nothing is stored
     */
    @Transactional
    public List<Company> register(List<Signup> signups) {
        List<Company> registered = new ArrayList<>();
        for (Signup signup : signups) {
            Company company = registry.create(Company.builder().legalName(signup.legalName()).nip(signup.nip()).build());
            registry.history().record(Transaction.order(company.id(), signup.orderedOn(), signup.firstOrder()));
            registered.add(company);
        }
        return registered;
    }

    /**
     * Returns a party's orders and other transactions.
     *
     * @param party the party
     * @return its transactions, newest first
     */
    @Transactional(readOnly = true)
    public List<Transaction> ordersOf(PartyId party) {
        return registry.history().timeline(party).stream()
                .filter(Transaction.class::isInstance).map(Transaction.class::cast).toList();
    }
}
