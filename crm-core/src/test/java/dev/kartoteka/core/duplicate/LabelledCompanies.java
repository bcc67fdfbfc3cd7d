package dev.kartoteka.core.duplicate;

import static dev.kartoteka.core.duplicate.Variations.ascii;
import static dev.kartoteka.core.duplicate.Variations.pick;
import static dev.kartoteka.core.duplicate.Variations.pickSkewed;

import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.LegalForm;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Labelled companies for duplicate detection: invented brand names ({@code "Budmar"}, {@code "Agrotex Łódź"}) and
 * owner-named firms ({@code "Zakład Stolarski Jan Wiśniewski"}), a legal form written into the name, NIP (70 %),
 * REGON (50 %), KRS (30 %), an e-mail, an office phone and an address; about one record in ten a re-entry with: NIP,
 * REGON and KRS each left out (50 %), the legal form written another way or left out (50 %), one typo in the name
 * (30 %), diacritics lost (30 %), capitals (20 %), e-mail, phone or address left out (30 % each), street without
 * {@code ul.} (30 %). A re-entry keeps at least one identifier, contact or the address in common with the original.
 */
public final class LabelledCompanies {

    static final String[] BRAND_ROOTS = {"Bud", "Pol", "Tech", "Trans", "Med", "Agro", "Elektro", "Inter", "Euro",
        "Mleko", "Drew", "Stal", "Kom", "Sys", "Net", "Data", "Eko", "Auto", "Farm", "Hydro", "Term", "Geo", "Info",
        "Opti", "Mega", "Neo", "Pro", "Rol", "Spec", "Wod", "Gaz", "Chem", "Plast", "Tex", "Meb", "Kar", "Lux",
        "Ster", "Mar", "Dom"};
    static final String[] BRAND_ENDINGS = {"ex", "mar", "pol", "bud", "trans", "tex", "med", "soft", "net", "plast",
        "rol", "gaz", "tech", "max", "land", "serwis", "bis", "kom", "lux", "mat"};
    static final String[] TRADES = {"Przedsiębiorstwo Handlowe", "Zakład Stolarski", "Kancelaria Prawna",
        "Biuro Rachunkowe", "Firma Budowlana", "Usługi Transportowe", "Piekarnia", "Warsztat Samochodowy",
        "Gabinet Stomatologiczny", "Pracownia Architektoniczna", "Hurtownia Spożywcza", "Apteka", "Kwiaciarnia",
        "Studio Fryzjerskie", "Zakład Ślusarski", "Przychodnia Weterynaryjna"};
    private static final LegalForm[] FORMS = {LegalForm.LIMITED_LIABILITY_COMPANY, LegalForm.JOINT_STOCK_COMPANY,
        LegalForm.GENERAL_PARTNERSHIP, LegalForm.CIVIL_PARTNERSHIP, LegalForm.SOLE_PROPRIETORSHIP,
        LegalForm.LIMITED_PARTNERSHIP};
    private static final String[][] FORM_SPELLINGS = {{"Sp. z o.o.", "sp. z o. o.", "spółka z ograniczoną odpowiedzialnością", "SP. Z O.O."},
        {"S.A.", "SA", "Spółka Akcyjna"}, {"sp.j.", "Sp. J.", "spółka jawna"}, {"s.c.", "S.C.", "spółka cywilna"},
        {"", ""}, {"sp.k.", "Sp. k.", "spółka komandytowa"}};

    private LabelledCompanies() {
    }

    /** A company before it is typed in. */
    private record Facts(String name, int form, String formSpelling, Nip nip, Regon regon, Krs krs, String email,
            String phone, String street, String building, String postal, String city) {
    }

    /**
     * Generates labelled companies.
     *
     * @param records how many records (originals and re-entries)
     * @param seed the seed
     * @return the records, re-entries right after their original
     */
    public static List<Labelled<Company>> generate(int records, long seed) {
        Random random = new Random(seed);
        List<Labelled<Company>> out = new ArrayList<>(records);
        long record = 0;
        for (int e = 0; out.size() < records; e++) {
            Facts f = facts(e, random);
            out.add(new Labelled<>(company(f, new UUID(seed, record++)), e));
            int copies = random.nextDouble() < 0.09 ? 1 : 0;
            copies += random.nextDouble() < 0.01 ? 2 : 0;
            for (int c = 0; c < copies && out.size() < records; c++) {
                out.add(new Labelled<>(company(reentry(f, random), new UUID(seed, record++)), e));
            }
        }
        return out;
    }

    private static Facts facts(int e, Random random) {
        String name;
        double kind = random.nextDouble();
        if (kind < 0.45) {
            name = pick(BRAND_ROOTS, random) + pick(BRAND_ENDINGS, random).toLowerCase();
        } else if (kind < 0.7) {
            name = pick(BRAND_ROOTS, random) + pick(BRAND_ROOTS, random).toLowerCase() + pick(BRAND_ENDINGS, random);
        } else {
            boolean female = random.nextBoolean();
            String family = random.nextDouble() < 0.3 ? pickSkewed(LabelledPersons.COMMON_SURNAMES, random)
                    : LabelledPersons.composedSurname(random);
            if (female && family.endsWith("ki")) {
                family = family.substring(0, family.length() - 1) + "a";
            }
            name = pick(TRADES, random) + " " + pickSkewed(female ? LabelledPersons.FEMALE : LabelledPersons.MALE,
                    random) + " " + family;
        }
        String[] place = pickSkewed(LabelledPersons.CITIES, random);
        if (random.nextDouble() < 0.2) {
            name = name + " " + place[0];
        }
        int form = random.nextInt(FORMS.length);
        Nip nip = random.nextDouble() < 0.7 ? nip(e) : null;
        Regon regon = random.nextDouble() < 0.5 ? Regon.withCheckDigit(String.format("%08d", 10_000_000 + e)) : null;
        Krs krs = form <= 1 && random.nextDouble() < 0.6 ? Krs.parse(Long.toString(100_000 + e)) : null;
        String email = random.nextDouble() < 0.7 ? pick(new String[] {"biuro", "kontakt", "info", "sekretariat"},
                random) + "@" + ascii(name).substring(0, Math.min(12, ascii(name).length())) + Integer.toString(e, 36)
                + ".pl" : null;
        String phone = random.nextDouble() < 0.6
                ? "22" + String.format("%07d", 1_000_000 + e % 8_000_000) : null;
        int free = 5 - place[1].length();
        String digits = place[1] + String.format("%0" + free + "d", random.nextInt((int) Math.pow(10, free)));
        return new Facts(name, form, FORM_SPELLINGS[form][0], nip, regon, krs, email, phone,
                "ul. " + pick(LabelledPersons.STREETS, random), Integer.toString(1 + random.nextInt(200)),
                digits.substring(0, 2) + "-" + digits.substring(2), place[0]);
    }

    private static Nip nip(int e) {
        String eight = String.format("%08d", 20_000_000 + e);
        try {
            return Nip.withCheckDigit(eight + "0");
        } catch (ValidationException remainderTen) {
            return Nip.withCheckDigit(eight + "1");
        }
    }

    private static Facts reentry(Facts f, Random random) {
        String name = f.name();
        if (random.nextDouble() < 0.30) {
            name = Variations.typo(name, random);
        }
        boolean strip = random.nextDouble() < 0.30;
        if (strip) {
            name = Variations.withoutDiacritics(name);
        }
        if (random.nextDouble() < 0.20) {
            name = Variations.upper(name);
        }
        String form = random.nextDouble() < 0.5 ? pick(FORM_SPELLINGS[f.form()], random) : "";
        Nip nip = random.nextDouble() < 0.5 ? f.nip() : null;
        Regon regon = random.nextDouble() < 0.5 ? f.regon() : null;
        Krs krs = random.nextDouble() < 0.5 ? f.krs() : null;
        String email = random.nextDouble() < 0.7 ? f.email() : null;
        String phone = random.nextDouble() < 0.7 ? f.phone() : null;
        boolean address = random.nextDouble() < 0.7;
        if (nip == null && regon == null && krs == null && email == null && phone == null && !address) {
            address = true;
        }
        String street = address ? f.street() : null;
        if (street != null && random.nextDouble() < 0.3) {
            street = street.replace("ul. ", "");
        }
        String city = address && strip ? Variations.withoutDiacritics(f.city()) : f.city();
        return new Facts(name, f.form(), form, nip, regon, krs, email, phone, street, f.building(), f.postal(), city);
    }

    private static Company company(Facts f, UUID id) {
        Company.Builder b = Company.builder().id(new PartyId(id))
                .legalName(f.formSpelling().isEmpty() ? f.name() : f.name() + " " + f.formSpelling())
                .legalForm(FORMS[f.form()]).nip(f.nip()).regon(f.regon()).krs(f.krs());
        if (f.email() != null) {
            b.addContactPoint(EmailContact.of(f.email()));
        }
        if (f.phone() != null) {
            b.addContactPoint(PhoneContact.of(f.phone()));
        }
        if (f.street() != null) {
            b.addContactPoint(PostalAddress.polish(f.street(), f.building(), f.postal(), f.city()));
        }
        return b.build();
    }
}
