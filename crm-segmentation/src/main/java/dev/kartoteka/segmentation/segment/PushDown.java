package dev.kartoteka.segmentation.segment;

import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
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

/**
 * The part of a rule a registry query can filter by: its top-level conjuncts on city, district, postal-code prefix,
 * role, tags, owner, lead warmth and kind. The query only narrows the candidates — the whole rule is evaluated on
 * each of them afterwards — so it must select a superset of the rule's members, which holds because the registry
 * matches these criteria at least as loosely as the rule (any address, folded case and diacritics, versus the rule's
 * main address and case-insensitive text).
 */
final class PushDown {

    private PushDown() {
    }

    static PartyQuery query(Rule rule, LocalDate asOf) {
        PartyQuery.Builder b = PartyQuery.builder().asOf(asOf).sortBy(PartySort.ID, SortDirection.ASCENDING);
        List<Rule> conjuncts = rule instanceof Rule.And and ? and.rules() : List.of(rule);
        boolean role = false;
        for (Rule r : conjuncts) {
            if (r instanceof Rule.HasTag tag) {
                b.tag(tag.tag());
            } else if (r instanceof Rule.HasRole has && !role) {
                b.role(RoleType.of(has.code()));
                role = true;
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

    private static void apply(PartyQuery.Builder b, Attribute attribute, Operator operator, String value) {
        if (operator == Operator.EQUAL) {
            switch (attribute) {
                case CITY -> b.city(value);
                case DISTRICT -> b.district(value);
                case OWNER -> b.owner(UserId.of(value));
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
