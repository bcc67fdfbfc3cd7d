package dev.kartoteka.core.duplicate;

import dev.kartoteka.core.party.PartyKind;
import java.util.Arrays;

/**
 * The blocking keys of a profile, as 32-bit hashes: two parties are compared only if they share a key. A hash
 * collision of two different keys only adds candidates (every candidate is scored), it never hides one.
 *
 * <p>Persons: PESEL; each e-mail; each phone; family name + first letter of the given names; the first four letters of
 * the family name + birth date (a typo in the rest of the name or in the given names' initial keeps it); the sorted
 * words of the full name; birth date + both initials (sorted, so swapped names agree); postal code + building + both
 * initials; birth date + postal code; birth date + building (for a re-entry whose names and postal code all carry a
 * typo: on FEBRL 3 it raised the blocking recall from 0.950 to 0.971; not birth date + city, which in a registry of
 * one town is the birth date alone); postal code + building; the given names + postal code and the family name +
 * postal code (for a re-entry whose other name and birth date both carry a typo, or are missing); street + building +
 * both initials (for a mistyped postal code). No key joins a first given name and a birth date alone: a family name
 * changed by marriage is found through a shared address, postal code, e-mail or phone (such a key sent 37,000 more
 * pairs of 1,000,000 generated persons to review, nearly all strangers with one first name and birth date). Companies: NIP; REGON;
 * KRS; each e-mail; each e-mail domain (not of a free mail provider); each phone; postal code + building; the sorted
 * legal-name words; each of the two longest legal-name words + each postal code, and + each city. Both kinds: each
 * value of each custom field a rule compares ({@link FieldRule#customField}).
 */
final class BlockingKeys {

    private BlockingKeys() {
    }

    static int[] of(Profile p) {
        int[] keys = new int[24];
        int n = 0;
        char kind = p.kind == PartyKind.PERSON ? 'p' : 'c';
        for (String email : p.all(MatchField.EMAIL)) {
            keys = add(keys, n++, hash(kind, 'E', email));
        }
        for (String phone : p.all(MatchField.PHONE)) {
            keys = add(keys, n++, hash(kind, 'T', phone));
        }
        String[] postal = p.all(MatchField.POSTAL_CODE);
        if (p.kind == PartyKind.PERSON) {
            String pesel = p.single(MatchField.PESEL);
            if (pesel != null) {
                keys = add(keys, n++, hash(kind, 'P', pesel));
            }
            String family = p.single(MatchField.FAMILY_NAME);
            String given = p.single(MatchField.GIVEN_NAMES);
            String birth = p.single(MatchField.BIRTH_DATE);
            String[] buildings = p.all(MatchField.BUILDING);
            // both initials, sorted, so that swapped names agree
            String initials = family == null || given == null ? null
                    : family.charAt(0) <= given.charAt(0) ? "" + family.charAt(0) + given.charAt(0)
                    : "" + given.charAt(0) + family.charAt(0);
            if (initials != null) {
                keys = add(keys, n++, hash(kind, 'F', family, given.substring(0, 1)));
                if (birth != null) {
                    keys = add(keys, n++, hash(kind, 'D', birth, initials));
                }
                for (String code : postal) {
                    for (String building : buildings) {
                        keys = add(keys, n++, hash(kind, 'A', code, building, initials));
                    }
                }
            }
            if (family != null && birth != null) {
                keys = add(keys, n++, hash(kind, 'Y', prefix(family, 4), birth));
            }
            // keys without a name, for re-entries whose names were mistyped or left out: the birth date with the
            // postal code, and the address itself (a household's block; a block over maxBlockSize is skipped)
            if (birth != null) {
                for (String code : postal) {
                    keys = add(keys, n++, hash(kind, 'B', birth, code));
                }
                for (String building : buildings) {
                    keys = add(keys, n++, hash(kind, 'J', birth, building));
                }
            }
            for (String code : postal) {
                for (String building : buildings) {
                    keys = add(keys, n++, hash(kind, 'H', code, building));
                }
            }
            String full = p.single(MatchField.FULL_NAME);
            if (full != null) {
                keys = add(keys, n++, hash(kind, 'S', full));
            }
            // keys for re-entries whose family name and birth date both carry a typo (or are missing) and whose
            // building number differs: one name with the postal code, and the street with the initials
            for (String code : postal) {
                if (given != null) {
                    keys = add(keys, n++, hash(kind, 'N', given, code));
                }
                if (family != null) {
                    keys = add(keys, n++, hash(kind, 'Z', family, code));
                }
            }
            if (initials != null) {
                for (String street : p.all(MatchField.STREET)) {
                    for (String building : buildings) {
                        keys = add(keys, n++, hash(kind, 'W', street, building, initials));
                    }
                }
            }
        } else {
            for (MatchField id : new MatchField[] {MatchField.NIP, MatchField.REGON, MatchField.KRS}) {
                String v = p.single(id);
                if (v != null) {
                    keys = add(keys, n++, hash(kind, (char) ('0' + id.ordinal()), v));
                }
            }
            String[] buildings = p.all(MatchField.BUILDING);
            for (String code : postal) {
                for (String building : buildings) {
                    keys = add(keys, n++, hash(kind, 'A', code, building));
                }
            }
            for (String domain : p.all(MatchField.EMAIL_DOMAIN)) {
                keys = add(keys, n++, hash(kind, 'G', domain));
            }
            for (String legal : p.all(MatchField.LEGAL_NAME)) {
                keys = add(keys, n++, hash(kind, 'L', legal));
                String[] words = legal.split(" ");
                Arrays.sort(words, (x, y) -> x.length() != y.length() ? y.length() - x.length() : x.compareTo(y));
                for (int w = 0; w < Math.min(2, words.length); w++) {
                    for (String code : postal) {
                        keys = add(keys, n++, hash(kind, 'M', words[w], code));
                    }
                    for (String city : p.all(MatchField.CITY)) {
                        keys = add(keys, n++, hash(kind, 'C', words[w], city));
                    }
                }
            }
        }
        if (p.custom != null) {
            for (java.util.Map.Entry<String, Object> e : new java.util.TreeMap<>(p.custom).entrySet()) {
                for (String value : e.getValue() instanceof String[] all ? all : new String[] {(String) e.getValue()}) {
                    keys = add(keys, n++, hash(kind, 'K', e.getKey(), value));
                }
            }
        }
        int[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    private static String prefix(String s, int length) {
        return s.length() <= length ? s : s.substring(0, length);
    }

    private static int[] add(int[] keys, int at, int key) {
        int[] k = at < keys.length ? keys : Arrays.copyOf(keys, keys.length * 2);
        k[at] = key;
        return k;
    }

    /** FNV-1a over the kind, the key type and the parts (separated), finished with a 64-bit mixer, folded to 32. */
    static int hash(char kind, char type, String... parts) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ kind) * 0x100000001b3L;
        h = (h ^ type) * 0x100000001b3L;
        for (String part : parts) {
            h = (h ^ 0x1F) * 0x100000001b3L;
            for (int i = 0; i < part.length(); i++) {
                h = (h ^ part.charAt(i)) * 0x100000001b3L;
            }
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) (h ^ (h >>> 32));
    }
}
