package dev.kartoteka.examples;

import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.party.PartyId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything that must be unique across a data set, derived from the record's number alone: party, transaction and
 * interaction ids; PESEL birth dates, sexes and serials; phone numbers; NIPs, REGONs, KRS and EU VAT numbers. Each
 * comes from a keyed {@link Permutation} of the record's number, so two records never share one and no record needs
 * another to be generated first.
 *
 * <p>Ids are version-8 ("custom") UUIDs: the high half is a hash of the seed (and of the kind of id), the low half
 * carries the client number and the record's role in its group, so {@link #decode} finds the record again.
 */
final class Identities {

    /** Roles of the parties in one client's group, in the low bits of their ids. */
    static final int CLIENT = 0;
    static final int REENTRY = 4;
    static final int MAX_CONTACT_PERSONS = 3;

    /** Limits that keep the permutations collision-free. */
    static final int MAX_PERSONS = 4_000_000;
    static final int MAX_COMPANIES = 1_000_000;

    private static final long VARIANT = 0x8000_0000_0000_0000L;
    private static final int FIRST_ADULT_AGE = 18;
    private static final int LAST_AGE = 85;

    private final long partyHigh;
    private final long transactionHigh;
    private final long interactionHigh;
    private final LocalDate firstBirth;
    private final Permutation births;
    private final Permutation mobiles;
    private final Permutation landlines;
    private final Permutation nips;
    private final Permutation regons;
    private final Permutation krsNumbers;
    private final Permutation abroad7;
    private final Permutation abroad8;
    private final Permutation vats;

    Identities(long seed, LocalDate asOf) {
        this.partyHigh = version8(Rng.mix(seed ^ 0x5041525459L));
        this.transactionHigh = version8(Rng.mix(seed ^ 0x5452414E53L));
        this.interactionHigh = version8(Rng.mix(seed ^ 0x494E544552L));
        this.firstBirth = asOf.minusYears(LAST_AGE);
        long birthDays = asOf.minusYears(FIRST_ADULT_AGE).toEpochDay() - firstBirth.toEpochDay() + 1;
        this.births = new Permutation(birthDays * 2000, Rng.mix(seed + 1));
        this.mobiles = new Permutation(Vocabulary.MOBILE_PREFIXES.length * 1_000_000L, Rng.mix(seed + 2));
        this.landlines = new Permutation(7_000_000L, Rng.mix(seed + 3));
        this.nips = new Permutation(1_000_000L, Rng.mix(seed + 4));
        this.regons = new Permutation(1_000_000L, Rng.mix(seed + 5));
        this.krsNumbers = new Permutation(1_000_000L, Rng.mix(seed + 6));
        this.abroad7 = new Permutation(7_000_000L, Rng.mix(seed + 8));
        this.abroad8 = new Permutation(70_000_000L, Rng.mix(seed + 9));
        this.vats = new Permutation(90_000_000L, Rng.mix(seed + 10));
    }

    private static long version8(long high) {
        return (high & ~0xF000L) | 0x8000L;
    }

    // ----------------------------------------------------------------------------------------------------------- ids

    PartyId partyId(long client, int role) {
        return new PartyId(new UUID(partyHigh, VARIANT | (client << 3) | role));
    }

    /** The client number and role of one of this data set's ids; empty for any other id. */
    Optional<long[]> decode(PartyId id) {
        UUID u = id.value();
        long low = u.getLeastSignificantBits();
        if (u.getMostSignificantBits() != partyHigh || (low & 0xC000_0000_0000_0000L) != VARIANT) {
            return Optional.empty();
        }
        long payload = low & ~0xC000_0000_0000_0000L;
        return Optional.of(new long[] {payload >>> 3, payload & 7});
    }

    UUID transactionId(long client, int number) {
        return new UUID(transactionHigh, VARIANT | (client << 14) | number);
    }

    UUID interactionId(long client, int number) {
        return new UUID(interactionHigh, VARIANT | (client << 14) | number);
    }

    // ------------------------------------------------------------------------------------------------------ persons

    /** Birth date, sex and PESEL serial of the {@code person}-th person: a unique slot of (day, sex, serial). */
    record Birth(LocalDate date, Sex sex, int serial) {
        Pesel pesel() {
            return Pesel.of(date, sex, serial);
        }
    }

    Birth birth(long person) {
        long slot = births.apply(person);
        long day = slot / 2000;
        int rest = (int) (slot % 2000);
        return new Birth(firstBirth.plusDays(day), rest % 2 == 0 ? Sex.FEMALE : Sex.MALE, rest / 2);
    }

    /** The national nine digits of a unique Polish mobile number for a phone slot. */
    String mobile(long slot) {
        long n = mobiles.apply(slot);
        return Vocabulary.MOBILE_PREFIXES[(int) (n / 1_000_000)] + pad(n % 1_000_000, 6);
    }

    /** Seven subscriber digits of a unique Polish landline (first digit 2 to 8) for a company. */
    String landline(long company) {
        return Long.toString(2_000_000 + landlines.apply(company));
    }

    /**
     * Unique subscriber digits abroad for a phone slot (below 7,000,000), the first digit 2 to 8: 7 or 8 digits.
     */
    String abroad(long slot, int digits) {
        Permutation p = switch (digits) {
            case 7 -> abroad7;
            case 8 -> abroad8;
            default -> throw new IllegalArgumentException("7 or 8 digits, not " + digits);
        };
        return Long.toString(p.size() * 2 / 7 + p.apply(slot));
    }

    // ---------------------------------------------------------------------------------------------------- companies

    /** A unique NIP: a tax office's three digits, six digits of the company's own, the check digit. */
    Nip nip(long company, int office) {
        String own = pad(nips.apply(company), 6);
        for (int i = 0; i < Vocabulary.NIP_OFFICES.length; i++) {
            String nine = Vocabulary.NIP_OFFICES[(office + i) % Vocabulary.NIP_OFFICES.length] + own;
            if (checkRemainder(nine) != 10) {
                return Nip.withCheckDigit(nine);
            }
        }
        throw new IllegalStateException("no tax office completes " + own); // cannot happen: the offices differ
    }

    private static int checkRemainder(String nine) {
        int[] weights = {6, 5, 7, 2, 3, 4, 5, 6, 7};
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += weights[i] * (nine.charAt(i) - '0');
        }
        return sum % 11;
    }

    Regon regon(long company, String prefix) {
        return Regon.withCheckDigit(prefix + pad(regons.apply(company), 6));
    }

    Krs krs(long company) {
        return Krs.parse(Long.toString(1 + krsNumbers.apply(company)));
    }

    /** A well-formed VAT number of a company abroad, unique per company and country. */
    EuVatNumber vat(String country, long company) {
        String eight = Long.toString(10_000_000 + vats.apply(company));
        String text = switch (country) {
            case "DE" -> "DE" + germanCheck("1" + eight.substring(1));
            case "AT" -> "ATU" + eight;
            case "NL" -> "NL" + "1" + eight + "B01";
            case "FR" -> french(eight);
            case "CZ" -> "CZ" + "2" + eight.substring(1);
            default -> throw new IllegalArgumentException("no VAT numbers for " + country);
        };
        return EuVatNumber.parse(text);
    }

    /** Eight digits and their ISO 7064 MOD 11,10 check digit, as German VAT numbers have. */
    private static String germanCheck(String eight) {
        int product = 10;
        for (int i = 0; i < 8; i++) {
            int sum = (eight.charAt(i) - '0' + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        int check = 11 - product;
        return eight + (check == 10 ? 0 : check);
    }

    /** A French VAT number: key, then a SIREN (eight digits and a Luhn digit). */
    private static String french(String eight) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int digit = eight.charAt(7 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        String siren = eight + (10 - sum % 10) % 10;
        long key = (12 + 3 * (Long.parseLong(siren) % 97)) % 97;
        return "FR" + pad(key, 2) + siren;
    }

    static String pad(long value, int digits) {
        String s = Long.toString(value);
        return s.length() >= digits ? s : "0".repeat(digits - s.length()) + s;
    }
}
