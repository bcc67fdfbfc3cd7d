package dev.kartoteka.core.party;

import dev.kartoteka.core.field.CustomFieldValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * One entry of the client registry: a {@link Company} or a {@link Person}.
 *
 * <p>Everything a party shares lives here: its identity and version, its {@linkplain #roles() roles},
 * {@linkplain #contactPoints() contact points}, informal data ({@linkplain #importantDates() important dates},
 * {@linkplain #interests() interests}, {@linkplain #tags() tags}, {@linkplain #notes() notes}) and its
 * {@linkplain #owner() account owner}. Parties are immutable: change one with {@code toBuilder()} and hand the result to
 * the registry's {@code update}, which checks the {@linkplain #version() version} it was read at.
 *
 * <p>{@link #id()}, {@link #version()}, {@link #createdAt()}, {@link #updatedAt()}, {@link #status()} and
 * {@link #ownerHistory()} are maintained by the registry; a builder may set them only to rebuild a stored party
 * (storage implementations do so). {@code toString()} shows no personal data.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public abstract sealed class Party permits Company, Person {

    private final PartyId id;
    private final long version;
    private final PartyStatus status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final Optional<UserId> owner;
    private final List<OwnerAssignment> ownerHistory;
    private final List<@Valid PartyRole> roles;
    private final List<@Valid ContactPoint> contactPoints;
    private final List<@Valid ImportantDate> importantDates;
    private final Set<@NotBlank @Size(max = 100) String> interests;
    private final Set<Tag> tags;
    private final List<@Valid Note> notes;
    private final CustomFieldValues customFields;
    private final Optional<PartyId> mergedInto;

    Party(Builder<?, ?> b) {
        this.id = b.id != null ? b.id : PartyId.random();
        this.version = b.version;
        this.status = b.status;
        this.createdAt = b.createdAt;
        this.updatedAt = b.updatedAt;
        this.owner = Optional.ofNullable(b.owner);
        this.ownerHistory = List.copyOf(b.ownerHistory);
        this.roles = List.copyOf(b.roles);
        this.contactPoints = List.copyOf(b.contactPoints);
        this.importantDates = List.copyOf(b.importantDates);
        // most parties have none: share the empty set rather than keep two empty collections each
        this.interests = b.interests.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(b.interests));
        this.tags = b.tags.isEmpty() ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(b.tags));
        this.notes = List.copyOf(b.notes);
        this.customFields = b.customFields;
        this.mergedInto = Optional.ofNullable(b.mergedInto);
    }

    /**
     * @return the party's identity; assigned when the party is built unless given
     */
    public PartyId id() {
        return id;
    }

    /**
     * @return the version this party was read at; 0 for a party not stored yet, then +1 for every stored change
     */
    public long version() {
        return version;
    }

    /**
     * @return whether the party is active or archived
     */
    public PartyStatus status() {
        return status;
    }

    /**
     * @return when the registry first stored the party ({@link Instant#EPOCH} before that)
     */
    public Instant createdAt() {
        return createdAt;
    }

    /**
     * @return when the registry last stored a change ({@link Instant#EPOCH} before the first store)
     */
    public Instant updatedAt() {
        return updatedAt;
    }

    /**
     * @return the user responsible for the party (the account owner), if any
     */
    public Optional<UserId> owner() {
        return owner;
    }

    /**
     * @return the account owners over time, oldest first; the registry appends to it on every change of owner
     */
    public List<OwnerAssignment> ownerHistory() {
        return ownerHistory;
    }

    /**
     * @return all roles, current and ended, in the order they were added
     */
    public List<PartyRole> roles() {
        return roles;
    }

    /**
     * Returns the roles that hold on a day.
     *
     * @param day the day
     * @return the roles active on {@code day}
     */
    public List<PartyRole> rolesOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return roles.stream().filter(r -> r.isActiveOn(day)).toList();
    }

    /**
     * Tells whether the party holds a role on a day.
     *
     * @param type the role type
     * @param day the day
     * @return {@code true} if a role of that type is active on {@code day}
     */
    public boolean hasRole(RoleType type, LocalDate day) {
        Objects.requireNonNull(type, "type");
        return rolesOn(day).stream().anyMatch(r -> r.type().equals(type));
    }

    /**
     * @return every contact point, in the order they were added
     */
    public List<ContactPoint> contactPoints() {
        return contactPoints;
    }

    /**
     * Returns the contact points of one kind.
     *
     * @param type the record type, e.g. {@code EmailContact.class}
     * @param <C> the contact point type
     * @return the matching contact points, in order
     */
    public <C extends ContactPoint> List<C> contactPoints(Class<C> type) {
        Objects.requireNonNull(type, "type");
        return contactPoints.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * @return the yearly important dates recorded for the party
     */
    public List<ImportantDate> importantDates() {
        return importantDates;
    }

    /**
     * @return the party's interests (free text, e.g. {@code "wędkarstwo"}), in insertion order
     */
    public Set<String> interests() {
        return interests;
    }

    /**
     * @return the tags, sorted
     */
    public Set<Tag> tags() {
        return tags;
    }

    /**
     * @return the notes, in the order they were added
     */
    public List<Note> notes() {
        return notes;
    }

    /**
     * Returns the custom-field values, validated against the registry's {@link
     * dev.kartoteka.core.field.CustomFieldSchema schema} when stored.
     *
     * @return the values, keyed by field key
     */
    public CustomFieldValues customFields() {
        return customFields;
    }

    /**
     * Tells which party this one was merged into, for a {@linkplain PartyStatus#MERGED merged} party (a tombstone).
     *
     * @return the survivor's id; empty unless the party was merged
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public Optional<PartyId> mergedInto() {
        return mergedInto;
    }

    /**
     * @return which kind of party this is
     */
    public abstract PartyKind kind();

    /**
     * Returns the name people use for the party: a company's short name or else its legal name; a person's given
     * names and family name, or the one of them known.
     *
     * @return the display name; personal data for persons
     */
    public abstract String displayName();

    /**
     * Returns every name the party can be searched by (legal and short name; "given family" and "family given", or
     * the one name of a person known by one).
     *
     * @return the names, not folded
     */
    public abstract List<String> searchableNames();

    /**
     * @return a builder holding this party's data, for making a changed copy
     */
    public abstract Builder<?, ?> toBuilder();

    /**
     * @return every identifier the party holds (NIP, REGON, KRS, PESEL, EU VAT, a foreign tax number, e-mails,
     *     phones)
     */
    public abstract List<dev.kartoteka.core.identifier.Identifier> identifiers();

    final Stream<dev.kartoteka.core.identifier.Identifier> contactIdentifiers() {
        return contactPoints.stream().<dev.kartoteka.core.identifier.Identifier>mapMulti((cp, sink) -> {
            if (cp instanceof EmailContact e) {
                sink.accept(e.email());
            } else if (cp instanceof PhoneContact p) {
                sink.accept(p.phone());
            }
        });
    }

    boolean sameCommonState(Party o) {
        return id.equals(o.id) && version == o.version && status == o.status
                && createdAt.equals(o.createdAt) && updatedAt.equals(o.updatedAt) && owner.equals(o.owner)
                && ownerHistory.equals(o.ownerHistory) && roles.equals(o.roles) && contactPoints.equals(o.contactPoints)
                && importantDates.equals(o.importantDates) && interests.equals(o.interests) && tags.equals(o.tags)
                && notes.equals(o.notes) && customFields.equals(o.customFields) && mergedInto.equals(o.mergedInto);
    }

    int commonHash() {
        return Objects.hash(id, version, status, createdAt, updatedAt, owner, ownerHistory, roles, contactPoints,
                importantDates, interests, tags, notes, customFields, mergedInto);
    }

    /** Shows kind, id, version and status only; never personal data. */
    @Override
    public String toString() {
        return kind() + "[id=" + id + ", version=" + version + ", status=" + status + "]";
    }

    /**
     * The part of a party builder that all kinds share. Builders are not thread-safe; {@code build()} copies
     * everything, so a builder can be reused.
     *
     * @param <P> the party type built
     * @param <B> the builder's own type
     * @since 0.1
     */
    @API(status = API.Status.STABLE, since = "0.1")
    public abstract static sealed class Builder<P extends Party, B extends Builder<P, B>>
            permits Company.Builder, Person.Builder {

        private PartyId id;
        private long version;
        private PartyStatus status = PartyStatus.ACTIVE;
        private Instant createdAt = Instant.EPOCH;
        private Instant updatedAt = Instant.EPOCH;
        private UserId owner;
        private final List<OwnerAssignment> ownerHistory = new ArrayList<>();
        private final List<PartyRole> roles = new ArrayList<>();
        private final List<ContactPoint> contactPoints = new ArrayList<>();
        private final List<ImportantDate> importantDates = new ArrayList<>();
        private final Set<String> interests = new LinkedHashSet<>();
        private final Set<Tag> tags = new TreeSet<>();
        private final List<Note> notes = new ArrayList<>();
        private CustomFieldValues customFields = CustomFieldValues.empty();
        private PartyId mergedInto;

        Builder() {
        }

        Builder(Party p) {
            id = p.id;
            version = p.version;
            status = p.status;
            createdAt = p.createdAt;
            updatedAt = p.updatedAt;
            owner = p.owner.orElse(null);
            ownerHistory.addAll(p.ownerHistory);
            roles.addAll(p.roles);
            contactPoints.addAll(p.contactPoints);
            importantDates.addAll(p.importantDates);
            interests.addAll(p.interests);
            tags.addAll(p.tags);
            notes.addAll(p.notes);
            customFields = p.customFields;
            mergedInto = p.mergedInto.orElse(null);
        }

        abstract B self();

        /**
         * Builds the immutable party. Structural checks only (no nulls); the registry validates the content.
         *
         * @return the party
         */
        public abstract P build();

        /**
         * Sets the id; normally left to the registry.
         *
         * @param value the value
         * @return this builder
         */
        public B id(PartyId value) {
            this.id = Objects.requireNonNull(value, "id");
            return self();
        }

        /**
         * Sets the version; used by storage implementations to rebuild a stored party.
         *
         * @param value the value
         * @return this builder
         */
        public B version(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("version must not be negative: " + value);
            }
            this.version = value;
            return self();
        }

        /**
         * Sets the status; used by storage implementations (the registry has archive/restore).
         *
         * @param value the value
         * @return this builder
         */
        public B status(PartyStatus value) {
            this.status = Objects.requireNonNull(value, "status");
            return self();
        }

        /**
         * Sets the creation time; used by storage implementations.
         *
         * @param value the value
         * @return this builder
         */
        public B createdAt(Instant value) {
            this.createdAt = Objects.requireNonNull(value, "createdAt");
            return self();
        }

        /**
         * Sets the last-change time; used by storage implementations.
         *
         * @param value the value
         * @return this builder
         */
        public B updatedAt(Instant value) {
            this.updatedAt = Objects.requireNonNull(value, "updatedAt");
            return self();
        }

        /**
         * Sets the account owner; the registry records the change in the owner history.
         *
         * @param value the owner, or {@code null} for none
         * @return this builder
         */
        public B owner(UserId value) {
            this.owner = value;
            return self();
        }

        /**
         * Replaces the owner history; used by storage implementations.
         *
         * @param values the values
         * @return this builder
         */
        public B ownerHistory(Collection<OwnerAssignment> values) {
            replace(ownerHistory, values, "ownerHistory");
            return self();
        }

        /**
         * Adds a role.
         *
         * @param role the role
         * @return this builder
         */
        public B addRole(PartyRole role) {
            roles.add(Objects.requireNonNull(role, "role"));
            return self();
        }

        /**
         * Replaces all roles.
         *
         * @param values the values
         * @return this builder
         */
        public B roles(Collection<PartyRole> values) {
            replace(roles, values, "roles");
            return self();
        }

        /**
         * Adds a contact point.
         *
         * @param point the point
         * @return this builder
         */
        public B addContactPoint(ContactPoint point) {
            contactPoints.add(Objects.requireNonNull(point, "point"));
            return self();
        }

        /**
         * Replaces all contact points.
         *
         * @param values the values
         * @return this builder
         */
        public B contactPoints(Collection<? extends ContactPoint> values) {
            replace(contactPoints, values, "contactPoints");
            return self();
        }

        /**
         * Adds an important date.
         *
         * @param date the date
         * @return this builder
         */
        public B addImportantDate(ImportantDate date) {
            importantDates.add(Objects.requireNonNull(date, "date"));
            return self();
        }

        /**
         * Replaces all important dates.
         *
         * @param values the values
         * @return this builder
         */
        public B importantDates(Collection<ImportantDate> values) {
            replace(importantDates, values, "importantDates");
            return self();
        }

        /**
         * Adds an interest (trimmed).
         *
         * @param interest the interest
         * @return this builder
         */
        public B addInterest(String interest) {
            interests.add(Objects.requireNonNull(interest, "interest").strip());
            return self();
        }

        /**
         * Replaces all interests.
         *
         * @param values the values
         * @return this builder
         */
        public B interests(Collection<String> values) {
            Objects.requireNonNull(values, "interests");
            interests.clear();
            values.forEach(this::addInterest);
            return self();
        }

        /**
         * Adds tags, normalising their text.
         *
         * @param values the values
         * @return this builder
         */
        public B tag(String... values) {
            for (String v : values) {
                tags.add(Tag.of(v));
            }
            return self();
        }

        /**
         * Replaces all tags.
         *
         * @param values the values
         * @return this builder
         */
        public B tags(Collection<Tag> values) {
            replace(tags, values, "tags");
            return self();
        }

        /**
         * Removes a tag if present.
         *
         * @param tag the tag
         * @return this builder
         */
        public B removeTag(Tag tag) {
            tags.remove(Objects.requireNonNull(tag, "tag"));
            return self();
        }

        /**
         * Adds a note.
         *
         * @param note the note
         * @return this builder
         */
        public B addNote(Note note) {
            notes.add(Objects.requireNonNull(note, "note"));
            return self();
        }

        /**
         * Replaces all notes.
         *
         * @param values the values
         * @return this builder
         */
        public B notes(Collection<Note> values) {
            replace(notes, values, "notes");
            return self();
        }

        /**
         * Sets a custom-field value (validated against the schema when stored).
         *
         * @param key the field key
         * @param value the value, of the field type's Java type (an {@code Integer} is fine for an integer field)
         * @return this builder
         */
        public B customField(String key, Object value) {
            customFields = customFields.with(key, value);
            return self();
        }

        /**
         * Removes a custom-field value.
         *
         * @param key the field key
         * @return this builder
         */
        public B removeCustomField(String key) {
            customFields = customFields.without(key);
            return self();
        }

        /**
         * Replaces all custom-field values.
         *
         * @param values the values
         * @return this builder
         */
        public B customFields(CustomFieldValues values) {
            customFields = Objects.requireNonNull(values, "customFields");
            return self();
        }

        /**
         * Sets the survivor a merged party points to; used by the registry's merge and by storage implementations.
         *
         * @param value the survivor's id, or {@code null} for none
         * @return this builder
         * @since 0.1
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1")
        public B mergedInto(PartyId value) {
            this.mergedInto = value;
            return self();
        }

        private static <T> void replace(Collection<T> target, Collection<? extends T> values, String name) {
            Objects.requireNonNull(values, name);
            for (T v : values) {
                Objects.requireNonNull(v, name + " element");
            }
            target.clear();
            target.addAll(values);
        }
    }
}
