package dev.kartoteka.core.field;

import dev.kartoteka.core.money.Money;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The type and constraint rules of custom-field values. */
final class FieldValues {

    /** The most digits before the decimal point a decimal value may have (as SQL {@code numeric(38, s)}). */
    static final int MAX_INTEGER_DIGITS = 38;

    private FieldValues() {
    }

    /**
     * Converts a value given by a caller into the field type's Java type: the type itself, or a lossless widening
     * (Integer to Long, whole numbers to BigDecimal, any collection of codes to a sorted set).
     *
     * @return the canonical value, or empty if the value is not of the type
     */
    static Optional<Object> coerce(FieldDefinition field, Object value) {
        FieldType type = field.type();
        switch (type) {
            case INTEGER -> {
                if (value instanceof Long) {
                    return Optional.of(value);
                }
                if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
                    return Optional.of(((Number) value).longValue());
                }
                if (value instanceof BigInteger b && b.bitLength() < 64) {
                    return Optional.of(b.longValue());
                }
                if (value instanceof BigDecimal d) {
                    if (d.precision() - d.scale() > 19) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(d.longValueExact());
                    } catch (ArithmeticException e) {
                        return Optional.empty();
                    }
                }
                return Optional.empty();
            }
            case DECIMAL -> {
                BigDecimal d;
                if (value instanceof BigDecimal bd) {
                    d = bd;
                } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                        || value instanceof Byte) {
                    d = BigDecimal.valueOf(((Number) value).longValue());
                } else if (value instanceof BigInteger b) {
                    d = new BigDecimal(b);
                } else {
                    return Optional.empty();
                }
                if (d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
                    return Optional.empty(); // also keeps 1E+999999999 from expanding into a billion digits
                }
                // one scale per field: 12.5 and 12.50 are the same stored value (equality, uniqueness, search)
                int scale = field.scale().orElse(2);
                return Optional.of(d.stripTrailingZeros().scale() <= scale ? d.setScale(scale) : d);
            }
            case MULTIPLE_CHOICE -> {
                if (value instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance)) {
                    TreeSet<String> codes = new TreeSet<>();
                    c.forEach(o -> codes.add((String) o));
                    return Optional.of(Collections.unmodifiableSortedSet(codes));
                }
                return Optional.empty();
            }
            case DATE_TIME -> {
                // microseconds, like SQL timestamps: stored values compare the same everywhere
                return value instanceof Instant i ? Optional.of(i.truncatedTo(ChronoUnit.MICROS)) : Optional.empty();
            }
            default -> {
                return type.javaType().isInstance(value) ? Optional.of(value) : Optional.empty();
            }
        }
    }

    /**
     * Lists the rules a canonical value breaks, as "expected" texts. A retired option already held before stays
     * allowed.
     */
    static List<String> problems(FieldDefinition field, Object value, Optional<Object> previous) {
        List<String> out = new ArrayList<>();
        switch (field.type()) {
            case TEXT, LONG_TEXT -> {
                String s = (String) value;
                int max = field.maxLength().orElse(field.type() == FieldType.TEXT
                        ? FieldDefinition.DEFAULT_TEXT_MAX_LENGTH : FieldDefinition.DEFAULT_LONG_TEXT_MAX_LENGTH);
                int length = s.codePointCount(0, s.length());
                if (s.isBlank()) {
                    out.add("a text that is not blank (remove the value instead)");
                }
                if (field.type() == FieldType.TEXT && (s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0)) {
                    out.add("a single line of text (use LONG_TEXT for several lines)");
                }
                if (length > max) {
                    out.add("at most " + max + " characters");
                }
                if (field.minLength().isPresent() && length < field.minLength().getAsInt()) {
                    out.add("at least " + field.minLength().getAsInt() + " characters");
                }
                if (field.pattern().isPresent() && !field.pattern().get().matcher(s).matches()) {
                    out.add("a text matching " + field.pattern().get().pattern());
                }
            }
            case DECIMAL -> {
                BigDecimal d = (BigDecimal) value;
                int scale = field.scale().orElse(2);
                if (d.stripTrailingZeros().scale() > scale) {
                    out.add("at most " + scale + " decimal places");
                }
            }
            case MONEY -> {
                Money m = (Money) value;
                if (field.currency().isPresent() && !field.currency().get().equals(m.currency())) {
                    out.add("an amount in " + field.currency().get().getCurrencyCode());
                }
            }
            case SINGLE_CHOICE -> checkOption(field, (String) value, previous.map(p -> Set.of((String) p)), out);
            case MULTIPLE_CHOICE -> {
                @SuppressWarnings("unchecked")
                Set<String> codes = (Set<String>) value;
                if (codes.isEmpty()) {
                    out.add("at least one option (remove the value instead)");
                }
                @SuppressWarnings("unchecked")
                Optional<Set<String>> before = previous.map(p -> (Set<String>) p);
                for (String code : codes) {
                    checkOption(field, code, before, out);
                }
            }
            case URL -> {
                URI uri = (URI) value;
                String scheme = uri.getScheme() == null ? "" : uri.getScheme();
                if (!uri.isAbsolute() || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                        || uri.getHost() == null) {
                    out.add("an absolute http(s) URL with a host");
                }
            }
            default -> {
                // the type itself is the whole rule
            }
        }
        if (field.type().isOrdered()) {
            if (field.min().isPresent() && comparable(field.min().get(), value)
                    && compare(value, field.min().get()) < 0) {
                out.add("at least " + field.min().get());
            }
            if (field.max().isPresent() && comparable(field.max().get(), value)
                    && compare(value, field.max().get()) > 0) {
                out.add("at most " + field.max().get());
            }
            if ((field.min().isPresent() && !comparable(field.min().get(), value))
                    || (field.max().isPresent() && !comparable(field.max().get(), value))) {
                out.add("an amount in the currency of the field's bounds");
            }
        }
        return out;
    }

    private static void checkOption(FieldDefinition field, String code, Optional<Set<String>> previous,
                                    List<String> out) {
        Optional<ChoiceOption> option = field.option(code);
        if (option.isEmpty()) {
            out.add("one of the options " + field.options().stream().filter(o -> !o.retired())
                    .map(ChoiceOption::code).toList());
        } else if (option.get().retired() && previous.map(p -> !p.contains(code)).orElse(true)) {
            out.add("an option that is not retired (" + code + " is retired)");
        }
    }

    private static boolean comparable(Object bound, Object value) {
        return !(bound instanceof Money b) || !(value instanceof Money v) || b.currency().equals(v.currency());
    }

    /** Compares two values of one ordered type (Money of one currency). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }
}
