package dev.kartoteka.core.field;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for custom fields: definitions of every type with random constraints, values each
 * definition accepts, and values that break exactly one of its rules. Shared by the property tests; values are built
 * from the rules written in the javadoc, not from the validator.
 */
public final class FieldGenerators {

    /** A field and a value it accepts. */
    public record Accepted(FieldDefinition field, Object value) {
        @Override
        public String toString() {
            return field + " = " + describe(value);
        }
    }

    /** A field and a value that breaks one of its rules, with what the rule is. */
    public record Refused(FieldDefinition field, Object value, String rule) {
        @Override
        public String toString() {
            return field + " = " + describe(value) + " (" + rule + ")";
        }
    }

    /** Code points for text values: Polish letters, ASCII punctuation, an emoji, a tab, U+2028, a control char. */
    static final List<String> TEXT_CHARS = List.of("a", "b", "z", "A", "Z", "ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź",
            "ż", "Ł", "Ż", "0", "7", " ", "-", "_", ".", ",", "\"", "\\", "/", "'", "{", "}", "😀", "\t", "\u2028",
            "\u0001", "ß", "é", "€");
    static final List<String> LABEL_WORDS = List.of("Powierzchnia", "magazynu", "Budżet", "Żółć", "Strategia",
            "składowania", "Łódź", "klient", "termin", "rabat");
    static final List<String> OPTION_CODES = List.of("a", "b2", "c-3", "d_4", "zz", "0x", "fifo", "lifo");
    static final List<String> EMAILS = List.of("jan.kowalski@example.pl", "Anna+crm@Example.COM", "zofia@żółw.pl",
            "o'brien@xn--bcher-kva.example", "a_b-c@sub.example.co.uk");
    static final List<String> PHONES = List.of("601 234 567", "22 123 45 67 wew. 12", "+49 30 1234567",
            "+48 22 123 45 67 ext. 345", "+1 212 555 0100", "+420 601 123 456");
    static final List<String> URLS = List.of("https://example.pl/", "http://sub.example.com:8080/a/b?x=1&y=%C5%BC#top",
            "https://example.pl/ścieżka", "HTTPS://EXAMPLE.PL/Caps", "http://192.168.0.1/");
    static final List<String> CURRENCIES = List.of("PLN", "EUR", "JPY", "USD", "KWD", "CHF");
    static final String PATTERN = "[a-z]{2,8}-[0-9]{1,3}";

    private FieldGenerators() {
    }

    static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // building blocks

    private static Gen<LocalizedText> labels() {
        return lists().of(Generate.pick(LABEL_WORDS)).ofSizeBetween(1, 3)
                .zip(Generate.booleans(), (words, translated) -> {
                    LocalizedText t = LocalizedText.of(String.join(" ", words));
                    return translated ? t.with(Locale.ENGLISH, "Field " + words.size()) : t;
                });
    }

    private static String text(List<Integer> codes, boolean multiLine) {
        StringBuilder b = new StringBuilder("Ż");
        for (int c : codes) {
            b.append(multiLine && c % 7 == 3 ? "\n" : TEXT_CHARS.get(c % TEXT_CHARS.size()));
        }
        return b.toString();
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    private static String firstCodePoints(String s, int n) {
        return s.substring(0, s.offsetByCodePoints(0, Math.min(n, codePoints(s))));
    }

    /** A random value of {@code pick(list)}, by index. */
    private static <T> T at(List<T> list, int i) {
        return list.get(Math.floorMod(i, list.size()));
    }

    /** Options: 1 to 6 codes, some retired, at least the first active. */
    private static List<ChoiceOption> options(int count, int retiredMask) {
        List<ChoiceOption> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChoiceOption o = ChoiceOption.of(OPTION_CODES.get(i), "Opcja " + i);
            out.add(i > 0 && (retiredMask & (1 << i)) != 0 ? o.asRetired() : o);
        }
        return out;
    }

    private static List<String> activeCodes(List<ChoiceOption> options) {
        return options.stream().filter(o -> !o.retired()).map(ChoiceOption::code).toList();
    }

    /** Raw material for one field: the generators below interpret it per type. */
    private record Seed(FieldType type, LocalizedText label, List<Integer> ints, long a, long b) {
        int i(int n) {
            return ints.get(n % ints.size());
        }
    }

    private static Gen<Seed> seeds(Gen<FieldType> types) {
        return types.zip(labels(), lists().of(integers().between(0, 1_000_000)).ofSizeBetween(8, 40),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                longs().between(-1_000_000_000_000L, 1_000_000_000_000L), Seed::new);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // accepted values

    /**
     * Fields of every type with random constraints (bounds, lengths, a pattern, options, a currency, a scale,
     * uniqueness, a default), each with a value it accepts.
     *
     * @return the generator
     */
    public static Gen<Accepted> accepted() {
        return seeds(Generate.enumValues(FieldType.class)).map(FieldGenerators::accepted);
    }

    private static Accepted accepted(Seed s) {
        FieldDefinition.Builder b = FieldDefinition.builder("f_" + s.type().name().toLowerCase(Locale.ROOT), s.type())
                .label(s.label());
        if (s.i(0) % 3 == 0) {
            b.help(LocalizedText.of("Pomoc: " + s.label().text()));
        }
        boolean bounded = s.i(1) % 2 == 0;
        Object value;
        switch (s.type()) {
            case TEXT, LONG_TEXT -> {
                boolean multi = s.type() == FieldType.LONG_TEXT;
                int variant = s.i(2) % 3;
                String raw = text(s.ints().subList(3, s.ints().size()), multi);
                if (variant == 1) {
                    int min = s.i(3) % 4;
                    int max = Math.max(min, 1) + s.i(4) % 20;
                    String v = firstCodePoints(raw, max);
                    while (codePoints(v) < min) {
                        v = v + "x";
                    }
                    b.minLength(min).maxLength(max);
                    value = v;
                } else if (variant == 2) {
                    StringBuilder v = new StringBuilder();
                    for (int k = 0; k < 2 + s.i(5) % 7; k++) {
                        v.append((char) ('a' + s.i(6 + k) % 26));
                    }
                    v.append('-').append(s.i(3) % 1000);
                    b.pattern(PATTERN);
                    value = v.toString();
                } else {
                    value = raw;
                }
                if (s.type() == FieldType.TEXT && s.i(7) % 4 == 0) {
                    b.unique(true);
                }
            }
            case INTEGER -> {
                long v = switch (s.i(2) % 8) {
                    case 0 -> Long.MAX_VALUE;
                    case 1 -> Long.MIN_VALUE;
                    case 2 -> 0L;
                    default -> s.a();
                };
                if (bounded && v > -(1L << 50) && v < 1L << 50) {
                    b.min(v - s.i(3)).max(v + s.i(4));
                }
                value = s.i(5) % 3 == 0 && v == (int) v ? (Object) (int) v : (Object) v;
            }
            case DECIMAL -> {
                int scale = s.i(2) % 7;
                BigDecimal v = BigDecimal.valueOf(s.a(), s.i(3) % (scale + 1));
                b.scale(scale);
                if (bounded) {
                    b.min(v.subtract(BigDecimal.valueOf(s.i(4), scale))).max(v.add(BigDecimal.valueOf(s.i(5), scale)));
                }
                value = v;
            }
            case MONEY -> {
                Currency currency = Currency.getInstance(at(CURRENCIES, s.i(2)));
                int digits = Math.max(currency.getDefaultFractionDigits(), 0);
                Money v = new Money(BigDecimal.valueOf(s.a(), s.i(3) % (digits + 1)), currency);
                if (s.i(4) % 2 == 0) {
                    b.currency(currency);
                }
                if (bounded) {
                    b.min(new Money(v.amount().subtract(BigDecimal.valueOf(s.i(5), digits)), currency))
                            .max(new Money(v.amount().add(BigDecimal.valueOf(s.i(6), digits)), currency));
                }
                value = v;
            }
            case BOOLEAN -> value = s.i(2) % 2 == 0;
            case DATE -> {
                LocalDate v = LocalDate.ofEpochDay(Math.floorMod(s.a(), 150_000L) - 50_000L);
                if (bounded) {
                    b.min(v.minusDays(s.i(3) % 1000)).max(v.plusDays(s.i(4) % 1000));
                }
                value = v;
            }
            case DATE_TIME -> {
                Instant v = Instant.ofEpochSecond(Math.floorMod(s.a(), 6_000_000_000L) - 2_000_000_000L,
                        Math.floorMod(s.b(), 1_000_000_000L));
                if (bounded) {
                    b.min(v.minusSeconds(s.i(3) + 1)).max(v.plusSeconds(s.i(4) + 1));
                }
                value = v;
            }
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                List<ChoiceOption> options = options(1 + s.i(2) % 6, s.i(3));
                b.options(options);
                List<String> active = activeCodes(options);
                if (s.type() == FieldType.SINGLE_CHOICE) {
                    value = at(active, s.i(4));
                    if (s.i(5) % 4 == 0) {
                        b.unique(true);
                    }
                } else {
                    Set<String> codes = new TreeSet<>();
                    for (int k = 0; k < active.size(); k++) {
                        if ((s.i(4) & (1 << k)) != 0) {
                            codes.add(active.get(k));
                        }
                    }
                    codes.add(at(active, s.i(5)));
                    value = s.i(6) % 2 == 0 ? new ArrayList<>(codes) : codes;
                }
            }
            case EMAIL -> value = Email.of(at(EMAILS, s.i(2)));
            case PHONE -> value = PhoneNumber.parse(at(PHONES, s.i(2)));
            case URL -> value = URI.create(at(URLS, s.i(2)));
            case PARTY_REFERENCE -> value = new PartyId(new UUID(s.a(), s.b()));
            default -> throw new AssertionError(s.type());
        }
        FieldDefinition withoutDefault = b.build();
        if (!withoutDefault.unique() && s.i(8) % 4 == 0) {
            b.defaultValue(value);
        }
        return new Accepted(b.build(), value);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // refused values

    /**
     * Fields with constraints and a value breaking one of them: out of range, too long or short, not matching the
     * pattern, an unknown or retired option, an empty choice, too many decimal places, another currency, a non-http
     * URL, or a value of another Java type.
     *
     * @return the generator
     */
    public static Gen<Refused> refused() {
        return seeds(Generate.enumValues(FieldType.class)).map(FieldGenerators::refused);
    }

    private static Refused refused(Seed s) {
        FieldDefinition.Builder b = FieldDefinition.builder("f_" + s.type().name().toLowerCase(Locale.ROOT), s.type())
                .label(s.label());
        if (s.i(0) % 5 == 0) {
            return new Refused(b.options(s.type().isChoice() ? options(2, 0) : List.of()).build(),
                    wrongType(s.type(), s.i(1)), "a value of another Java type");
        }
        int variant = s.i(1);
        switch (s.type()) {
            case TEXT, LONG_TEXT -> {
                String raw = text(s.ints().subList(3, s.ints().size()), false);
                switch (variant % 4) {
                    case 0 -> {
                        int max = 1 + s.i(2) % 10;
                        String v = raw;
                        while (codePoints(v) <= max) {
                            v = v + "y";
                        }
                        return new Refused(b.maxLength(max).build(), v, "longer than " + max);
                    }
                    case 1 -> {
                        int min = 3 + s.i(2) % 10;
                        return new Refused(b.minLength(min).build(), firstCodePoints(raw, min - 1), "shorter than " + min);
                    }
                    case 2 -> {
                        return new Refused(b.pattern(PATTERN).build(), "Ab-" + s.i(2) % 1000, "not matching " + PATTERN);
                    }
                    default -> {
                        if (s.type() == FieldType.TEXT) {
                            return new Refused(b.build(), raw + "\n" + raw, "two lines in a TEXT field");
                        }
                        return new Refused(b.build(), " \t\n ".repeat(1 + s.i(2) % 3), "blank");
                    }
                }
            }
            case INTEGER -> {
                long v = s.a();
                long min = v - s.i(2);
                long max = v + s.i(3);
                b.min(min).max(max);
                return variant % 2 == 0 ? new Refused(b.build(), max + 1 + s.i(4), "above max")
                        : new Refused(b.build(), min - 1 - s.i(4), "below min");
            }
            case DECIMAL -> {
                int scale = s.i(2) % 5;
                b.scale(scale);
                if (variant % 2 == 0) {
                    return new Refused(b.build(), BigDecimal.valueOf(s.a() * 10 + 1 + s.i(3) % 9, scale + 1),
                            "more decimal places than " + scale);
                }
                BigDecimal max = BigDecimal.valueOf(s.a(), scale);
                return new Refused(b.max(max).build(), max.add(BigDecimal.valueOf(1 + s.i(3), scale)), "above max");
            }
            case MONEY -> {
                if (variant % 2 == 0) {
                    return new Refused(b.currency(Currency.getInstance("PLN")).build(),
                            new Money(BigDecimal.valueOf(s.a(), 2), Currency.getInstance(at(List.of("EUR", "USD",
                                    "CHF"), s.i(2)))), "another currency");
                }
                Money min = new Money(BigDecimal.valueOf(s.a(), 2), Currency.getInstance("EUR"));
                return new Refused(b.min(min).build(), new Money(min.amount().subtract(BigDecimal.valueOf(1 + s.i(3), 2)),
                        min.currency()), "below min");
            }
            case DATE -> {
                LocalDate max = LocalDate.ofEpochDay(Math.floorMod(s.a(), 100_000L));
                return new Refused(b.max(max).build(), max.plusDays(1 + s.i(2) % 5000), "after max");
            }
            case DATE_TIME -> {
                Instant min = Instant.ofEpochSecond(Math.floorMod(s.a(), 4_000_000_000L));
                return new Refused(b.min(min).build(), min.minusSeconds(1 + s.i(2)), "before min");
            }
            case SINGLE_CHOICE -> {
                List<ChoiceOption> options = options(2 + s.i(2) % 5, 0b10);
                b.options(options);
                return variant % 2 == 0 ? new Refused(b.build(), "nieznana", "an unknown option")
                        : new Refused(b.build(), options.get(1).code(), "a retired option");
            }
            case MULTIPLE_CHOICE -> {
                List<ChoiceOption> options = options(2 + s.i(2) % 5, 0b10);
                b.options(options);
                return switch (variant % 3) {
                    case 0 -> new Refused(b.build(), Set.of(), "no option");
                    case 1 -> new Refused(b.build(), List.of(options.get(0).code(), "nieznana"), "an unknown option");
                    default -> new Refused(b.build(), Set.of(options.get(1).code()), "a retired option");
                };
            }
            case URL -> {
                return new Refused(b.build(), URI.create(at(List.of("ftp://example.pl/plik", "mailto:jan@example.pl",
                        "/relative/path", "https:///no-host"), variant)), "not an http(s) URL with a host");
            }
            default -> {
                return new Refused(b.build(), wrongType(s.type(), variant), "a value of another Java type");
            }
        }
    }

    /** A value whose Java type no field of {@code type} accepts. */
    static Object wrongType(FieldType type, int i) {
        List<Object> candidates = List.of("tekst wartości", 12.5d, true, LocalDate.of(2026, 11, 22), List.of(7),
                UUID.fromString("3f0c6d0e-8d7e-4c1c-9d36-0d3f4b8a2b11"), Instant.parse("2026-11-22T10:00:00Z"),
                Money.of("10.00", "PLN"), 42L, new BigDecimal("4.20"));
        List<Object> wrong = candidates.stream().filter(c -> !accepts(type, c)).toList();
        return at(wrong, i);
    }

    /** Whether a value is of a Java type the field type takes (FieldType's javadoc and the widenings it names). */
    private static boolean accepts(FieldType type, Object v) {
        return switch (type) {
            case TEXT, LONG_TEXT, SINGLE_CHOICE -> v instanceof String;
            case INTEGER -> v instanceof Long || v instanceof Integer
                    || v instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
            case DECIMAL -> v instanceof BigDecimal || v instanceof Long || v instanceof Integer;
            case MONEY -> v instanceof Money;
            case BOOLEAN -> v instanceof Boolean;
            case DATE -> v instanceof LocalDate;
            case DATE_TIME -> v instanceof Instant;
            case MULTIPLE_CHOICE -> v instanceof java.util.Collection<?>;
            case EMAIL -> v instanceof Email;
            case PHONE -> v instanceof PhoneNumber;
            case URL -> v instanceof URI;
            case PARTY_REFERENCE -> v instanceof PartyId;
        };
    }
}
