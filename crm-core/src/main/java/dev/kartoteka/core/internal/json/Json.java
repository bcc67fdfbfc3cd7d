package dev.kartoteka.core.internal.json;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Internal API of Kartoteka; do not use it from outside.
 *
 * <p>A small, strict JSON codec (RFC 8259) for custom-field schemas and values, because crm-core may not depend on a
 * JSON library. JSON values map to Java values as follows:
 *
 * <table>
 *   <caption>JSON and Java values</caption>
 *   <tr><th>JSON</th><th>{@link #parse(String)} gives</th><th>{@link #write(Object)} accepts</th></tr>
 *   <tr><td>object</td><td>{@code LinkedHashMap<String, Object>} in the order of the text</td>
 *       <td>{@code Map<String, ?>}, written in its iteration order</td></tr>
 *   <tr><td>array</td><td>{@code ArrayList<Object>}</td><td>any {@code Collection<?>}</td></tr>
 *   <tr><td>string</td><td>{@code String}</td><td>{@code String}</td></tr>
 *   <tr><td>number</td><td>{@code BigDecimal} exactly as written ({@code 1.50} keeps scale 2)</td>
 *       <td>{@code BigDecimal}, {@code BigInteger}, {@code Long}, {@code Integer}, {@code Short},
 *       {@code Byte}</td></tr>
 *   <tr><td>{@code true}, {@code false}</td><td>{@code Boolean}</td><td>{@code Boolean}</td></tr>
 *   <tr><td>{@code null}</td><td>{@link #NULL}</td><td>{@link #NULL}</td></tr>
 * </table>
 *
 * <p>Both directions nest at most {@value #MAX_DEPTH} arrays and objects. All methods are thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Json {

    /** The deepest nesting of arrays and objects that {@link #parse(String)} and {@link #write(Object)} accept. */
    public static final int MAX_DEPTH = 512;

    /**
     * The JSON {@code null}, which stands in for {@code null} in parsed and written values (maps and lists of
     * Kartoteka never hold {@code null}). Its {@code toString()} is {@code "null"}.
     */
    public static final Object NULL = Null.INSTANCE;

    private Json() {
    }

    /**
     * Parses one JSON text, strictly by RFC 8259: no comments, trailing commas, {@code NaN}/{@code Infinity}, single
     * quotes, leading zeros or unescaped control characters; exactly one value, surrounded only by whitespace
     * (space, tab, line feed, carriage return). A duplicate key in an object is an error. Escapes of lone surrogates
     * ({@code "\ud800"}) are kept as they are.
     *
     * @param text the JSON text
     * @return a {@code LinkedHashMap<String, Object>}, {@code ArrayList<Object>}, {@code String}, {@code BigDecimal},
     *         {@code Boolean} or {@link #NULL}; maps and lists are new and mutable
     * @throws JsonException if the text is not valid JSON or nests deeper than {@value #MAX_DEPTH} levels
     * @throws NullPointerException if {@code text} is {@code null}
     */
    public static Object parse(String text) {
        Objects.requireNonNull(text, "text");
        return new JsonParser(text).parse();
    }

    /**
     * Writes a value as compact JSON (no whitespace). The output depends only on the value (and on the iteration
     * order of its maps and collections). A {@code BigDecimal} is written in its plain form ({@code toPlainString()})
     * unless that would be longer than 40 characters, then in scientific notation ({@code toString()}); so the number
     * read back is equal to it, except that a negative scale written plainly comes back as scale 0
     * ({@code 1E+3} is written {@code 1000}). In strings, {@code "}, {@code \}, the control characters and
     * U+2028/U+2029 are escaped; all other characters, including surrogate pairs, are written as they are.
     *
     * @param value a value as listed in the class description
     * @return the JSON text
     * @throws IllegalArgumentException naming the class, if the value or anything in it is of another type (also a
     *         map key that is not a {@code String}, a {@code null} inside, or nesting deeper than {@value #MAX_DEPTH})
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static String write(Object value) {
        Objects.requireNonNull(value, "value");
        return new JsonWriter(false).write(value);
    }

    /**
     * Writes a value like {@link #write(Object)}, but for people who edit the file: each array element and object
     * member on its own line, indented by two spaces per level, {@code "key": value}. Empty arrays and objects stay
     * {@code []} and {@code {}}. There is no newline after the last closing bracket.
     *
     * @param value a value as listed in the class description
     * @return the JSON text
     * @throws IllegalArgumentException as {@link #write(Object)}
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static String writePretty(Object value) {
        Objects.requireNonNull(value, "value");
        return new JsonWriter(true).write(value);
    }

    /** The type of {@link #NULL}; an enum so that it stays a singleton when serialized. */
    private enum Null {
        INSTANCE;

        @Override
        public String toString() {
            return "null";
        }
    }
}
