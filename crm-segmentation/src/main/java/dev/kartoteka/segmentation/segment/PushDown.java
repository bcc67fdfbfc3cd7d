package dev.kartoteka.segmentation.segment;

import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.PartySort;
import dev.kartoteka.core.registry.SortDirection;
import dev.kartoteka.segmentation.rule.Attribute;
import dev.kartoteka.segmentation.rule.Literal;
import dev.kartoteka.segmentation.rule.Operand;
import dev.kartoteka.segmentation.rule.Operator;
import dev.kartoteka.segmentation.rule.Rule;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.registry.FieldCriterion;

/**
 * The part of a rule a registry query can filter by: its top-level conjuncts on city, district, postal-code prefix,
 * role, tags, lead warmth and kind, and on custom fields (presence; number and date comparisons as inclusive
 * ranges). Not the owner: the registry matches owners exactly, the rule ignores case. The query only narrows the candidates — the whole rule is evaluated on
 * each of them afterwards — so it must select a superset of the rule's members, which holds because the registry
 * matches these criteria at least as loosely as the rule (any address, folded case and diacritics, versus the rule's
 * main address and case-insensitive text).
 */
final class PushDown {

    private PushDown() {
    }

    static PartyQuery query(Rule rule, LocalDate asOf, CustomFieldSchema schema) {
        PartyQuery.Builder b = PartyQuery.builder().asOf(asOf).sortBy(PartySort.ID, SortDirection.ASCENDING);
        List<Rule> conjuncts = rule instanceof Rule.And and ? and.rules() : List.of(rule);
        boolean role = false;
        for (Rule r : conjuncts) {
            if (r instanceof Rule.HasTag tag) {
                b.tag(tag.tag());
            } else if (r instanceof Rule.HasRole has && !role) {
                b.role(RoleType.of(has.code()));
                role = true;
            } else if (r instanceof Rule.Presence p && p.present() && p.operand() instanceof Operand.FieldOperand f
                    && searchable(schema, f.key()).isPresent()) {
                b.customField(FieldCriterion.isPresent(f.key()));
            } else if (r instanceof Rule.Comparison c && c.operand() instanceof Operand.FieldOperand f) {
                field(schema, f.key(), c.operator(), c.literal()).ifPresent(b::customField);
            } else if (r instanceof Rule.Comparison c && c.operand() instanceof Operand.AttributeOperand a
                    && c.literal() instanceof Literal.Text text) {
                try {
                    apply(b, a.attribute(), c.operator(), text.value());
                } catch (RuntimeException notACriterion) {
                    // a value the query cannot take (e.g. a malformed owner id): leave this criterion to the rule
                }
            }
        }
        return b.build();
    }

    /** A field search can look at: in the schema, on companies or persons. */
    private static Optional<FieldDefinition> searchable(CustomFieldSchema schema, String key) {
        return schema.field(key).filter(f -> f.targets().contains(FieldTarget.COMPANY)
                || f.targets().contains(FieldTarget.PERSON));
    }

    /**
     * A numeric comparison on a whole or decimal number field, or a date comparison on a date field, as an inclusive
     * range (a superset of the strict comparison); anything else stays with the rule.
     */
    private static Optional<FieldCriterion> field(CustomFieldSchema schema, String key, Operator operator,
                                                  Literal literal) {
        Optional<FieldDefinition> field = searchable(schema, key);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        FieldDefinition f = field.get();
        Object bound;
        if (literal instanceof Literal.Numeric n && n.currency().isEmpty()
                && (f.type() == FieldType.INTEGER || f.type() == FieldType.DECIMAL)) {
            bound = n.amount();
        } else if (literal instanceof Literal.Date d && f.type() == FieldType.DATE) {
            bound = d.value();
        } else {
            return Optional.empty();
        }
        Optional<Object> canonical = f.canonicalValue(bound);
        if (canonical.isEmpty()) {
            return Optional.empty(); // e.g. 2.5 for a whole-number field: the rule decides
        }
        Object v = canonical.get();
        return switch (operator) {
            case EQUAL -> Optional.of(FieldCriterion.between(key, v, v));
            case GREATER, GREATER_OR_EQUAL -> Optional.of(FieldCriterion.between(key, v, null));
            case LESS, LESS_OR_EQUAL -> Optional.of(FieldCriterion.between(key, null, v));
            default -> Optional.empty();
        };
    }

    private static void apply(PartyQuery.Builder b, Attribute attribute, Operator operator, String value) {
        if (operator == Operator.EQUAL) {
            switch (attribute) {
                case CITY -> b.city(value);
                case DISTRICT -> b.district(value);
                case WARMTH -> enumValue(LeadWarmth.class, value).ifPresent(b::leadWarmth);
                case KIND -> enumValue(PartyKind.class, value).ifPresent(b::kind);
                default -> {
                }
            }
        } else if (operator == Operator.STARTS_WITH && attribute == Attribute.POSTAL_CODE && !value.isBlank()) {
            b.postalCodePrefix(value);
        }
    }

    private static <E extends Enum<E>> java.util.Optional<E> enumValue(Class<E> type, String value) {
        try {
            return java.util.Optional.of(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty(); // the rule will match nobody; the query stays wide
        }
    }
}
