package dev.kartoteka.core.field;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions of stored values when a field changes its type. */
final class FieldConversions {

    private FieldConversions() {
    }

    /**
     * Converts a value of the old field into a value of the new one.
     *
     * @return the converted value, or empty with nothing lost if it does not convert
     */
    static Optional<Object> convert(Object value, FieldDefinition to) {
        try {
            Optional<Object> direct = direct(value, to);
            if (direct.isPresent()) {
                return direct;
            }
            return fromText(asText(value), to);
        } catch (KartotekaException | IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<Object> direct(Object value, FieldDefinition to) {
        FieldType type = to.type();
        if (value instanceof LocalDate d && type == FieldType.DATE_TIME) {
            return Optional.of(d.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (value instanceof Instant i && type == FieldType.DATE) {
            return Optional.of(i.atOffset(ZoneOffset.UTC).toLocalDate());
        }
        if (value instanceof String code && type == FieldType.MULTIPLE_CHOICE && to.option(code).isPresent()) {
            return Optional.of(Set.of(code));
        }
        if (value instanceof Set<?> codes && type == FieldType.SINGLE_CHOICE) {
            return codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
        }
        if ((value instanceof Long || value instanceof BigDecimal) && type == FieldType.MONEY) {
            return to.currency().map(c -> new Money(value instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) value, c));
        }
        if (value instanceof Money m && (type == FieldType.DECIMAL || type == FieldType.INTEGER)) {
            return FieldValues.coerce(to, type == FieldType.INTEGER ? toLong(m.amount()) : m.amount());
        }
        return FieldValues.coerce(to, value);
    }

    private static Object toLong(BigDecimal amount) {
        try {
            return amount.longValueExact();
        } catch (ArithmeticException e) {
            return amount;
        }
    }

    /** The text form of any stored value. */
    static String asText(Object value) {
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (value instanceof Email e) {
            return e.value();
        }
        if (value instanceof PhoneNumber p) {
            return p.value() + p.extension().map(x -> " ext. " + x).orElse("");
        }
        return String.valueOf(value);
    }

    private static Optional<Object> fromText(String text, FieldDefinition to) {
        String t = text.strip();
        Object v = switch (to.type()) {
            case TEXT, LONG_TEXT -> text;
            case INTEGER -> Long.parseLong(t.replace(" ", ""));
            case DECIMAL -> new BigDecimal(t.replace(" ", "").replace(',', '.'));
            case MONEY -> to.currency().isPresent() && !t.contains(" ")
                    ? new Money(new BigDecimal(t.replace(',', '.')), to.currency().get()) : Money.parse(t);
            case BOOLEAN -> parseBoolean(t);
            case DATE -> LocalDate.parse(t);
            case DATE_TIME -> Instant.parse(t);
            case SINGLE_CHOICE -> t;
            case MULTIPLE_CHOICE -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            case EMAIL -> Email.of(t);
            case PHONE -> PhoneNumber.parse(t);
            case URL -> uri(t);
            case PARTY_REFERENCE -> PartyId.parse(t);
        };
        return FieldValues.coerce(to, v);
    }

    private static Boolean parseBoolean(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "tak", "1", "y", "t" -> Boolean.TRUE;
            case "false", "no", "nie", "0", "n", "f" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }

    private static URI uri(String t) {
        try {
            return new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URI");
        }
    }
}
