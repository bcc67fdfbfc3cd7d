package dev.kartoteka.core.merge;

import dev.kartoteka.core.party.PartyId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What to merge and how: two or more parties of one kind with the versions they were read at, how the survivor is
 * chosen, and a {@link Survivorship} rule per field.
 *
 * <pre>{@code
 * MergeRequest request = MergeRequest.builder()
 *         .survivor(kept.id(), kept.version())          // or .party(...) for each and .chooseSurvivor(mostComplete())
 *         .merged(duplicate.id(), duplicate.version())
 *         .rule("legalName", Survivorship.mostComplete())
 *         .rule("nip", Survivorship.prefer(duplicate.id()))
 *         .build();
 * MergePreview preview = registry.previewMerge(request); // writes nothing
 * MergeResult result = registry.merge(request);
 * }</pre>
 *
 * <p><b>Fields</b> are named as in the audit trail: {@code "legalName"}, {@code "shortName"}, {@code "legalForm"},
 * {@code "nip"}, {@code "euVatNumber"}, {@code "foreignTaxNumber"}, {@code "regon"}, {@code "krs"}, {@code "industry"}, {@code "website"},
 * {@code "workingHours"}, {@code "employeeCountBand"} (companies); {@code "givenNames"}, {@code "familyName"},
 * {@code "birthDate"}, {@code "sex"}, {@code "pesel"}, {@code "profession"}, {@code "preferredContactTime"},
 * {@code "preferredLanguage"} (persons); {@code "owner"}; {@code "customFields.<key>"} for each custom field; and
 * {@code "contactPoints"} for which copy of a contact point held by several parties survives.
 *
 * <p><b>Defaults</b>: the survivor is the party changed last ({@link Survivorship#mostRecent()}) unless one is named;
 * every single-valued field follows {@link #defaultRule()} ({@code mostRecent()} unless set: with the default survivor
 * that means the survivor's values win and the others fill its gaps); {@code "contactPoints"} follows
 * {@link Survivorship#verified()}. Everything else is united: contact points (one per value), roles (overlapping roles
 * of a type become one), important dates, interests, tags, notes, contact persons.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MergeRequest {

    /** The field whose rule picks among copies of one contact point. */
    public static final String CONTACT_POINTS = "contactPoints";

    private final Map<PartyId, Long> parties;
    private final Survivorship survivorChoice;
    private final Map<String, Survivorship> rules;
    private final Survivorship defaultRule;

    private MergeRequest(Builder b) {
        this.parties = Collections.unmodifiableMap(new LinkedHashMap<>(b.parties));
        this.survivorChoice = b.survivorChoice != null ? b.survivorChoice : Survivorship.mostRecent();
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(b.rules));
        this.defaultRule = b.defaultRule != null ? b.defaultRule : Survivorship.mostRecent();
    }

    /**
     * A request merging one party into another with the default rules.
     *
     * @param survivor the party that stays
     * @param survivorVersion the version it was read at
     * @param merged the party that becomes a tombstone
     * @param mergedVersion the version it was read at
     * @return the request
     * @throws IllegalArgumentException if the ids are equal or a version is negative
     */
    public static MergeRequest of(PartyId survivor, long survivorVersion, PartyId merged, long mergedVersion) {
        return builder().survivor(survivor, survivorVersion).merged(merged, mergedVersion).build();
    }

    /**
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return every party of the merge with the version it was read at, in the order given
     */
    public Map<PartyId, Long> parties() {
        return parties;
    }

    /**
     * @return how the survivor is chosen: {@link Survivorship.Prefer} names it
     */
    public Survivorship survivorChoice() {
        return survivorChoice;
    }

    /**
     * @return the rules set per field
     */
    public Map<String, Survivorship> rules() {
        return rules;
    }

    /**
     * @return the rule of single-valued fields without a rule of their own
     */
    public Survivorship defaultRule() {
        return defaultRule;
    }

    /**
     * Tells the rule a field follows.
     *
     * @param field a field name, e.g. {@code "nip"} or {@code "customFields.segment"}
     * @return its rule, or the default
     * @throws NullPointerException if {@code field} is {@code null}
     */
    public Survivorship rule(String field) {
        Objects.requireNonNull(field, "field");
        Survivorship rule = rules.get(field);
        if (rule != null) {
            return rule;
        }
        return field.equals(CONTACT_POINTS) ? Survivorship.verified() : defaultRule;
    }

    /**
     * @return the survivor's id if the request names it
     */
    public Optional<PartyId> namedSurvivor() {
        return survivorChoice instanceof Survivorship.Prefer p ? Optional.of(p.party()) : Optional.empty();
    }

    /** Shows the ids, versions and rule kinds; never a manual value. */
    @Override
    public String toString() {
        return "MergeRequest[parties=" + parties + ", survivor=" + survivorChoice + ", rules=" + rules
                + ", default=" + defaultRule + "]";
    }

    /**
     * Builds a {@link MergeRequest}. Each setting is checked when it is set: a bad value throws
     * {@link IllegalArgumentException}, a setting made twice {@link IllegalStateException}.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {
        private final Map<PartyId, Long> parties = new LinkedHashMap<>();
        private Survivorship survivorChoice;
        private final Map<String, Survivorship> rules = new LinkedHashMap<>();
        private Survivorship defaultRule;

        private Builder() {
        }

        /**
         * Names the survivor and adds it to the merge.
         *
         * @param id the survivor
         * @param expectedVersion the version it was read at
         * @return this builder
         * @throws IllegalStateException if the survivor was chosen already
         * @throws IllegalArgumentException if the party was added already or the version is negative
         */
        public Builder survivor(PartyId id, long expectedVersion) {
            chooseSurvivor(Survivorship.prefer(Objects.requireNonNull(id, "id")));
            return party(id, expectedVersion);
        }

        /**
         * Adds a party that is merged (it becomes the survivor only if the survivor rule picks it).
         *
         * @param id the party
         * @param expectedVersion the version it was read at
         * @return this builder
         * @throws IllegalArgumentException if the party was added already or the version is negative
         */
        public Builder merged(PartyId id, long expectedVersion) {
            return party(id, expectedVersion);
        }

        /**
         * Adds a party to the merge.
         *
         * @param id the party
         * @param expectedVersion the version it was read at
         * @return this builder
         * @throws IllegalArgumentException if the party was added already or the version is negative
         */
        public Builder party(PartyId id, long expectedVersion) {
            Objects.requireNonNull(id, "id");
            if (expectedVersion < 0) {
                throw new IllegalArgumentException("expectedVersion must not be negative: " + expectedVersion);
            }
            if (parties.putIfAbsent(id, expectedVersion) != null) {
                throw new IllegalArgumentException("party " + id + " was added already");
            }
            return this;
        }

        /**
         * Chooses how the survivor is picked: {@link Survivorship#prefer(PartyId)} names it,
         * {@link Survivorship#mostRecent()} (the default) takes the party changed last,
         * {@link Survivorship#mostComplete()} the one with the most values.
         *
         * @param rule the rule
         * @return this builder
         * @throws IllegalStateException if the survivor was chosen already
         * @throws IllegalArgumentException for {@code verified()} or {@code manual(…)}, which cannot choose a party
         */
        public Builder chooseSurvivor(Survivorship rule) {
            Objects.requireNonNull(rule, "rule");
            if (survivorChoice != null) {
                throw new IllegalStateException("the survivor was already chosen");
            }
            if (rule instanceof Survivorship.Verified || rule instanceof Survivorship.Manual) {
                throw new IllegalArgumentException("the survivor is chosen by mostRecent, mostComplete or prefer, not "
                        + rule);
            }
            survivorChoice = rule;
            return this;
        }

        /**
         * Sets the rule of one field.
         *
         * @param field the field, e.g. {@code "legalName"}, {@code "customFields.segment"}, {@code "contactPoints"}
         * @param rule the rule
         * @return this builder
         * @throws IllegalStateException if the field has a rule already
         * @throws IllegalArgumentException if the field is blank, {@code verified()} is given for another field than
         *     {@code "contactPoints"}, or {@code manual(…)} for {@code "contactPoints"}
         */
        public Builder rule(String field, Survivorship rule) {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
            if (field.isBlank()) {
                throw new IllegalArgumentException("field must not be blank");
            }
            if (rule instanceof Survivorship.Verified && !field.equals(CONTACT_POINTS)) {
                throw new IllegalArgumentException("verified() applies to \"contactPoints\" only, not to " + field);
            }
            if (rule instanceof Survivorship.Manual && field.equals(CONTACT_POINTS)) {
                throw new IllegalArgumentException("contact points are united; manual(…) applies to single fields");
            }
            if (rules.putIfAbsent(field, rule) != null) {
                throw new IllegalStateException("field " + field + " has a rule already");
            }
            return this;
        }

        /**
         * Sets the rule of every single-valued field without a rule of its own (default {@code mostRecent()}).
         *
         * @param rule {@code mostRecent()}, {@code mostComplete()} or {@code prefer(…)}
         * @return this builder
         * @throws IllegalStateException if the default was set already
         * @throws IllegalArgumentException for {@code verified()} or {@code manual(…)}
         */
        public Builder defaultRule(Survivorship rule) {
            Objects.requireNonNull(rule, "rule");
            if (defaultRule != null) {
                throw new IllegalStateException("the default rule was already set");
            }
            if (rule instanceof Survivorship.Verified || rule instanceof Survivorship.Manual) {
                throw new IllegalArgumentException("the default rule is mostRecent, mostComplete or prefer, not "
                        + rule);
            }
            defaultRule = rule;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalStateException if fewer than two parties were added
         * @throws IllegalArgumentException if the named survivor or a preferred party is not among the parties
         */
        public MergeRequest build() {
            if (parties.size() < 2) {
                throw new IllegalStateException("a merge needs at least two parties, has " + parties.size());
            }
            if (survivorChoice instanceof Survivorship.Prefer p && !parties.containsKey(p.party())) {
                throw new IllegalArgumentException("the survivor " + p.party() + " is not among the parties");
            }
            java.util.List<Survivorship> all = new java.util.ArrayList<>(rules.values());
            if (defaultRule != null) {
                all.add(defaultRule);
            }
            for (Survivorship r : all) {
                if (r instanceof Survivorship.Prefer p && !parties.containsKey(p.party())) {
                    throw new IllegalArgumentException("a rule prefers " + p.party() + ", which is not among the parties");
                }
            }
            return new MergeRequest(this);
        }
    }
}
