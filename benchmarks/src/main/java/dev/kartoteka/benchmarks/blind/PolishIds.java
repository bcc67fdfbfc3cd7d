package dev.kartoteka.benchmarks.blind;

import java.time.LocalDate;
import java.util.Random;

/**
 * The public check-digit algorithms of the Polish identifiers, written from their published definitions: PESEL
 * (personal number: birth date, serial, sex digit, check digit), NIP (tax number, mod 11) and REGON (statistical
 * number, 9 digits for an entity, 14 for a local unit such as a branch).
 */
final class PolishIds {

    private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON9_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON14_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

    private PolishIds() {
    }

    /** A PESEL for the birth date and sex: YYMMDD with the century in the month (+80 1800s, +20 2000s), ZZZ, sex digit, check. */
    static String pesel(LocalDate birth, boolean female, Random rnd) {
        int year = birth.getYear();
        int month = birth.getMonthValue();
        if (year >= 2000 && year < 2100) {
            month += 20;
        } else if (year >= 1800 && year < 1900) {
            month += 80;
        } else if (year >= 2100) {
            month += 40;
        }
        int sexDigit = 2 * rnd.nextInt(5) + (female ? 0 : 1);
        String ten = String.format(java.util.Locale.ROOT, "%02d%02d%02d%03d%d",
                year % 100, month, birth.getDayOfMonth(), rnd.nextInt(1000), sexDigit);
        return ten + peselCheck(ten);
    }

    static int peselCheck(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += PESEL_WEIGHTS[i] * (firstTen.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10;
    }

    static boolean peselValid(String pesel) {
        return pesel != null && pesel.matches("\\d{11}") && peselCheck(pesel) == pesel.charAt(10) - '0';
    }

    /** A NIP: a tax-office prefix (first digit not 0), six digits, the mod-11 check (numbers whose check would be 10 are never issued). */
    static String nip(Random rnd) {
        while (true) {
            StringBuilder b = new StringBuilder(10);
            b.append(1 + rnd.nextInt(9));
            for (int i = 1; i < 9; i++) {
                b.append(rnd.nextInt(10));
            }
            int check = nipCheck(b);
            if (check < 10) {
                return b.append(check).toString();
            }
        }
    }

    static int nipCheck(CharSequence firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += NIP_WEIGHTS[i] * (firstNine.charAt(i) - '0');
        }
        return sum % 11;
    }

    static boolean nipValid(String nip) {
        return nip != null && nip.matches("\\d{10}") && nipCheck(nip) == nip.charAt(9) - '0';
    }

    /** A 9-digit REGON: the first two digits a voivodeship code (odd, 01..97 as issued), six digits, mod 11 (10 → 0). */
    static String regon9(Random rnd) {
        StringBuilder b = new StringBuilder(9);
        int voivodeship = 1 + 2 * rnd.nextInt(49);
        b.append(String.format(java.util.Locale.ROOT, "%02d", voivodeship));
        for (int i = 2; i < 8; i++) {
            b.append(rnd.nextInt(10));
        }
        return b.append(check(b, REGON9_WEIGHTS)).toString();
    }

    /** The 14-digit REGON of a local unit (a branch) of the entity with the 9-digit {@code regon9}. */
    static String regon14(String regon9, Random rnd) {
        StringBuilder b = new StringBuilder(regon9);
        b.append(String.format(java.util.Locale.ROOT, "%04d", 1 + rnd.nextInt(60)));
        return b.append(check(b, REGON14_WEIGHTS)).toString();
    }

    static boolean regonValid(String regon) {
        if (regon == null) {
            return false;
        }
        if (regon.matches("\\d{9}")) {
            return check(regon, REGON9_WEIGHTS) == regon.charAt(8) - '0';
        }
        if (regon.matches("\\d{14}")) {
            return check(regon, REGON14_WEIGHTS) == regon.charAt(13) - '0';
        }
        return false;
    }

    private static int check(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * (digits.charAt(i) - '0');
        }
        int mod = sum % 11;
        return mod == 10 ? 0 : mod;
    }
}
