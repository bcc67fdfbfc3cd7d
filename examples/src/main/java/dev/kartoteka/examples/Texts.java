package dev.kartoteka.examples;

import java.util.Locale;

/** Text helpers of the generator: explicit tables instead of locale- or Unicode-version-dependent library calls. */
final class Texts {

    private static final String WITH = "ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüÄÖÜßčďěňřšťůýžČĎĚŇŘŠŤŮÝŽáéíúÁÉÍÚàèâêîôûçÀÈÂÊÎÔÛÇøØåÅ";
    private static final String[] WITHOUT = {"a", "c", "e", "l", "n", "o", "s", "z", "z", "A", "C", "E", "L", "N",
        "O", "S", "Z", "Z", "a", "o", "u", "A", "O", "U", "ss", "c", "d", "e", "n", "r", "s", "t", "u", "y", "z", "C",
        "D", "E", "N", "R", "S", "T", "U", "Y", "Z", "a", "e", "i", "u", "A", "E", "I", "U", "a", "e", "a", "e", "i",
        "o", "u", "c", "A", "E", "A", "E", "I", "O", "U", "C", "o", "O", "a", "A"};
    private static final String TYPO_LETTERS = "aeioulnrstkmpwyzcdgbjh";

    private Texts() {
    }

    /** The text without diacritics, case kept: {@code "Łódź" → "Lodz"}, {@code "Müller" → "Muller"}. */
    static String withoutDiacritics(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = WITH.indexOf(c);
            b.append(at < 0 ? String.valueOf(c) : WITHOUT[at]);
        }
        return b.toString();
    }

    /** Lower-case ASCII letters and digits only, for e-mail local parts and domains. */
    static String slug(String text) {
        String plain = withoutDiacritics(text).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * One typing error in a letter after the first: replaced, left out, doubled, or swapped with the next letter. The
     * result differs from the text (a swap of two equal letters is turned into a replacement).
     */
    static String typo(String text, Rng rng) {
        int letters = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters == 0) {
            return text + "a";
        }
        int target = rng.nextInt(letters);
        int at = 1;
        for (int i = 1, seen = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i)) && seen++ == target) {
                at = i;
                break;
            }
        }
        char c = text.charAt(at);
        int kind = rng.nextInt(4);
        if (kind == 3 && (at + 1 >= text.length() || !Character.isLetter(text.charAt(at + 1))
                || text.charAt(at + 1) == c)) {
            kind = 0;
        }
        if (kind == 1 && letters < 3) {
            kind = 0;
        }
        return switch (kind) {
            case 1 -> text.substring(0, at) + text.substring(at + 1);
            case 2 -> text.substring(0, at + 1) + c + text.substring(at + 1);
            case 3 -> text.substring(0, at) + text.charAt(at + 1) + c + text.substring(at + 2);
            default -> {
                char r;
                do {
                    r = TYPO_LETTERS.charAt(rng.nextInt(TYPO_LETTERS.length()));
                } while (Character.toLowerCase(c) == r);
                yield text.substring(0, at) + (Character.isUpperCase(c) ? Character.toUpperCase(r) : r)
                        + text.substring(at + 1);
            }
        };
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
