package dev.kartoteka.core.internal.json;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of {@link Json}: what it writes it reads back unchanged, and no input makes it fail otherwise than with
 * {@link JsonException}.
 */
class JsonPropertyTests {

    /**
     * The pieces strings are made of: ASCII, Polish letters, everything the writer must escape (quotes, backslashes,
     * every control character, U+2028/U+2029), characters it must not (slash, DEL, no-break space), emoji as surrogate
     * pairs and, rarely, a lone surrogate.
     */
    private static final List<String> STRING_PIECES = stringPieces();

    /** Characters that mutations insert: mostly JSON syntax, so that the mutants get far into the parser. */
    private static final List<String> SYNTAX_PIECES = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "0",
            "1", "9", "-", "+", ".", "e", "E", "t", "f", "n", "u", "a", "x", " ", "\n", "\r", "\t", "\u0000", "\u001f",
            "true", "null", "false", "/", "'", "😀", "\ud83d", "\ude00", "ż", "\u00a0", "\ufeff", "[[[[", "{\"a\":");

    @Test
    void readsBackEveryWrittenValue() {
        qt().forAll(values(4)).checkAssert(value -> {
            String compact = Json.write(value);
            assertThat(Json.parse(compact)).as("parse(write(v)), v written as %s", compact).isEqualTo(value);
        });
    }

    @Test
    void readsBackEveryPrettyWrittenValue() {
        qt().forAll(values(4)).checkAssert(value -> {
            String pretty = Json.writePretty(value);
            assertThat(Json.parse(pretty)).as("parse(writePretty(v)), v written as %s", pretty).isEqualTo(value);
        });
    }

    @Test
    void writesDeterministicallyAndCanonically() {
        qt().forAll(values(4)).checkAssert(value -> {
            String compact = Json.write(value);
            assertThat(Json.write(value)).isEqualTo(compact);
            assertThat(Json.write(copy(value))).as("a copy of the value").isEqualTo(compact);
            assertThat(Json.write(Json.parse(compact))).as("written again after parsing").isEqualTo(compact);
            assertThat(Json.write(Json.parse(Json.writePretty(value)))).as("pretty, parsed, written compactly")
                    .isEqualTo(compact);
        });
    }

    @Test
    void writesNumbersPlainUpTo40CharactersAndReadsThemBackEqualInValue() {
        qt().forAll(decimals(-60, 60)).checkAssert(number -> {
            String plain = number.toPlainString();
            String written = Json.write(number);
            BigDecimal read = (BigDecimal) Json.parse(written);

            assertThat(written).isEqualTo(plain.length() <= 40 ? plain : number.toString());
            assertThat(read).isEqualByComparingTo(number);
            if (number.scale() >= 0 || plain.length() > 40) {
                assertThat(read).isEqualTo(number);
            }
        });
    }

    @Test
    void failsOnMutatedJsonOnlyWithJsonExceptionAtAPositionInTheText() {
        Gen<String> texts = values(3).zip(Generate.booleans(),
                (value, pretty) -> pretty ? Json.writePretty(value) : Json.write(value));
        Gen<Mutation> mutations = Generate.range(0, 2).zip(Generate.range(0, 10_000), Generate.pick(SYNTAX_PIECES),
                Mutation::new);
        qt().withExamples(3000).forAll(texts, lists().of(mutations).ofSizeBetween(1, 4))
                .checkAssert((text, changes) -> {
                    String mutant = text;
                    for (Mutation change : changes) {
                        mutant = change.applyTo(mutant);
                    }
                    parsesOrFailsWithJsonException(mutant);
                });
    }

    @Test
    void failsOnRandomGarbageOnlyWithJsonException() {
        Gen<String> garbage = lists().of(Generate.pick(SYNTAX_PIECES)).ofSizeBetween(0, 30)
                .map(pieces -> String.join("", pieces));
        qt().withExamples(3000).forAll(garbage).checkAssert(JsonPropertyTests::parsesOrFailsWithJsonException);
    }

    private static void parsesOrFailsWithJsonException(String text) {
        Object parsed;
        try {
            parsed = Json.parse(text);
        } catch (JsonException e) {
            long lines = text.chars().filter(c -> c == '\n').count() + text.chars().filter(c -> c == '\r').count() + 1;
            assertThat(e.line()).as("line of %s in %s", e.getMessage(), text).isBetween(1, (int) lines);
            assertThat(e.column()).as("column of %s in %s", e.getMessage(), text)
                    .isBetween(1, text.codePointCount(0, text.length()) + 1);
            return;
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("parse threw " + e + " instead of JsonException for: " + text, e);
        }
        // a mutant that is still valid JSON must behave like any value (compared as written: a number with a negative
        // scale, like 0e1, comes back with scale 0)
        String written = Json.write(parsed);
        if (!Json.write(Json.parse(written)).equals(written)) {
            fail("valid mutant %s, written as %s, does not read back", text, written);
        }
    }

    /** One edit of a text: delete, insert or replace at a position taken modulo the length. */
    private record Mutation(int kind, int where, String piece) {

        String applyTo(String text) {
            int at = where % (text.length() + 1);
            return switch (kind) {
                case 0 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
                case 1 -> text.substring(0, at) + piece + text.substring(at);
                default -> at < text.length() ? text.substring(0, at) + piece + text.substring(at + 1) : text + piece;
            };
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // generators

    /**
     * JSON values nested up to {@code depth} arrays and objects deep: maps with random keys, lists, strings, numbers
     * with random scale, booleans and {@link Json#NULL}.
     */
    static Gen<Object> values(int depth) {
        Gen<Object> scalars = Generate.frequency(List.of(
                Pair.of(3, strings().map(s -> (Object) s)),
                Pair.of(3, decimals(0, 40).map(d -> (Object) d)),
                Pair.of(1, Generate.booleans().map(b -> (Object) b)),
                Pair.of(1, Generate.constant(Json.NULL))));
        if (depth == 0) {
            return scalars;
        }
        Gen<Object> inner = values(depth - 1);
        Gen<Object> arrays = lists().of(inner).ofSizeBetween(0, 5).map(list -> (Object) new ArrayList<>(list));
        Gen<Object> objects = lists().of(strings().zip(inner, Pair::of)).ofSizeBetween(0, 5).map(members -> {
            Map<String, Object> map = new LinkedHashMap<>();
            members.forEach(member -> map.put(member._1, member._2));
            return (Object) map;
        });
        return Generate.frequency(List.of(Pair.of(2, scalars), Pair.of(1, arrays), Pair.of(1, objects)));
    }

    static Gen<String> strings() {
        return lists().of(Generate.pick(STRING_PIECES)).ofSizeBetween(0, 10).map(pieces -> String.join("", pieces));
    }

    /** Numbers from 0 to 60 digits, with a scale from {@code minScale} to {@code maxScale}. */
    static Gen<BigDecimal> decimals(int minScale, int maxScale) {
        Gen<BigInteger> small = Generate.longRange(-1_000_000, 1_000_000).map(BigInteger::valueOf);
        Gen<BigInteger> large = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE)
                .zip(Generate.range(0, 2), (n, power) -> BigInteger.valueOf(n).multiply(BigInteger.TEN.pow(20 * power))
                        .add(BigInteger.valueOf(power)));
        Gen<BigInteger> unscaled = Generate.frequency(List.of(Pair.of(2, small), Pair.of(1, large)));
        return unscaled.zip(Generate.range(minScale, maxScale), BigDecimal::new);
    }

    private static List<String> stringPieces() {
        List<String> pieces = new ArrayList<>(List.of("a", "Z", "k", "0", "7", " ", "ą", "ć", "ę", "ł", "ń", "ó", "ś",
                "ź", "ż", "Ą", "Ć", "Ę", "Ł", "Ń", "Ó", "Ś", "Ź", "Ż", "\"", "\\", "/", "\\u0041", "\u2028", "\u2029",
                "\u007f", "\u00a0", "\ufeff", "€", "😀", "👍🏽", "𝄞", "\ud800", "\udfff", "{", "}", "[", "]", ":", ",",
                "null", "true", "1e3"));
        for (char c = 0; c < 0x20; c++) {
            pieces.add(String.valueOf(c));
        }
        return List.copyOf(pieces);
    }

    /** A deep copy in other map and list classes, which must be written the same. */
    private static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return java.util.Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new java.util.LinkedList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return value;
    }
}
