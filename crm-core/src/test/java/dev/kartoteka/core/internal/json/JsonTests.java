package dev.kartoteka.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.KartotekaException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTests {

    // ---------------------------------------------------------------------------------------------------------------
    // parsing

    @Test
    void parsesEveryJsonTypeIntoItsJavaType() {
        Object parsed = Json.parse(
                "{\"s\":\"x\",\"n\":1.50,\"t\":true,\"f\":false,\"z\":null,\"a\":[1,\"2\"],\"o\":{}}");

        assertThat(parsed).isInstanceOf(LinkedHashMap.class);
        Map<?, ?> map = (Map<?, ?>) parsed;
        assertThat(map.get("s")).isEqualTo("x");
        assertThat(map.get("n")).isEqualTo(new BigDecimal("1.50"));
        assertThat(map.get("t")).isEqualTo(Boolean.TRUE);
        assertThat(map.get("f")).isEqualTo(Boolean.FALSE);
        assertThat(map.get("z")).isSameAs(Json.NULL);
        assertThat(map.get("a")).isInstanceOf(ArrayList.class).isEqualTo(List.of(BigDecimal.ONE, "2"));
        assertThat(map.get("o")).isInstanceOf(LinkedHashMap.class).isEqualTo(Map.of());
    }

    @Test
    void parsesAnyValueAtTheTopLevel() {
        assertThat(Json.parse("\"a\"")).isEqualTo("a");
        assertThat(Json.parse("7")).isEqualTo(new BigDecimal("7"));
        assertThat(Json.parse("true")).isEqualTo(true);
        assertThat(Json.parse("false")).isEqualTo(false);
        assertThat(Json.parse("null")).isSameAs(Json.NULL);
        assertThat(Json.parse("[]")).isEqualTo(List.of());
        assertThat(Json.parse("{}")).isEqualTo(Map.of());
    }

    @Test
    void keepsTheKeyOrderOfTheText() {
        Map<?, ?> map = (Map<?, ?>) Json.parse("{\"z\":1,\"a\":2,\"m\":3,\"ą\":4,\"b\":5}");

        assertThat(new ArrayList<Object>(map.keySet())).containsExactly("z", "a", "m", "ą", "b");
    }

    @Test
    void parsesNestedArraysAndObjects() {
        Object parsed = Json.parse("[{\"a\":[[],[{}],{\"b\":[null,{\"c\":\"d\"}]}]},[[[1]]]]");

        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("b", List.of(Json.NULL, Map.of("c", "d")));
        Object expected = List.of(Map.of("a", List.of(List.of(), List.of(Map.of()), inner)),
                List.of(List.of(List.of(BigDecimal.ONE))));
        assertThat(parsed).isEqualTo(expected);
    }

    @Test
    void allowsTheFourWhitespaceCharactersAroundEveryToken() {
        Object parsed = Json.parse(" \t\r\n{ \"a\" \n:\t[ 1 ,\r\n 2 ] , \"b\" : { } , \"c\" : [ ] }\n\n ");

        assertThat(parsed).isEqualTo(Map.of("a", List.of(BigDecimal.ONE, new BigDecimal(2)), "b", Map.of(),
                "c", List.of()));
    }

    @Test
    void decodesEveryEscape() {
        assertThat(Json.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\u0105\\u00e9\\u00C9\\u0000\""))
                .isEqualTo("\"\\/\b\f\n\r\t\u0041ąéÉ\u0000");
        assertThat(Json.parse("\"a\\nb\\tc\"")).isEqualTo("a\nb\tc");
    }

    @Test
    void decodesEscapedSurrogatePairsIntoOneCodePoint() {
        String smile = (String) Json.parse("\"\\ud83d\\ude00\"");

        assertThat(smile).isEqualTo("😀");
        assertThat(smile.codePointCount(0, smile.length())).isEqualTo(1);
    }

    @Test
    void keepsEscapedLoneSurrogatesAsTheyAre() {
        assertThat(Json.parse("\"\\ud800\"")).isEqualTo("\ud800");
        assertThat(Json.parse("\"x\\udc00y\"")).isEqualTo("x\udc00y");
        assertThat(Json.parse("\"\\ude00\\ud83d\"")).isEqualTo("\ude00\ud83d");
    }

    @Test
    void takesNonAsciiCharactersAsWritten() {
        String text = "Zażółć gęślą jaźń ŻÓŁW 😀 \u007f \u00a0 €";

        assertThat(Json.parse("\"" + text + "\"")).isEqualTo(text);
        assertThat(Json.parse("{\"" + text + "\":1}")).isEqualTo(Map.of(text, BigDecimal.ONE));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0                                 | 0",
        "-0                                | 0",
        "-0.0                              | 0.0",
        "7                                 | 7",
        "-7                                | -7",
        "1.50                              | 1.50",
        "0.001                             | 0.001",
        "1e3                               | 1E+3",
        "1E3                               | 1E+3",
        "1e+3                              | 1E+3",
        "1.0e+2                            | 1.0E+2",
        "25e-1                             | 2.5",
        "-1.5E-7                           | -1.5E-7",
        "999999999999999999                | 999999999999999999",
        "9223372036854775807               | 9223372036854775807",
        "-9223372036854775808              | -9223372036854775808",
        "9223372036854775808               | 9223372036854775808",
        "123456789012345678901234567890123 | 123456789012345678901234567890123",
        "1e2147483647                      | 1E+2147483647",
        "1e-2147483647                     | 1E-2147483647",
    })
    void parsesNumbersExactlyAsWrittenKeepingTheScale(String text, String expected) {
        BigDecimal parsed = (BigDecimal) Json.parse(text);

        assertThat(parsed).isEqualTo(new BigDecimal(expected));
        assertThat(parsed.scale()).isEqualTo(new BigDecimal(expected).scale());
    }

    @Test
    void readsNegativeZeroAsZeroBecauseBigDecimalHasNoSign() {
        assertThat(Json.parse("-0")).isEqualTo(BigDecimal.ZERO);
        assertThat(Json.parse("-0.00")).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void parsesNestingOf512LevelsAndRejects513() {
        assertThat(Json.parse("[".repeat(512) + "]".repeat(512))).isInstanceOf(List.class);
        assertThat(Json.parse("{\"a\":".repeat(511) + "[]" + "}".repeat(511))).isInstanceOf(Map.class);

        assertMalformed("[".repeat(513) + "]".repeat(513), 1, 513, "nest deeper than 512 levels");
        assertMalformed("{\"a\":".repeat(512) + "[]" + "}".repeat(512), 1, 5 * 512 + 1, "nest deeper than 512");
    }

    @Test
    void rejectsVeryDeepNestingWithoutOverflowingTheStack() {
        assertMalformed("[".repeat(1_000_000), 1, 513, "nest deeper than 512 levels");
        assertMalformed("{\"\":".repeat(300_000), 1, 4 * 512 + 1, "nest deeper than 512 levels");
    }

    @Test
    void readsALargeDocumentInOnePass() {
        List<Object> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("id", BigDecimal.valueOf(i));
            record.put("name", "Żółta łódź nr " + i + " \"cytat\"\n");
            record.put("amount", new BigDecimal(i + ".25"));
            record.put("tags", List.of("vip", "b2b", Boolean.TRUE, Json.NULL));
            records.add(record);
        }
        String text = Json.writePretty(records);
        assertThat(text.length()).isGreaterThan(1_000_000);

        assertThat(Json.parse(text)).isEqualTo(records);
    }

    @Test
    void rejectsNullText() {
        assertThatNullPointerException().isThrownBy(() -> Json.parse(null)).withMessage("text");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // malformed input

    static Stream<Arguments> malformedTexts() {
        return Stream.of(
                Arguments.of("{\"a\":1,}", 1, 8, "expected a string key but found '}'"),
                Arguments.of("[1,]", 1, 4, "expected a value but found ']'"),
                Arguments.of("[1 2]", 1, 4, "expected ',' or ']' but found '2'"),
                Arguments.of("{\"a\":1 \"b\":2}", 1, 8, "expected ',' or '}' but found '\"'"),
                Arguments.of("[1,2", 1, 5, "expected ',' or ']' but found end of input"),
                Arguments.of("{\"a\":1", 1, 7, "expected ',' or '}' but found end of input"),
                Arguments.of("{\"a\" 1}", 1, 6, "expected ':' but found '1'"),
                Arguments.of("{a:1}", 1, 2, "expected a string key or '}' but found 'a'"),
                Arguments.of("{'a':1}", 1, 2, "expected a string key or '}' but found \"'\""),
                Arguments.of("['a']", 1, 2, "expected a value but found \"'\""),
                Arguments.of("{\"a\":1,\"a\":2}", 1, 8, "duplicate key \"a\""),
                Arguments.of("{\"a\":{},\"b\":{\"a\":1,\"a\":1}}", 1, 20, "duplicate key \"a\""),
                Arguments.of("01", 1, 2, "leading zeros are not allowed"),
                Arguments.of("-01", 1, 3, "leading zeros are not allowed"),
                Arguments.of("[00]", 1, 3, "leading zeros are not allowed"),
                Arguments.of("-", 1, 2, "expected a digit but found end of input"),
                Arguments.of("-a", 1, 2, "expected a digit but found 'a'"),
                Arguments.of("1.", 1, 3, "expected a digit but found end of input"),
                Arguments.of("1.e3", 1, 3, "expected a digit but found 'e'"),
                Arguments.of(".5", 1, 1, "expected a value but found '.'"),
                Arguments.of("+1", 1, 1, "expected a value but found '+'"),
                Arguments.of("1e", 1, 3, "expected a digit but found end of input"),
                Arguments.of("1e+", 1, 4, "expected a digit but found end of input"),
                Arguments.of("0x1F", 1, 2, "expected end of input but found 'x'"),
                Arguments.of("1e99999999999", 1, 1, "number out of range"),
                Arguments.of("NaN", 1, 1, "expected a value but found 'NaN'"),
                Arguments.of("Infinity", 1, 1, "expected a value but found 'Infinity'"),
                Arguments.of("-Infinity", 1, 2, "expected a digit but found 'I'"),
                Arguments.of("tru", 1, 1, "expected a value but found 'tru'"),
                Arguments.of("True", 1, 1, "expected a value but found 'True'"),
                Arguments.of("nul", 1, 1, "expected a value but found 'nul'"),
                Arguments.of("[truex]", 1, 6, "expected ',' or ']' but found 'x'"),
                Arguments.of("undefinedAndMoreLetters", 1, 1, "expected a value but found 'undefinedAnd…'"),
                Arguments.of("{\"a\":1}{", 1, 8, "expected end of input but found '{'"),
                Arguments.of("1 2", 1, 3, "expected end of input but found '2'"),
                Arguments.of("", 1, 1, "expected a value but found end of input"),
                Arguments.of("  \n ", 2, 2, "expected a value but found end of input"),
                Arguments.of("\"\\x\"", 1, 2, "invalid escape"),
                Arguments.of("\"\\'\"", 1, 2, "invalid escape"),
                Arguments.of("\"\\U0041\"", 1, 2, "invalid escape"),
                Arguments.of("\"\\u12G4\"", 1, 6, "expected a hex digit of \\u escape but found 'G'"),
                Arguments.of("\"\\u12\"", 1, 6, "expected a hex digit of \\u escape but found '\"'"),
                Arguments.of("\"\\u00", 1, 6, "expected a hex digit of \\u escape but found end of input"),
                Arguments.of("\"abc", 1, 1, "string is not terminated"),
                Arguments.of("[\"a\",\"bc", 1, 6, "string is not terminated"),
                Arguments.of("\"abc\\", 1, 1, "string is not terminated"),
                Arguments.of("\"a\nb\"", 1, 3, "control character U+000A must be escaped"),
                Arguments.of("\"a\tb\"", 1, 3, "control character U+0009 must be escaped"),
                Arguments.of("\"\u0000\"", 1, 2, "control character U+0000 must be escaped"),
                Arguments.of("// comment\n1", 1, 1, "expected a value but found '/'"),
                Arguments.of("/* comment */ 1", 1, 1, "expected a value but found '/'"),
                Arguments.of("[1,2,]", 1, 6, "expected a value but found ']'"),
                Arguments.of("\ufeff{}", 1, 1, "expected a value but found U+FEFF"),
                Arguments.of("[1,\u00a02]", 1, 4, "expected a value but found U+00A0"),
                Arguments.of("{\n  \"a\": 1,\n  \"b\": x\n}", 3, 8, "expected a value but found 'x'"),
                Arguments.of("[\r\n1,\r\n,]", 3, 1, "expected a value but found ','"),
                Arguments.of("[\r1,\r,]", 3, 1, "expected a value but found ','"),
                Arguments.of("[\"😀\" x]", 1, 6, "expected ',' or ']' but found 'x'"),
                Arguments.of("[😀]", 1, 2, "expected a value but found '😀'"));
    }

    @ParameterizedTest
    @MethodSource("malformedTexts")
    void rejectsMalformedTextNamingLineAndColumn(String text, int line, int column, String expected) {
        assertMalformed(text, line, column, expected);
    }

    @Test
    void errorMessageNamesThePositionThenTheExpectation() {
        assertThatThrownBy(() -> Json.parse("{\n  \"a\": 1\n  \"b\": 2\n}"))
                .isInstanceOf(KartotekaException.class)
                .hasMessage("Invalid JSON at line 3, column 3: expected ',' or '}' but found '\"'");
    }

    @Test
    void exceptionKeepsLineAndColumn() {
        JsonException e = new JsonException("expected ',' or '}' but found 'x'", 3, 14);

        assertThat(e).hasMessage("Invalid JSON at line 3, column 14: expected ',' or '}' but found 'x'");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(14);
    }

    private static void assertMalformed(String text, int line, int column, String expected) {
        assertThatThrownBy(() -> Json.parse(text))
                .isInstanceOfSatisfying(JsonException.class, e -> {
                    assertThat(e.line()).as("line").isEqualTo(line);
                    assertThat(e.column()).as("column").isEqualTo(column);
                    assertThat(e.getMessage())
                            .startsWith("Invalid JSON at line " + line + ", column " + column + ": ")
                            .contains(expected);
                });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // writing

    @Test
    void writesEveryTypeCompactly() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("s", "x");
        map.put("n", new BigDecimal("1.50"));
        map.put("t", true);
        map.put("f", false);
        map.put("z", Json.NULL);
        map.put("a", List.of(1, 2L, (short) 3, (byte) 4, new BigInteger("123456789012345678901234567890")));
        map.put("o", Map.of());
        map.put("e", List.of());

        assertThat(Json.write(map)).isEqualTo("{\"s\":\"x\",\"n\":1.50,\"t\":true,\"f\":false,\"z\":null,"
                + "\"a\":[1,2,3,4,123456789012345678901234567890],\"o\":{},\"e\":[]}");
    }

    @Test
    void writesMapsInTheirIterationOrder() {
        Map<String, Object> inserted = new LinkedHashMap<>();
        inserted.put("z", 1);
        inserted.put("a", 2);
        Map<String, Object> sorted = new TreeMap<>(inserted);

        assertThat(Json.write(inserted)).isEqualTo("{\"z\":1,\"a\":2}");
        assertThat(Json.write(sorted)).isEqualTo("{\"a\":2,\"z\":1}");
    }

    @Test
    void writesAnyCollectionAsAnArray() {
        assertThat(Json.write(new java.util.TreeSet<>(List.of("b", "a")))).isEqualTo("[\"a\",\"b\"]");
        assertThat(Json.write(new java.util.ArrayDeque<>(List.of(1, 2)))).isEqualTo("[1,2]");
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndLineSeparators() {
        String text = "\"\\/\n\r\t\b\f\u0000\u0001\u001f\u2028\u2029";

        assertThat(Json.write(text))
                .isEqualTo("\"\\\"\\\\/\\n\\r\\t\\b\\f\\u0000\\u0001\\u001F\\u2028\\u2029\"");
        assertThat(Json.parse(Json.write(text))).isEqualTo(text);
    }

    @Test
    void writesAllOtherCharactersAsTheyAre() {
        String text = "Zażółć gęślą jaźń ŻÓŁW 😀 \u007f \u00a0 € \ud800 <script>";

        assertThat(Json.write(text)).isEqualTo("\"" + text + "\"");
        assertThat(Json.write(Map.of(text, text))).isEqualTo("{\"" + text + "\":\"" + text + "\"}");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.50                | 1.50",
        "0                   | 0",
        "0.00                | 0.00",
        "-0.0                | 0.0",
        "0E+5                | 0",
        "1E+3                | 1000",
        "-1.5E-7             | -0.00000015",
        "1E+39               | 1000000000000000000000000000000000000000",
        "1E+40               | 1E+40",
        "-1E+38              | -100000000000000000000000000000000000000",
        "-1E+39              | -1E+39",
        "1E-38               | 0.00000000000000000000000000000000000001",
        "1E-39               | 1E-39",
        "1.2345E-30          | 0.0000000000000000000000000000012345",
        "1.23456789012345E-30| 1.23456789012345E-30",
        "1E+999999999        | 1E+999999999",
        "1E-999999999        | 1E-999999999",
    })
    void writesNumbersPlainUnlessLongerThan40Characters(String number, String expected) {
        assertThat(Json.write(new BigDecimal(number))).isEqualTo(expected);
    }

    @Test
    void writesIntegerTypesAsIntegers() {
        assertThat(Json.write(List.of(Integer.MIN_VALUE, Long.MAX_VALUE, Short.MIN_VALUE, Byte.MAX_VALUE,
                BigInteger.TEN.pow(50).negate())))
                .isEqualTo("[-2147483648,9223372036854775807,-32768,127,-1" + "0".repeat(50) + "]");
    }

    @Test
    void writesPrettyWithTwoSpacesPerLevelAndOneElementPerLine() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", "Klient");
        map.put("fields", List.of(Map.of("key", "nip"), List.of(), Map.of(), 1));
        map.put("ok", true);

        assertThat(Json.writePretty(map)).isEqualTo("""
                {
                  "name": "Klient",
                  "fields": [
                    {
                      "key": "nip"
                    },
                    [],
                    {},
                    1
                  ],
                  "ok": true
                }""");
        assertThat(Json.writePretty(List.of())).isEqualTo("[]");
        assertThat(Json.writePretty("a\nb")).isEqualTo("\"a\\nb\"");
    }

    @Test
    void nullIsOneMarkerReadAndWrittenAsNull() {
        assertThat(Json.parse("null")).isSameAs(Json.NULL);
        assertThat(Json.parse("[null]")).isEqualTo(List.of(Json.NULL));
        assertThat(Json.write(Json.NULL)).isEqualTo("null");
        assertThat(Json.NULL).hasToString("null");
    }

    @ParameterizedTest
    @ValueSource(classes = {Double.class, Float.class, Date.class, Object.class, Character.class, int[].class})
    void refusesToWriteUnsupportedTypesNamingThem(Class<?> type) throws Exception {
        Object value = type == int[].class ? new int[] {1}
                : type == Character.class ? 'c'
                : type == Double.class ? 1.5d
                : type == Float.class ? 1.5f
                : type.getConstructor().newInstance();

        assertThatIllegalArgumentException().isThrownBy(() -> Json.write(value))
                .withMessageContaining(type.getName());
        assertThatIllegalArgumentException().isThrownBy(() -> Json.writePretty(Map.of("a", List.of(value))))
                .withMessageContaining(type.getName());
    }

    @Test
    void refusesNonStringKeysAndNullsNamingThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> Json.write(Map.of(1, "a")))
                .withMessageContaining("java.lang.Integer").withMessageContaining("key");
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("a", null);
        assertThatIllegalArgumentException().isThrownBy(() -> Json.write(withNull))
                .withMessageContaining("null").withMessageContaining("Json.NULL");
        assertThatIllegalArgumentException().isThrownBy(() -> Json.write(java.util.Arrays.asList(1, null)))
                .withMessageContaining("Json.NULL");
        assertThatNullPointerException().isThrownBy(() -> Json.write(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Json.writePretty(null)).withMessage("value");
    }

    @Test
    void writesNestingOf512LevelsAndRefusesDeeperOrCyclicValues() {
        Object nested = List.of();
        for (int i = 1; i < 512; i++) {
            nested = List.of(nested);
        }
        assertThat(Json.write(nested)).isEqualTo("[".repeat(512) + "]".repeat(512));
        Object tooDeep = List.of(nested);
        assertThatIllegalArgumentException().isThrownBy(() -> Json.write(tooDeep)).withMessageContaining("512");

        List<Object> cyclic = new ArrayList<>();
        cyclic.add(cyclic);
        assertThatIllegalArgumentException().isThrownBy(() -> Json.write(cyclic)).withMessageContaining("512");
    }
}
