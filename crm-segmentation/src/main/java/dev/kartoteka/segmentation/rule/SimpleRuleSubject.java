package dev.kartoteka.segmentation.rule;

import dev.kartoteka.core.consent.ConsentChannel;
import dev.kartoteka.core.consent.ConsentPurpose;
import dev.kartoteka.core.party.PartyId;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/** The immutable in-memory subject of {@link RuleSubject#builder}: map lookups, no allocation on the fast paths. */
final class SimpleRuleSubject implements RuleSubject {

    private final PartyId partyId;
    private final Currency currency;
    private final Map<Metric, Map<Optional<Window>, OptionalDouble>> metrics;
    private final Map<Attribute, Optional<String>> attributes;
    private final Map<String, Optional<Object>> customFields;
    private final Set<String> tags;
    private final Set<String> roles;
    private final Set<String> interests;
    private final Map<ConsentChannel, Set<ConsentPurpose>> consents;

    SimpleRuleSubject(RuleSubject.Builder b) {
        this.partyId = b.partyId;
        this.currency = b.currency;
        Map<Metric, Map<Optional<Window>, OptionalDouble>> m = new EnumMap<>(Metric.class);
        b.metrics.forEach((metric, values) -> m.put(metric, Map.copyOf(values)));
        this.metrics = m;
        this.attributes = new EnumMap<>(b.attributes);
        this.customFields = new HashMap<>(b.customFields);
        this.tags = Set.copyOf(b.tags);
        this.roles = caseInsensitive(b.roles);
        this.interests = caseInsensitive(b.interests);
        Map<ConsentChannel, Set<ConsentPurpose>> c = new EnumMap<>(ConsentChannel.class);
        b.consents.forEach((channel, purposes) -> c.put(channel, Set.copyOf(purposes)));
        this.consents = c;
    }

    private static Set<String> caseInsensitive(Set<String> values) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(values);
        return Collections.unmodifiableSet(set);
    }

    @Override
    public PartyId partyId() {
        return partyId;
    }

    @Override
    public Currency currency() {
        return currency;
    }

    @Override
    public OptionalDouble metric(Metric metric, Optional<Window> window) {
        Map<Optional<Window>, OptionalDouble> byWindow = metrics.get(Objects.requireNonNull(metric, "metric"));
        if (byWindow == null) {
            return OptionalDouble.empty();
        }
        OptionalDouble value = byWindow.get(Objects.requireNonNull(window, "window"));
        return value == null ? OptionalDouble.empty() : value;
    }

    @Override
    public Optional<String> attribute(Attribute attribute) {
        return attributes.getOrDefault(Objects.requireNonNull(attribute, "attribute"), Optional.empty());
    }

    @Override
    public Optional<Object> customField(String key) {
        return customFields.getOrDefault(Objects.requireNonNull(key, "key"), Optional.empty());
    }

    @Override
    public boolean hasTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        return tags.contains(tag)
                || !isNormal(tag) && tags.contains(tag.strip().replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT));
    }

    @Override
    public boolean hasRole(String roleCode) {
        Objects.requireNonNull(roleCode, "roleCode");
        return roles.contains(roleCode) || roles.contains(roleCode.strip());
    }

    @Override
    public boolean hasInterest(String interest) {
        Objects.requireNonNull(interest, "interest");
        return interests.contains(interest) || interests.contains(interest.strip());
    }

    /** Whether a tag is surely in normal form already: no upper case, single inner spaces, none around. */
    private static boolean isNormal(String tag) {
        int n = tag.length();
        for (int i = 0; i < n; i++) {
            char c = tag.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (c != ' ' || i == 0 || i == n - 1 || tag.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean mayContact(ConsentChannel channel, ConsentPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        Set<ConsentPurpose> purposes = consents.get(Objects.requireNonNull(channel, "channel"));
        return purposes != null && purposes.contains(purpose);
    }

    @Override
    public String toString() {
        return "RuleSubject[" + partyId + "]";
    }
}
