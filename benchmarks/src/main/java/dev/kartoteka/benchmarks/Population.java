package dev.kartoteka.benchmarks;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.RoleType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** A deterministic population of companies for the benchmarks. */
final class Population {

    static final String[] WORDS = {"Łódzka", "Żółw", "Wielkopolska", "Śląska", "Mazowiecka", "Kraków", "Gdańska",
        "Polska", "Północ", "Południe", "Zachód", "Wschód", "Bałtyk", "Tatry", "Wisła", "Odra", "Warta", "Bug",
        "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"};
    static final String[] TRADES = {"Logistyka", "Meble", "Budownictwo", "Handel", "Usługi", "Transport", "Serwis",
        "Technologie", "Ogrody", "Piekarnia", "Apteka", "Drukarnia"};
    static final String[][] CITIES = {{"Łódź", "90-"}, {"Warszawa", "00-"}, {"Kraków", "30-"}, {"Gdańsk", "80-"},
        {"Wrocław", "50-"}, {"Poznań", "60-"}, {"Białystok", "15-"}, {"Zielona Góra", "65-"}};

    private Population() {
    }

    static List<Company> companies(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Company> out = new ArrayList<>(n);
        int nipSeed = 100_000_000;
        for (int i = 0; i < n; i++) {
            Nip nip = null;
            while (nip == null) {
                try {
                    nip = Nip.withCheckDigit(Integer.toString(nipSeed++));
                } catch (ValidationException remainderTen) {
                    // about one prefix in eleven has no valid NIP; take the next one
                }
            }
            String[] city = CITIES[random.nextInt(CITIES.length)];
            String name = WORDS[random.nextInt(WORDS.length)] + " " + TRADES[random.nextInt(TRADES.length)] + " " + i;
            out.add(Company.builder()
                    .legalName(name)
                    .legalForm(LegalForm.values()[random.nextInt(LegalForm.values().length)])
                    .nip(nip)
                    .addRole(PartyRole.of(random.nextBoolean() ? RoleType.CLIENT : RoleType.PARTNER,
                            LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1)))
                    .addContactPoint(EmailContact.of("biuro" + i + "@firma" + (i % 997) + ".example.pl"))
                    .addContactPoint(PostalAddress.polish("ul. Długa", Integer.toString(1 + random.nextInt(200)),
                            city[1] + String.format("%03d", random.nextInt(1000)), city[0]))
                    .build());
        }
        return out;
    }
}
