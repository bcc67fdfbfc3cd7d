/**
 * A small, safe rule language about one party — for VIP criteria and named segments — and the same rules as
 * composable Java values.
 *
 * <pre>{@code
 * Rule vip = Rule.parse("revenue(365d) >= 50000 PLN and purchases(365d) >= 12 or clv(12m) >= 20000 PLN"
 *         + " or tag(\"key-account\")");
 * Rule sms = Rules.consent(ConsentChannel.SMS, ConsentPurpose.MARKETING)
 *         .and(Rules.attribute(Attribute.DISTRICT).equalTo("Mokotów"));
 * boolean isVip = vip.test(subject);
 * String why = vip.explain(subject).details();
 * // revenue(365d) = 62000.00 PLN >= 50000 PLN: true; purchases(365d) = 14 >= 12: true; ...
 * }</pre>
 *
 * <p>A {@link dev.kartoteka.segmentation.rule.Rule} is an immutable tree ({@code And}, {@code Or}, {@code Not},
 * {@code Comparison}, {@code Presence} and the predicates) that evaluates against a
 * {@link dev.kartoteka.segmentation.rule.RuleSubject} — the host's view of one party. Its {@code toString()} is the
 * canonical text, which parses back to an equal rule. {@link dev.kartoteka.segmentation.rule.Rules} writes the same
 * trees in Java.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * rule       = or ;
 * or         = and { "or" and } ;
 * and        = unary { "and" unary } ;
 * unary      = "not" unary | primary ;
 * primary    = "(" or ")" | predicate | operand condition ;
 * predicate  = "tag" "(" string ")" | "role" "(" string ")" | "interest" "(" string ")"
 *            | "consent" "(" string "," string ")" ;
 * operand    = metric "(" [ window ] ")" | attribute | "field" "(" string ")" ;
 * condition  = ( "=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) value
 *            | "in" "[" value { "," value } "]"
 *            | "startsWith" string
 *            | "is" [ "not" ] "empty" ;
 * value      = number [ currency ] | string | "true" | "false" | "date" "(" string ")" ;
 * number     = [ "-" ] digit { digit } [ "." digit { digit } ] ;      (50000, 50000.50, 0.8)
 * currency   = letter letter letter ;                                (an ISO 4217 code in upper case: PLN)
 * window     = digit { digit } ( "d" | "w" | "m" | "y" ) ;           (365d, 8w, 12m, 2y; at most 100 years)
 * string     = '"' { character | '\"' | '\\' } '"' ;
 * </pre>
 *
 * <p>Keywords ({@code and}, {@code or}, {@code not}, {@code in}, {@code startsWith}, {@code is}, {@code empty},
 * {@code true}, {@code false}) and names of metrics, attributes and predicates are case-insensitive. Precedence:
 * {@code not} binds tighter than {@code and}, which binds tighter than {@code or}. Whitespace is free; the only
 * escapes in strings are {@code \"} and {@code \\}. A rule is at most
 * {@value dev.kartoteka.segmentation.rule.Rule#MAX_LENGTH} characters long and nests parentheses, {@code not},
 * {@code and} and {@code or} at most {@value dev.kartoteka.segmentation.rule.Rule#MAX_DEPTH} deep; anything else is a
 * {@link dev.kartoteka.segmentation.rule.RuleParseException} naming the position, what was expected and what was
 * found, never another exception.
 *
 * <h2>Names</h2>
 *
 * <table>
 *   <caption>Metrics, attributes and predicates</caption>
 *   <tr><th>text</th><th>meaning</th></tr>
 *   <tr><td>{@code revenue(window?)}, {@code aov(window?)}</td><td>revenue, average order value (money); all time
 *       without a window</td></tr>
 *   <tr><td>{@code purchases(window?)}, {@code purchaseDays(window?)}</td><td>orders, days with a purchase</td></tr>
 *   <tr><td>{@code recency()}, {@code tenure()}, {@code sinceInteraction()}</td><td>days since the last purchase,
 *       the first purchase, the last interaction</td></tr>
 *   <tr><td>{@code clv(horizon)}, {@code expectedPurchases(horizon)}</td><td>customer lifetime value (money),
 *       expected purchases; the horizon is required</td></tr>
 *   <tr><td>{@code palive()}</td><td>probability of being active, compared with numbers from 0 to 1</td></tr>
 *   <tr><td>{@code age()}</td><td>age in years</td></tr>
 *   <tr><td>{@code city}, {@code district}, {@code postalCode}, {@code country}, {@code sex}, {@code profession},
 *       {@code warmth}, {@code owner}, {@code kind}, {@code segment}</td><td>text attributes
 *       ({@link dev.kartoteka.segmentation.rule.Attribute})</td></tr>
 *   <tr><td>{@code field("key")}</td><td>a custom field: text, number, amount, boolean, date or a set of option
 *       codes</td></tr>
 *   <tr><td>{@code tag("key-account")}, {@code role("client")}, {@code interest("fishing")},
 *       {@code consent("sms", "marketing")}</td><td>the party has the tag, plays the role, has the interest, may be
 *       contacted on the channel for the purpose</td></tr>
 * </table>
 *
 * <h2>Types</h2>
 *
 * <p>Checked when parsing (and when building trees in Java): metrics compare with numbers only, never with
 * {@code startsWith}; a currency only after a money metric's number; {@code palive()} with numbers from 0 to 1;
 * attributes with texts only ({@code =}, {@code !=}, {@code in}, {@code startsWith}); {@code <}, {@code <=},
 * {@code >}, {@code >=} on custom fields with numbers, amounts and dates; windows only where the metric takes one,
 * and a horizon where it needs one. Texts compare ignoring case; a multi-valued field equals a text if any of its
 * values does.
 *
 * <h2>Money</h2>
 *
 * <p>Money metrics are in the {@linkplain dev.kartoteka.segmentation.rule.RuleSubject#currency() subject's
 * currency}. A bare number ({@code revenue(365d) >= 50000}) means that currency. An amount with a currency
 * ({@code 50000 PLN}) must be in it: otherwise evaluating the clause throws
 * {@link dev.kartoteka.segmentation.rule.CurrencyMismatchException}; call
 * {@link dev.kartoteka.segmentation.rule.Rule#validateFor(java.util.Currency)} when loading a rule to find that
 * early. A custom field holding money of another currency than the literal's (or, for a bare number, the subject's)
 * is merely unknown.
 *
 * <h2>Unknown values</h2>
 *
 * <p>Rules use three-valued logic, as SQL does with {@code NULL}: a comparison with a value the subject does not
 * know (an empty field, no CLV model fitted, no birth date), or a custom field of a kind the literal cannot be
 * compared with, is <em>unknown</em>; {@code not unknown} is unknown; {@code false and unknown} is false,
 * {@code true or unknown} is true, otherwise unknown spreads (see {@link dev.kartoteka.segmentation.rule.Truth}).
 * {@link dev.kartoteka.segmentation.rule.Rule#test} is true only for a true rule, so neither
 * {@code clv(12m) >= 20000} nor {@code not clv(12m) >= 20000} selects a party without a CLV; write
 * {@code clv(12m) is empty} to select those. The same rule translated into SQL over nullable columns selects the same
 * parties. Explanations say {@code unknown} for such values and never throw for them.
 *
 * <h2>Safety</h2>
 *
 * <p>The language has no reflection, scripting or code execution: a rule can only read the subject's facts.
 * Parsing is linear in the text and its recursion is bounded; evaluation allocates nothing itself.
 *
 * <h2>Examples</h2>
 *
 * <pre>
 * revenue(365d) &gt;= 50000 PLN and purchases(365d) &gt;= 12 or clv(12m) &gt;= 20000 PLN or tag("key-account")
 * consent("sms", "marketing") and district = "Mokotów"
 * postalCode startsWith "02-" and kind = "person" and age() &gt;= 25 and age() &lt;= 40
 * field("industry") in ["IT", "retail"] and not role("competitor")
 * palive() &lt; 0.3 and recency() &gt; 180 and field("signed") &gt;= date("2026-01-31")
 * field("newsletter_opt_out") != true and field("budget") is not empty
 * </pre>
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.segmentation.rule;

import org.jspecify.annotations.NullMarked;
