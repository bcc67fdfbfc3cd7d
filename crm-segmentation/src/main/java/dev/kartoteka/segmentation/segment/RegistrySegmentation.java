package dev.kartoteka.segmentation.segment;

import dev.kartoteka.core.history.History;
import dev.kartoteka.core.history.InteractionSummary;
import dev.kartoteka.core.history.PurchaseSummary;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.PartySort;
import dev.kartoteka.core.registry.SortDirection;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivityMetrics;
import dev.kartoteka.segmentation.activity.ActivitySegmentation;
import dev.kartoteka.segmentation.activity.ActivitySubject;
import dev.kartoteka.segmentation.activity.ActivityTransitions;
import dev.kartoteka.segmentation.activity.TransitionListener;
import dev.kartoteka.segmentation.activity.WindowFigures;
import dev.kartoteka.segmentation.rule.Rule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Segments a whole {@link ClientRegistry}: walks every party in party id order
 * ({@link ClientRegistry#forEachMatch}) beside the history's streamed summaries (whole history, each trailing window
 * the segmentation needs, interactions — {@link History#purchaseSummaries(Currency, LocalDate, LocalDate)},
 * {@link History#interactionSummaries(LocalDate)}), so memory holds one party at a time and a database store
 * aggregates in SQL. For each party it builds {@link ActivityMetrics} and an {@link ActivitySubject} with the party's
 * facts and consents, then assigns the activity type or evaluates a segment's rule.
 *
 * <p>From the party: {@code registeredOn} is the earliest of its creation, first purchase and first interaction (a
 * party with none of them by the day did not exist yet and is left out); {@code partner} whether it holds a PARTNER
 * role on the day; the manual VIP flag is a {@linkplain Builder#vipTag tag} (default {@code "vip"}). Archived and
 * merged parties are left out unless a query asks for archived ones. Everything is read as the registry's actor may
 * see it. Days are counted in the zone of the {@linkplain Builder#clock clock} — give it the registry's.
 *
 * <p>The summary streams are read beside the party walk; with crm-jpa each holds a connection, so a walk needs as many
 * connections as windows + 3. {@link #transitions} holds the two days' assignments (not the parties) in memory.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegistrySegmentation {

    private final ClientRegistry registry;
    private final Currency currency;
    private final ActivitySegmentation segmentation;
    private final Clock clock;
    private final ZoneId zone;
    private final Tag vipTag;

    private RegistrySegmentation(Builder b) {
        this.registry = b.registry;
        this.currency = b.currency;
        this.segmentation = b.segmentation;
        this.clock = b.clock;
        this.zone = b.zone != null ? b.zone : b.clock.getZone();
        this.vipTag = b.vipTag;
    }

    /** @return today by the injected clock (in its zone) */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Assigns every (active) party its activity type as of {@link #today()}.
     *
     * @return the assignments, in party id order
     */
    public List<ActivityAssignment> assignAll() {
        return assignAll(today());
    }

    /**
     * @param registry the registry to segment
     * @param currency the currency of the purchases counted
     * @return a builder with the default segmentation, the system zone and the VIP tag {@code "vip"}
     */
    public static Builder builder(ClientRegistry registry, Currency currency) {
        return new Builder(registry, currency);
    }

    /**
     * Hands every party's subject (metrics and facts) as of a day to {@code action}, in party id order.
     *
     * @param asOf the day
     * @param query which parties (its sort and page are replaced: id order, all of them)
     * @param action receives each subject
     */
    public void forEachSubject(LocalDate asOf, PartyQuery query, Consumer<ActivitySubject> action) {
        forEachSubject(asOf, query, List.of(), action);
    }

    /**
     * The walk: the parties in id order beside the summary streams. A party counts from the earliest of its creation,
     * first purchase and first interaction; one that did not exist on {@code asOf} is left out. When a rule asks for
     * consents, the subjects are collected and handed out after the walk — the consent ledger is a registry service,
     * which {@link ClientRegistry#forEachMatch}'s action must not call — so memory then holds the walk's subjects.
     */
    private void forEachSubject(LocalDate asOf, PartyQuery query, List<Rule> rules, Consumer<ActivitySubject> action) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(action, "action");
        History history = registry.history();
        int[] windows = segmentation.windowDays(asOf, rules.toArray(Rule[]::new));
        boolean consents = segmentation.vipRule().map(RegistrySegmentation::asksForConsent).orElse(false)
                || rules.stream().anyMatch(RegistrySegmentation::asksForConsent);
        List<ActivitySubject> later = new ArrayList<>();
        List<Stream<?>> open = new ArrayList<>();
        try {
            Cursor<PurchaseSummary> whole = new Cursor<>("purchase summaries",
                    track(open, history.purchaseSummaries(currency, asOf)).iterator(), PurchaseSummary::partyId);
            List<Cursor<PurchaseSummary>> windowCursors = new ArrayList<>();
            for (int days : windows) {
                Stream<PurchaseSummary> w = track(open, history.purchaseSummaries(currency,
                        asOf.minusDays(days - 1L), asOf));
                windowCursors.add(new Cursor<>(days + "-day purchase summaries", w.iterator(),
                        PurchaseSummary::partyId));
            }
            Cursor<InteractionSummary> interactions = new Cursor<>("interaction summaries",
                    track(open, history.interactionSummaries(asOf)).iterator(), InteractionSummary::partyId);
            PartyQuery walk = query.toBuilder().asOf(asOf).sortBy(PartySort.ID, SortDirection.ASCENDING).build();
            Instant endOfDay = asOf.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1);
            ActivitySubject.ConsentCheck consentCheck = (party, channel, purpose) -> registry.consents()
                    .mayContact(party, channel, purpose, endOfDay).allowed();
            registry.forEachMatch(walk, p -> subject(p, asOf, windows, whole, windowCursors, interactions,
                    consentCheck).ifPresent(consents ? later::add : action));
        } catch (RuntimeException | Error e) {
            closeAll(open, e);
            throw e;
        }
        closeAll(open, null);
        later.forEach(action);
    }

    /** Closes every stream (each holds a connection with crm-jpa), even when one fails to close. */
    private static void closeAll(List<Stream<?>> open, Throwable primary) {
        RuntimeException first = null;
        for (Stream<?> stream : open) {
            try {
                stream.close();
            } catch (RuntimeException e) {
                if (primary != null) {
                    primary.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private static boolean asksForConsent(Rule rule) {
        return rule.clauses().stream().anyMatch(Rule.MayContact.class::isInstance);
    }

    private Optional<ActivitySubject> subject(Party p, LocalDate asOf, int[] windows, Cursor<PurchaseSummary> whole,
                                              List<Cursor<PurchaseSummary>> windowCursors,
                                              Cursor<InteractionSummary> interactions,
                                              ActivitySubject.ConsentCheck consentCheck) {
        Optional<PurchaseSummary> summary = whole.seek(p.id());
        List<Optional<PurchaseSummary>> inWindows = new ArrayList<>(windows.length);
        for (Cursor<PurchaseSummary> c : windowCursors) {
            inWindows.add(c.seek(p.id()));
        }
        Optional<InteractionSummary> contact = interactions.seek(p.id());
        LocalDate created = LocalDate.ofInstant(p.createdAt(), zone);
        if (created.isAfter(asOf) && summary.isEmpty() && contact.isEmpty()) {
            return Optional.empty(); // not a party yet on that day
        }
        LocalDate since = created;
        ActivityMetrics.Builder b = ActivityMetrics.builder(p.id(), asOf, currency)
                .partner(p.hasRole(RoleType.PARTNER, asOf))
                .vipFlag(p.tags().contains(vipTag));
        if (summary.isPresent()) {
            b.purchases(summary.get());
            since = min(since, summary.get().firstPurchase());
        }
        for (int i = 0; i < windows.length; i++) {
            b.window(window(windows[i], inWindows.get(i), summary));
        }
        if (contact.isPresent()) {
            // the history cut the day in its clock's zone; a different zone here must not push a day past asOf
            LocalDate first = min(day(contact.get().firstInteraction()), asOf);
            LocalDate last = min(day(contact.get().lastInteraction()), asOf);
            b.interactions(first, last, contact.get().interactions());
            since = min(since, first);
        }
        b.registeredOn(since);
        return Optional.of(ActivitySubject.of(b.build(), segmentation.valueModel(), p, consentCheck));
    }

    /**
     * A window's figures, never more than the whole history's: the streams are separate queries, so an order
     * recorded between them could otherwise show in a window but not in the whole.
     */
    private static WindowFigures window(int days, Optional<PurchaseSummary> inWindow,
                                        Optional<PurchaseSummary> whole) {
        if (inWindow.isEmpty() || whole.isEmpty()) {
            return WindowFigures.empty(days);
        }
        PurchaseSummary w = inWindow.get();
        PurchaseSummary all = whole.get();
        int purchaseDays = Math.min(w.purchaseDays(), Math.min(all.purchaseDays(), days));
        long purchases = Math.max(purchaseDays, Math.min(w.purchases(), all.purchases()));
        double revenue = Math.min(w.total().doubleValue(), all.total().doubleValue());
        return new WindowFigures(days, purchases, purchaseDays, revenue);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /**
     * Assigns every (active) party its activity type as of a day, in party id order.
     *
     * @param asOf the day
     * @param action receives each assignment
     */
    public void assign(LocalDate asOf, Consumer<ActivityAssignment> action) {
        Objects.requireNonNull(action, "action");
        forEachSubject(asOf, PartyQuery.builder().build(), s -> action.accept(segmentation.assign(s)));
    }

    /**
     * Assigns every (active) party its activity type as of a day.
     *
     * @param asOf the day
     * @return the assignments, in party id order
     */
    public List<ActivityAssignment> assignAll(LocalDate asOf) {
        return assignAll(asOf, PartyQuery.builder().build());
    }

    /**
     * Assigns the parties a query selects (e.g. only those with a client role) their activity types as of a day.
     *
     * @param asOf the day
     * @param query which parties (its sort and page are ignored)
     * @return the assignments, in party id order
     */
    public List<ActivityAssignment> assignAll(LocalDate asOf, PartyQuery query) {
        Objects.requireNonNull(query, "query");
        List<ActivityAssignment> out = new ArrayList<>();
        forEachSubject(asOf, query, s -> out.add(segmentation.assign(s)));
        return out;
    }

    /**
     * Who moved where between two days (e.g. active → inactive), telling {@code listener} of each move.
     *
     * @param from the earlier day
     * @param to the later day
     * @param listener hears each move, in party id order
     * @return the moves and the counts of every pair of types
     * @throws IllegalArgumentException if {@code to} is not after {@code from}
     */
    public ActivityTransitions transitions(LocalDate from, LocalDate to, TransitionListener listener) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("to: " + to + " (expected a day after from " + from + ")");
        }
        return ActivityTransitions.compare(assignAll(from).stream(), assignAll(to).stream(), listener);
    }

    /**
     * The members of a segment on a day: the registry query made of the rule's filterable part narrows the candidates
     * (in SQL, with crm-jpa), then the whole rule is evaluated on each candidate's subject, with its activity type
     * known to rules on {@code segment}.
     *
     * @param segment the segment
     * @param asOf the day
     * @return the members and how they were found
     */
    public SegmentMembership members(Segment segment, LocalDate asOf) {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(asOf, "asOf");
        Rule rule = segment.rule().validateFor(currency);
        PartyQuery query = PushDown.query(rule, asOf, registry.schema());
        List<PartyId> members = new ArrayList<>();
        long[] candidates = {0};
        forEachSubject(asOf, query, List.of(rule), s -> {
            candidates[0]++;
            if (rule.test(s.withSegment(segmentation.assign(s).type()))) {
                members.add(s.partyId());
            }
        });
        return new SegmentMembership(segment, asOf, members, query, candidates[0]);
    }

    @Override
    public String toString() {
        return "RegistrySegmentation[" + currency + ", " + segmentation + ", zone " + zone + ", VIP tag " + vipTag
                + "]";
    }

    /** A summary stream walked beside the party walk; see the activity package's cursor for the same idea. */
    private static final class Cursor<T> {
        private final String name;
        private final java.util.Iterator<T> it;
        private final java.util.function.Function<T, PartyId> id;
        private T head;
        private PartyId last;

        Cursor(String name, java.util.Iterator<T> it, java.util.function.Function<T, PartyId> id) {
            this.name = name;
            this.it = it;
            this.id = id;
            advance();
        }

        Optional<T> seek(PartyId party) {
            while (head != null && id.apply(head).compareTo(party) < 0) {
                advance();
            }
            if (head != null && id.apply(head).equals(party)) {
                T found = head;
                advance();
                return Optional.of(found);
            }
            return Optional.empty();
        }

        private void advance() {
            head = it.hasNext() ? it.next() : null;
            if (head != null) {
                PartyId next = id.apply(head);
                if (last != null && next.compareTo(last) <= 0) {
                    throw new IllegalStateException(name + ": party " + next + " came after " + last
                            + " (a store must stream summaries in party id order, one per party)");
                }
                last = next;
            }
        }
    }

    private static <T> Stream<T> track(List<Stream<?>> open, Stream<T> stream) {
        open.add(stream);
        return stream;
    }

    /**
     * Builds a {@link RegistrySegmentation}; each setting may be set once ({@link IllegalStateException}).
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public static final class Builder {

        private final ClientRegistry registry;
        private final Currency currency;
        private ActivitySegmentation segmentation = ActivitySegmentation.builder().build();
        private Clock clock = Clock.systemDefaultZone();
        private ZoneId zone;
        private Tag vipTag = Tag.of("vip");
        private final java.util.Set<String> set = new java.util.HashSet<>();

        private Builder(ClientRegistry registry, Currency currency) {
            this.registry = Objects.requireNonNull(registry, "registry");
            this.currency = Objects.requireNonNull(currency, "currency");
        }

        /**
         * @param value the policy, VIP rule and value model
         * @return this builder
         */
        public Builder segmentation(ActivitySegmentation value) {
            once("segmentation");
            segmentation = Objects.requireNonNull(value, "segmentation");
            return this;
        }

        /**
         * @param value the clock that says what "today" is, and whose zone days are counted in — give the registry's
         *        clock (default the system's)
         * @return this builder
         */
        public Builder clock(Clock value) {
            once("clock");
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * @param value the zone days are counted in, if not the clock's: it should be the zone of the registry's
         *        clock, in which the history cuts days (a day of interactions never reaches past the evaluation day
         *        either way)
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            once("zone");
            zone = Objects.requireNonNull(value, "zone");
            return this;
        }

        /**
         * @param value the tag that flags a party VIP by hand (default {@code "vip"})
         * @return this builder
         */
        public Builder vipTag(String value) {
            once("vipTag");
            vipTag = Tag.of(Objects.requireNonNull(value, "vipTag"));
            return this;
        }

        /** @return the registry segmentation */
        public RegistrySegmentation build() {
            return new RegistrySegmentation(this);
        }

        private void once(String name) {
            if (!set.add(name)) {
                throw new IllegalStateException(name + " was already set");
            }
        }
    }
}
