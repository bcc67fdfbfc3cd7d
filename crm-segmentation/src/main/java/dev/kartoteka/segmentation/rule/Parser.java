package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.FieldOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A recursive-descent parser with a one-token lookahead over a lazy lexer, so that problems are reported in text
 * order. Recursion is bounded by {@link Rule#MAX_DEPTH} parentheses and {@code not}s; the text by
 * {@link Rule#MAX_LENGTH}.
 */
final class Parser {

    static final String END = "end of input";

    private static final String CONDITION = "a condition (a metric, an attribute, field(\"key\"), tag, role, "
            + "interest, consent, not or \"(\")";
    private static final String KNOWN_NAMES = Stream.of(
            Arrays.stream(Metric.values()).map(Metric::text),
            Arrays.stream(Attribute.values()).map(Attribute::text),
            Stream.of("field", "tag", "role", "interest", "consent")).flatMap(s -> s).collect(Collectors.joining(", "));
    private static final String OPERATORS = "a comparison operator (=, !=, <, <=, >, >=, in, startsWith, is)";
    private static final String CHANNELS = Arrays.stream(ConsentChannel.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    private static final List<String> KEYWORDS =
            List.of("and", "or", "not", "in", "startswith", "is", "empty", "true", "false");

    private enum Kind { IDENT, NUMBER, STRING, OPERATOR, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, END, ERROR }

    /**
     * One token: its kind, where it starts, its raw text; a string's decoded value, a number's end of digits, an
     * error's expectation.
     */
    private record Token(Kind kind, int start, String raw, String value, int digits) {

        boolean isKeyword(String keyword) {
            return kind == Kind.IDENT && raw.equalsIgnoreCase(keyword);
        }

        String shown() {
            return kind == Kind.END ? END : raw;
        }
    }

    private final String text;
    private int offset;
    private Token current;
    private int depth;

    Parser(String text) {
        this.text = text;
    }

    Rule parse() {
        if (text.length() > Rule.MAX_LENGTH) {
            throw new RuleParseException(text, Rule.MAX_LENGTH,
                    "a rule of at most " + Rule.MAX_LENGTH + " characters (this one has " + text.length() + ")",
                    text.substring(Rule.MAX_LENGTH, Math.min(text.length(), Rule.MAX_LENGTH + 10)));
        }
        current = lex();
        Rule rule = parseOr();
        Token t = peek();
        if (t.kind != Kind.END) {
            throw error(t, t.kind == Kind.RPAREN ? "\"and\", \"or\" or end of input (this \")\" closes nothing)"
                    : "\"and\", \"or\" or end of input");
        }
        return rule;
    }

    // ----- grammar

    private Rule parseOr() {
        Token start = peek();
        List<Rule> rules = new ArrayList<>();
        rules.add(parseAnd());
        while (peek().isKeyword("or")) {
            next();
            rules.add(parseAnd());
        }
        return rules.size() == 1 ? rules.get(0) : build(start, () -> new Rule.Or(rules));
    }

    private Rule parseAnd() {
        Token start = peek();
        List<Rule> rules = new ArrayList<>();
        rules.add(parseUnary());
        while (peek().isKeyword("and")) {
            next();
            rules.add(parseUnary());
        }
        return rules.size() == 1 ? rules.get(0) : build(start, () -> new Rule.And(rules));
    }

    private Rule parseUnary() {
        Token t = peek();
        if (t.isKeyword("not")) {
            enter(t);
            next();
            Rule negated = parseUnary();
            depth--;
            return build(t, () -> new Rule.Not(negated));
        }
        return parsePrimary();
    }

    private Rule parsePrimary() {
        Token t = peek();
        if (t.kind == Kind.LPAREN) {
            enter(t);
            next();
            Rule inner = parseOr();
            expect(Kind.RPAREN, "\")\" to close the \"(\" at " + t.start);
            depth--;
            return inner;
        }
        if (t.kind != Kind.IDENT || KEYWORDS.contains(t.raw.toLowerCase(Locale.ROOT))) {
            throw error(t, CONDITION);
        }
        String name = t.raw.toLowerCase(Locale.ROOT);
        switch (name) {
            case "tag" -> {
                next();
                Token arg = stringArgument("a tag in double quotes such as \"key-account\"");
                return build(arg, "a tag of 1 to 60 characters", () -> new Rule.HasTag(arg.value));
            }
            case "role" -> {
                next();
                Token arg = stringArgument("a role code in double quotes such as \"client\"");
                return build(arg, "a role code such as \"client\": letters, digits and underscores, starting with "
                        + "a letter, at most 40", () -> new Rule.HasRole(arg.value));
            }
            case "interest" -> {
                next();
                Token arg = stringArgument("an interest in double quotes such as \"fishing\"");
                return build(arg, "an interest of 1 to 100 characters", () -> new Rule.HasInterest(arg.value));
            }
            case "consent" -> {
                return parseConsent();
            }
            case "field" -> {
                next();
                Token arg = stringArgument("a custom-field key in double quotes such as \"industry\"");
                Operand field = build(arg, "a custom-field key: lower-case letters, digits and underscores, "
                        + "starting with a letter, at most 63", () -> new FieldOperand(arg.value));
                return parseCondition(t, field);
            }
            default -> {
                Optional<Metric> metric = Metric.byText(name);
                if (metric.isPresent()) {
                    next();
                    return parseCondition(t, parseMetric(metric.get()));
                }
                Optional<Attribute> attribute = Attribute.byText(name);
                if (attribute.isPresent()) {
                    next();
                    return parseCondition(t, new AttributeOperand(attribute.get()));
                }
                throw error(t, "a metric, an attribute or a predicate (" + KNOWN_NAMES + ")");
            }
        }
    }

    private Rule parseConsent() {
        next();
        expect(Kind.LPAREN, "\"(\" after consent");
        Token channel = expect(Kind.STRING, "a consent channel in double quotes (" + CHANNELS + ")");
        ConsentChannel c = build(channel, "a consent channel (" + CHANNELS + ")",
                () -> ConsentChannel.valueOf(channel.value.strip().toUpperCase(Locale.ROOT)));
        expect(Kind.COMMA, "\",\" and a consent purpose such as \"marketing\"");
        Token purpose = expect(Kind.STRING, "a consent purpose in double quotes such as \"marketing\"");
        ConsentPurpose p = build(purpose, "a consent purpose code such as \"marketing\": letters, digits and "
                + "underscores, starting with a letter, at most 40", () -> ConsentPurpose.of(purpose.value));
        expect(Kind.RPAREN, "\")\"");
        return new Rule.MayContact(c, p);
    }

    private Token stringArgument(String expected) {
        expect(Kind.LPAREN, "\"(\"");
        Token arg = expect(Kind.STRING, expected);
        expect(Kind.RPAREN, "\")\"");
        return arg;
    }

    private MetricOperand parseMetric(Metric metric) {
        String call = metric.text() + "()";
        expect(Kind.LPAREN, "\"(\": " + metric.text() + " is a metric, written "
                + (metric.windowUse() == Metric.WindowUse.REQUIRED ? metric.text() + "(12m)" : call));
        Token t = peek();
        if (t.kind == Kind.RPAREN) {
            if (metric.windowUse() == Metric.WindowUse.REQUIRED) {
                throw error(t, "a horizon such as 12m (" + metric.text() + " needs one)");
            }
            next();
            return new MetricOperand(metric, Optional.empty());
        }
        if (metric.windowUse() == Metric.WindowUse.NONE) {
            throw error(t, "\")\" (" + call + " takes no window)");
        }
        if (t.kind != Kind.NUMBER) {
            throw error(t, "a window such as 365d, 8w, 12m or 2y");
        }
        Window window = build(t, windowExpectation(t.raw), () -> Window.parse(t.raw));
        next();
        expect(Kind.RPAREN, "\")\"");
        return new MetricOperand(metric, Optional.of(window));
    }

    private static String windowExpectation(String raw) {
        if (raw.matches("[0-9]{1,7}[dwmyDWMY]")) {
            Window.Unit unit = switch (Character.toLowerCase(raw.charAt(raw.length() - 1))) {
                case 'd' -> Window.Unit.DAYS;
                case 'w' -> Window.Unit.WEEKS;
                case 'm' -> Window.Unit.MONTHS;
                default -> Window.Unit.YEARS;
            };
            return "a window of 1" + unit.letter() + " to " + unit.maxAmount() + unit.letter();
        }
        return "a window such as 365d, 8w, 12m or 2y";
    }

    private Rule parseCondition(Token start, Operand operand) {
        Token t = peek();
        if (t.isKeyword("is")) {
            next();
            boolean present = false;
            if (peek().isKeyword("not")) {
                next();
                present = true;
            }
            Token empty = peek();
            if (!empty.isKeyword("empty")) {
                throw error(empty, present ? "\"empty\"" : "\"empty\" or \"not empty\"");
            }
            next();
            return new Rule.Presence(operand, present);
        }
        Operator operator = operator(t).orElseThrow(() -> error(t, OPERATORS));
        TypeCheck.operatorProblem(operand, operator).ifPresent(p -> {
            throw error(t, p);
        });
        next();
        Literal literal;
        if (operator == Operator.IN) {
            literal = parseList(operand);
        } else {
            literal = parseLiteral(operand, operator);
        }
        return build(start, () -> new Rule.Comparison(operand, operator, literal));
    }

    private static Optional<Operator> operator(Token t) {
        if (t.kind == Kind.OPERATOR) {
            return Arrays.stream(Operator.values()).filter(o -> o.text().equals(t.raw)).findFirst();
        }
        if (t.isKeyword("in")) {
            return Optional.of(Operator.IN);
        }
        return t.isKeyword("startsWith") ? Optional.of(Operator.STARTS_WITH) : Optional.empty();
    }

    private Literal parseList(Operand operand) {
        expect(Kind.LBRACKET, "\"[\" to start a list such as [\"a\", \"b\"]");
        List<Literal> items = new ArrayList<>();
        while (true) {
            Token itemStart = peek();
            Literal item = parseLiteral(operand, Operator.IN);
            if (!items.isEmpty() && item.getClass() != items.get(0).getClass()) {
                throw error(itemStart, "a value of the same kind as the first item of the list");
            }
            items.add(item);
            Token t = peek();
            if (t.kind == Kind.RBRACKET) {
                next();
                return new Literal.ListOf(items);
            }
            if (t.kind != Kind.COMMA) {
                throw error(t, "\",\" or \"]\"");
            }
            next();
        }
    }

    private Literal parseLiteral(Operand operand, Operator operator) {
        String expected = TypeCheck.expectedValue(operand, operator);
        Token t = peek();
        Literal literal;
        if (t.kind == Kind.NUMBER) {
            Optional<String> notNumber =
                    TypeCheck.literalProblem(operand, operator, Literal.Numeric.of(BigDecimal.ZERO));
            if (notNumber.isPresent()) {
                throw error(t, notNumber.get());
            }
            literal = parseNumber(t, operand, expected);
        } else if (t.kind == Kind.STRING) {
            next();
            literal = new Literal.Text(t.value);
        } else if (t.isKeyword("true") || t.isKeyword("false")) {
            next();
            literal = new Literal.Bool(t.isKeyword("true"));
        } else if (t.isKeyword("date")) {
            next();
            Token arg = stringArgument("a date in double quotes such as \"2026-01-31\"");
            LocalDate date = build(arg, "a date such as \"2026-01-31\" (years 1 to 9999)", () -> {
                LocalDate d = LocalDate.parse(arg.value, DateTimeFormatter.ISO_LOCAL_DATE);
                return new Literal.Date(d).value();
            });
            literal = new Literal.Date(date);
        } else {
            throw error(t, expected);
        }
        Optional<String> problem = TypeCheck.literalProblem(operand, operator, literal);
        if (problem.isPresent()) {
            throw error(t, problem.get());
        }
        return literal;
    }

    private Literal parseNumber(Token t, Operand operand, String expected) {
        if (t.digits < t.raw.length()) {
            throw error(t, expected + " (a space goes between an amount and its currency)");
        }
        BigDecimal amount = new BigDecimal(t.raw);
        next();
        Token code = peek();
        if (code.kind != Kind.IDENT || code.isKeyword("and") || code.isKeyword("or")) {
            return Literal.Numeric.of(amount);
        }
        if (operand instanceof MetricOperand m && !m.metric().isMoney()) {
            throw error(code, TypeCheck.currencyProblem(m));
        }
        Currency currency = build(code, "an ISO 4217 currency code in upper case such as PLN, or \"and\", \"or\"",
                () -> {
                    if (!code.raw.matches("[A-Z]{3}")) {
                        throw new IllegalArgumentException("not a currency code");
                    }
                    return Currency.getInstance(code.raw);
                });
        next();
        return Literal.Numeric.of(amount, currency);
    }

    // ----- tokens

    private Token peek() {
        if (current.kind == Kind.ERROR) {
            throw new RuleParseException(text, current.start, current.value, current.raw);
        }
        return current;
    }

    private void next() {
        peek();
        current = lex();
    }

    private Token expect(Kind kind, String expected) {
        Token t = peek();
        if (t.kind != kind) {
            throw error(t, expected);
        }
        next();
        return t;
    }

    private void enter(Token t) {
        if (++depth > Rule.MAX_DEPTH) {
            throw error(t, "at most " + Rule.MAX_DEPTH + " nested parentheses and nots");
        }
    }

    private RuleParseException error(Token t, String expected) {
        return new RuleParseException(text, t.start, expected, t.shown());
    }

    private interface Construction<T> {
        T make();
    }

    /** Builds a node; a problem the constructors find becomes a parse error at {@code at}. */
    private <T> T build(Token at, Construction<T> construction) {
        return build(at, "at most " + Rule.MAX_DEPTH + " nested and, or and not", construction);
    }

    private <T> T build(Token at, String expected, Construction<T> construction) {
        try {
            return construction.make();
        } catch (IllegalArgumentException | KartotekaException | DateTimeParseException e) {
            throw error(at, expected);
        }
    }

    private Token lex() {
        int n = text.length();
        int i = offset;
        while (i < n && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))) {
            i++;
        }
        if (i >= n) {
            offset = n;
            return new Token(Kind.END, n, "", "", 0);
        }
        int start = i;
        char c = text.charAt(i);
        Token token;
        switch (c) {
            case '(' -> token = simple(Kind.LPAREN, start, 1);
            case ')' -> token = simple(Kind.RPAREN, start, 1);
            case '[' -> token = simple(Kind.LBRACKET, start, 1);
            case ']' -> token = simple(Kind.RBRACKET, start, 1);
            case ',' -> token = simple(Kind.COMMA, start, 1);
            case '=' -> token = simple(Kind.OPERATOR, start, 1);
            case '<', '>' -> token = simple(Kind.OPERATOR, start, i + 1 < n && text.charAt(i + 1) == '=' ? 2 : 1);
            case '!' -> token = i + 1 < n && text.charAt(i + 1) == '='
                    ? simple(Kind.OPERATOR, start, 2)
                    : new Token(Kind.ERROR, start, "!", "\"!=\"", 0);
            case '"' -> token = string(start);
            default -> {
                if (isDigit(c) || (c == '-' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
                    token = number(start);
                } else if (isNameStart(c)) {
                    int end = start + 1;
                    while (end < n && isNamePart(text.charAt(end))) {
                        end++;
                    }
                    token = simple(Kind.IDENT, start, end - start);
                } else {
                    int end = start + Character.charCount(text.codePointAt(start));
                    token = new Token(Kind.ERROR, start, text.substring(start, end),
                            "a name, a number, a text in double quotes, an operator or a parenthesis", 0);
                }
            }
        }
        offset = token.kind == Kind.ERROR ? n : start + token.raw.length();
        return token;
    }

    private Token simple(Kind kind, int start, int length) {
        return new Token(kind, start, text.substring(start, start + length), "", 0);
    }

    private Token number(int start) {
        int n = text.length();
        int i = start;
        if (text.charAt(i) == '-') {
            i++;
        }
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        int digits = i - start;
        while (i < n && isNamePart(text.charAt(i))) {
            i++;
        }
        return new Token(Kind.NUMBER, start, text.substring(start, i), "", digits);
    }

    private Token string(int start) {
        int n = text.length();
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                return new Token(Kind.STRING, start, text.substring(start, i + 1), value.toString(), 0);
            }
            if (c == '\\') {
                if (i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                    value.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                return new Token(Kind.ERROR, i, text.substring(i, Math.min(n, i + 2)),
                        "\\\" or \\\\ (the only escapes in a text)", 0);
            }
            value.append(c);
            i++;
        }
        return new Token(Kind.ERROR, n, END, "a closing \" for the text at " + start, 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || isDigit(c);
    }
}
