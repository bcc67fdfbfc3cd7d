package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.money.Money;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.segmentation.rule.Operand.AttributeOperand;
import dev.kartoteka.segmentation.rule.Operand.FieldOperand;
import dev.kartoteka.segmentation.rule.Operand.MetricOperand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generators of random rule trees, subjects and rule-like text. Names, keys and windows come mostly from small pools
 * shared by rules and subjects, so that random rules often meet known values.
 */
final class RuleGenerators {

    static final Currency PLN = Currency.getInstance("PLN");
    private static final List<Currency> CURRENCIES = List.of(PLN, Currency.getInstance("EUR"),
            Currency.getInstance("JPY"));
    private static final List<Window> WINDOWS = List.of(Window.days(365), Window.days(30), Window.months(12),
            Window.years(2), Window.weeks(8));
    private static final List<String> KEYS = List.of("industry", "employees", "budget", "signed", "vip", "channels");
    private static final List<String> TEXTS = List.of("IT", "retail", "Warszawa", "Mokotów", "02-495", "PERSON",
            "hot", "web", "shop");
    private static final List<String> TAGS = List.of("vip", "key-account", "targi 2026");
    private static final List<String> ROLES = List.of("client", "lead", "partner_2");
    private static final List<String> INTERESTS = List.of("golf", "Wędkarstwo");
    private static final List<ConsentPurpose> PURPOSES = List.of(ConsentPurpose.MARKETING, ConsentPurpose.NEWSLETTER,
            ConsentPurpose.of("SURVEYS"));
    private static final String ODD_CHARACTERS = "aZ0 -_\"\\óŁ\t\n€(),[]=<>!";
    private static final List<Operator> NUMBER_OPERATORS = List.of(Operator.EQUAL, Operator.NOT_EQUAL,
            Operator.LESS, Operator.LESS_OR_EQUAL, Operator.GREATER, Operator.GREATER_OR_EQUAL, Operator.IN);
    private static final List<Operator> TEXT_OPERATORS = List.of(Operator.EQUAL, Operator.NOT_EQUAL, Operator.IN,
            Operator.STARTS_WITH);
    private static final List<String> TOKENS = List.of("and", "or", "not", "in", "startsWith", "is", "empty", "true",
            "false", "(", ")", "[", "]", ",", "=", "!=", "<", "<=", ">", ">=", "revenue(365d)", "revenue(",
            "clv(12m)", "clv(", "palive()", "age()", "recency(30d)", "city", "district", "field(\"industry\")",
            "field(", "tag(\"vip\")", "tag(", "role(\"client\")", "consent(\"sms\", \"marketing\")", "consent(",
            "date(\"2026-01-31\")", "date(", "\"x\"", "\"", "\\", "12", "-5", "0.8", "50000 PLN", "PLN", "12m", "12x",
            "0d", "1.", ".5", "@", "ó", " ", " ", " ");

    private RuleGenerators() {
    }

    /** Random rule trees nesting at most {@code maxDepth} connectives. */
    static Gen<Rule> rules(int maxDepth) {
        return in -> rule(new Source(in), maxDepth);
    }

    /** Random subjects in PLN that know some of the values the generated rules ask for. */
    static Gen<RuleSubject> subjects() {
        return in -> subject(new Source(in));
    }

    /** Random text made of rule tokens and odd characters. */
    static Gen<String> tokenSoup() {
        return in -> {
            Source s = new Source(in);
            StringBuilder b = new StringBuilder();
            int n = s.between(0, 30);
            for (int i = 0; i < n; i++) {
                if (s.chance(4)) {
                    b.append(ODD_CHARACTERS.charAt(s.between(0, ODD_CHARACTERS.length() - 1)));
                } else {
                    b.append(s.pick(TOKENS)).append(s.chance(2) ? " " : "");
                }
            }
            return b.toString();
        };
    }

    /** Random characters of the whole UTF-16 range, with the grammar's characters more likely. */
    static Gen<String> randomCharacters() {
        return in -> {
            Source s = new Source(in);
            int n = s.between(0, 60);
            StringBuilder b = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                b.append(s.chance(2) ? ODD_CHARACTERS.charAt(s.between(0, ODD_CHARACTERS.length() - 1))
                        : (char) s.between(0, Character.MAX_VALUE));
            }
            return b.toString();
        };
    }

    /** Valid rule texts with one to three characters deleted, inserted, swapped or doubled. */
    static Gen<String> mutatedRules() {
        return in -> {
            Source s = new Source(in);
            StringBuilder b = new StringBuilder(rule(s, 3).toString());
            int mutations = s.between(1, 3);
            for (int i = 0; i < mutations; i++) {
                int at = s.between(0, b.length());
                char c = ODD_CHARACTERS.charAt(s.between(0, ODD_CHARACTERS.length() - 1));
                switch (s.between(0, 3)) {
                    case 0 -> {
                        if (at < b.length()) {
                            b.deleteCharAt(at);
                        }
                    }
                    case 1 -> b.insert(at, c);
                    case 2 -> {
                        if (at + 1 < b.length()) {
                            char first = b.charAt(at);
                            b.setCharAt(at, b.charAt(at + 1));
                            b.setCharAt(at + 1, first);
                        }
                    }
                    default -> {
                        if (at < b.length()) {
                            b.insert(at, b.charAt(at));
                        }
                    }
                }
            }
            return b.toString();
        };
    }

    private static Rule rule(Source s, int depth) {
        int kind = depth <= 0 ? 9 : s.between(0, 9);
        if (kind <= 3) {
            List<Rule> operands = new ArrayList<>();
            int n = s.between(2, 4);
            for (int i = 0; i < n; i++) {
                operands.add(rule(s, depth - 1));
            }
            return kind <= 1 ? new Rule.And(operands) : new Rule.Or(operands);
        }
        if (kind == 4) {
            return new Rule.Not(rule(s, depth - 1));
        }
        return clause(s);
    }

    private static Rule clause(Source s) {
        return switch (s.between(0, 9)) {
            case 0, 1, 2, 3, 4 -> comparison(s);
            case 5 -> new Rule.Presence(operand(s), s.chance(2));
            case 6 -> new Rule.HasTag(s.chance(4) ? "t" + text(s) : s.pick(TAGS));
            case 7 -> new Rule.HasRole(s.chance(4) ? "r" + s.between(0, 999) : s.pick(ROLES));
            case 8 -> new Rule.HasInterest(s.chance(4) ? "i" + text(s) : s.pick(INTERESTS));
            default -> new Rule.MayContact(s.pick(List.of(ConsentChannel.values())), s.pick(PURPOSES));
        };
    }

    private static Operand operand(Source s) {
        return switch (s.between(0, 2)) {
            case 0 -> metric(s);
            case 1 -> new AttributeOperand(s.pick(List.of(Attribute.values())));
            default -> new FieldOperand(s.chance(5) ? "f_" + s.between(0, 99) : s.pick(KEYS));
        };
    }

    private static MetricOperand metric(Source s) {
        Metric metric = s.pick(List.of(Metric.values()));
        Optional<Window> window = switch (metric.windowUse()) {
            case NONE -> Optional.empty();
            case OPTIONAL -> s.chance(3) ? Optional.empty() : Optional.of(window(s));
            case REQUIRED -> Optional.of(window(s));
        };
        return new MetricOperand(metric, window);
    }

    private static Window window(Source s) {
        if (!s.chance(5)) {
            return s.pick(WINDOWS);
        }
        Window.Unit unit = s.pick(List.of(Window.Unit.values()));
        return new Window(unit, s.between(1, unit.maxAmount()));
    }

    private static Rule comparison(Source s) {
        Operand operand = operand(s);
        if (operand instanceof MetricOperand m) {
            Operator operator = s.pick(NUMBER_OPERATORS);
            return new Rule.Comparison(m, operator, list(s, operator, () -> metricNumber(s, m.metric())));
        }
        if (operand instanceof AttributeOperand) {
            Operator operator = s.pick(TEXT_OPERATORS);
            return new Rule.Comparison(operand, operator, list(s, operator, () -> new Literal.Text(someText(s))));
        }
        Operator operator = s.pick(List.of(Operator.values()));
        int kind = operator.isOrdering() ? s.pick(List.of(0, 3)) : operator == Operator.STARTS_WITH ? 1
                : s.between(0, 3);
        return new Rule.Comparison(operand, operator, list(s, operator, () -> switch (kind) {
            case 0 -> s.chance(3) ? Literal.Numeric.of(number(s), s.pick(CURRENCIES)) : Literal.Numeric.of(number(s));
            case 1 -> new Literal.Text(someText(s));
            case 2 -> new Literal.Bool(s.chance(2));
            default -> new Literal.Date(LocalDate.ofEpochDay(s.between(-719162, 2932896)));
        }));
    }

    private interface LiteralMaker {
        Literal make();
    }

    private static Literal list(Source s, Operator operator, LiteralMaker maker) {
        if (operator != Operator.IN) {
            return maker.make();
        }
        List<Literal> items = new ArrayList<>();
        int n = s.between(1, 4);
        for (int i = 0; i < n; i++) {
            items.add(maker.make());
        }
        return new Literal.ListOf(items);
    }

    private static Literal metricNumber(Source s, Metric metric) {
        if (metric.isProbability()) {
            return Literal.Numeric.of(BigDecimal.valueOf(s.between(0, 1000), s.between(0, 3)).min(BigDecimal.ONE));
        }
        BigDecimal amount = number(s).abs();
        return metric.isMoney() && s.chance(2) ? Literal.Numeric.of(amount, PLN) : Literal.Numeric.of(amount);
    }

    private static BigDecimal number(Source s) {
        long unscaled = s.chance(3) ? s.between(0, 100) : s.between(-1_000_000_000, 1_000_000_000);
        return BigDecimal.valueOf(unscaled, s.between(0, 3));
    }

    private static String someText(Source s) {
        return s.chance(3) ? text(s) : s.pick(TEXTS);
    }

    private static String text(Source s) {
        int n = s.between(0, 8);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(ODD_CHARACTERS.charAt(s.between(0, ODD_CHARACTERS.length() - 1)));
        }
        return b.toString();
    }

    private static RuleSubject subject(Source s) {
        RuleSubject.Builder b = RuleSubject.builder(new PartyId(new UUID(s.between(0, 1000), 7)), PLN);
        for (Metric metric : Metric.values()) {
            if (metric.windowUse() != Metric.WindowUse.REQUIRED && s.chance(2)) {
                b.metric(metric, metricValue(s, metric));
            }
            if (metric.windowUse() != Metric.WindowUse.NONE) {
                for (Window window : WINDOWS) {
                    if (s.chance(2)) {
                        b.metric(metric, window, metricValue(s, metric));
                    }
                }
            }
        }
        for (Attribute attribute : Attribute.values()) {
            if (s.chance(2)) {
                b.attribute(attribute, someText(s));
            }
        }
        for (String key : KEYS) {
            if (s.chance(2)) {
                b.customField(key, switch (s.between(0, 6)) {
                    case 0 -> someText(s);
                    case 1 -> (long) s.between(-100, 100);
                    case 2 -> number(s);
                    case 3 -> new Money(BigDecimal.valueOf(s.between(0, 100_000), 2), s.pick(List.of(PLN,
                            Currency.getInstance("EUR"))));
                    case 4 -> s.chance(2);
                    case 5 -> LocalDate.ofEpochDay(s.between(-719162, 2932896));
                    default -> Set.of(s.pick(TEXTS), s.pick(TEXTS) + "2");
                });
            }
        }
        TAGS.stream().filter(t -> s.chance(2)).forEach(b::tag);
        ROLES.stream().filter(r -> s.chance(2)).forEach(b::role);
        INTERESTS.stream().filter(i -> s.chance(2)).forEach(b::interest);
        for (ConsentChannel channel : ConsentChannel.values()) {
            PURPOSES.stream().filter(p -> s.chance(3)).forEach(p -> b.consent(channel, p));
        }
        return b.build();
    }

    private static double metricValue(Source s, Metric metric) {
        return metric.isProbability() ? s.between(0, 1000) / 1000.0 : s.between(0, 100_000) / (s.chance(2) ? 1.0 : 100.0);
    }

    /** Convenience over QuickTheories' randomness, so that failures shrink through it. */
    private static final class Source {

        private final RandomnessSource in;

        Source(RandomnessSource in) {
            this.in = in;
        }

        int between(int min, int max) {
            return (int) in.next(Constraint.between(min, max));
        }

        /** True with probability 1 / n. */
        boolean chance(int n) {
            return between(0, n - 1) == 0;
        }

        <T> T pick(List<T> values) {
            return values.get(between(0, values.size() - 1));
        }
    }
}
