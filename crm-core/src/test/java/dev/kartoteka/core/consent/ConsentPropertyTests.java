package dev.kartoteka.core.consent;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kartoteka.core.StateConflictException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.internal.DefaultConsents;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.registry.ExampleParties;
import dev.kartoteka.core.registry.MutableClock;
import dev.kartoteka.core.spi.ConsentStore;
import dev.kartoteka.core.spi.PartyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Consents#mayContact} agrees with a reference computed here from the full event list, for random ledgers of a
 * party with a few e-mail addresses and phones (some marked do not contact, some not the party's at all) and random
 * query times.
 *
 * <p>The reference reads the rules on {@link Consents} differently from the service: instead of walking the events
 * from the latest, it takes the latest withdrawal and the latest counting grant and compares their times; it matches
 * contact points by plain equality of the (lower-case, extension-free) identifiers used here, and works from the spec
 * of the party, not from the stored party.
 */
class ConsentPropertyTests {

    /** Every event happens within an hour after this; the clock stands well after it. */
    private static final Instant BASE = MutableClock.START.minus(Duration.ofDays(10));

    /** The pool of contact points: two e-mails, two mobiles and a landline. */
    private static final List<Identifier> POOL = List.of(Email.of("anna@example.pl"), Email.of("anna.nowak@firma.pl"),
            PhoneNumber.parse("601 234 567"), PhoneNumber.parse("+48 511 222 333"),
            PhoneNumber.parse("+48 22 123 45 67"));
    private static final List<ConsentChannel> CHANNELS = List.of(ConsentChannel.EMAIL, ConsentChannel.SMS,
            ConsentChannel.PHONE);
    private static final List<ConsentPurpose> PURPOSES = List.of(ConsentPurpose.MARKETING, ConsentPurpose.NEWSLETTER);

    /** Recency among events of one kind: later {@code at}, then later {@code recordedAt}, then greater id. */
    private static final Comparator<ConsentEvent> RECENCY = Comparator.comparing(ConsentEvent::at)
            .thenComparing(ConsentEvent::recordedAt).thenComparing(ConsentEvent::id);

    private final AtomicInteger decisions = new AtomicInteger();
    private final AtomicInteger allowed = new AtomicInteger();
    private final AtomicInteger byWithdrawal = new AtomicInteger();
    private final AtomicInteger byExpiry = new AtomicInteger();
    private final AtomicInteger byPending = new AtomicInteger();
    private final AtomicInteger byConfirmedGrant = new AtomicInteger();
    private final AtomicInteger byPointEvent = new AtomicInteger();
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    // ---------------------------------------------------------------------------------------------------------------
    // the property

    @Test
    void mayContactAgreesWithAReferenceComputedFromTheWholeLedger() {
        qt().withExamples(300).withShrinkCycles(100)
                .forAll(lists().of(points()).ofSize(POOL.size()), lists().of(operations()).ofSizeBetween(0, 30),
                        lists().of(Generate.range(-2, 65)).ofSizeBetween(3, 8))
                .checkAssert(this::serviceAgreesWithReference);
        System.out.printf("consent property: %d events recorded, %d refused; %d decisions, %d allowed, %d by a"
                        + " withdrawal, %d by an expired grant, %d by a pending grant, %d by a confirmed grant, %d by a"
                        + " contact-point event%n", recorded.get(), refused.get(), decisions.get(), allowed.get(),
                byWithdrawal.get(), byExpiry.get(), byPending.get(), byConfirmedGrant.get(), byPointEvent.get());

        // the generators must make every rule bite
        assertThat(allowed.get()).as("allowed").isGreaterThan(decisions.get() / 20);
        assertThat(decisions.get() - allowed.get()).as("refused").isGreaterThan(decisions.get() / 10);
        assertThat(byWithdrawal.get()).as("decided by a withdrawal").isGreaterThan(decisions.get() / 20);
        assertThat(byExpiry.get()).as("decided by an expired grant").isGreaterThan(decisions.get() / 100);
        assertThat(byPending.get()).as("decided by a pending grant").isGreaterThan(decisions.get() / 100);
        assertThat(byConfirmedGrant.get()).as("decided by a confirmed grant").isGreaterThan(decisions.get() / 100);
        assertThat(byPointEvent.get()).as("decided by a contact-point event").isGreaterThan(decisions.get() / 20);
        assertThat(refused.get()).as("operations the service refused").isGreaterThan(recorded.get() / 50);
    }

    private void serviceAgreesWithReference(List<PointSpec> points, List<Operation> operations, List<Integer> times) {
        MutableClock clock = new MutableClock();
        PartyStore parties = PartyStore.inMemory();
        ConsentStore store = ConsentStore.inMemory();
        List<ConsentEvent> notified = new ArrayList<>();
        Consents consents = new DefaultConsents(parties, store, clock, notified::add);
        Person.Builder builder = ExampleParties.person("Anna", "Nowak");
        for (int i = 0; i < POOL.size(); i++) {
            if (points.get(i).present()) {
                builder.addContactPoint(contactPoint(i, points.get(i).doNotContact()));
            }
        }
        Person anna = builder.build();
        parties.insert(anna);
        PartyId party = anna.id();

        List<ConsentEvent> ledger = new ArrayList<>();
        for (Operation op : operations) {
            clock.advance(Duration.ofSeconds(op.secondsLater()));
            Optional<Identifier> point = op.point(op.channel());
            Instant at = BASE.plus(Duration.ofMinutes(op.minute()));
            switch (op.kind()) {
                case GRANT, PENDING_GRANT -> {
                    boolean valid = point.isEmpty() || canGrantFor(points, point.get(), op.channel());
                    Optional<Instant> until = op.validFor().map(m -> at.plus(Duration.ofMinutes(m)));
                    boolean doubleOptIn = op.kind() == Kind.PENDING_GRANT;
                    Throwable thrown = catchThrowable(() -> ledger.add(point.isPresent()
                            ? consents.grant(party, point.get(), op.channel(), op.purpose(), ConsentSource.WEB_FORM,
                            at, Optional.empty(), until, doubleOptIn)
                            : consents.grant(party, op.channel(), op.purpose(), ConsentSource.WEB_FORM, at,
                            Optional.empty(), until, doubleOptIn)));
                    checkOutcome(op, valid, thrown, ValidationException.class);
                }
                case WITHDRAWAL -> {
                    Throwable thrown = catchThrowable(() -> ledger.add(point.isPresent()
                            ? consents.withdraw(party, point.get(), op.channel(), op.purpose(), ConsentSource.CALL,
                            at, Optional.empty())
                            : consents.withdraw(party, op.channel(), op.purpose(), ConsentSource.CALL, at,
                            Optional.empty())));
                    checkOutcome(op, true, thrown, ValidationException.class);
                }
                case CONFIRMATION -> {
                    if (ledger.isEmpty()) {
                        continue;
                    }
                    // mostly a pending grant, a short while after it; sometimes any event at any time
                    List<ConsentEvent> pendingGrants = ledger.stream()
                            .filter(e -> e.optIn() == OptInState.PENDING).toList();
                    boolean aimed = op.target() % 4 != 0 && !pendingGrants.isEmpty();
                    ConsentEvent target = aimed ? pendingGrants.get(op.target() % pendingGrants.size())
                            : ledger.get(op.target() % ledger.size());
                    Instant confirmedAt = aimed ? target.at().plus(Duration.ofMinutes(op.minute() % 15)) : at;
                    boolean valid = target.isGrant() && target.optIn() == OptInState.PENDING
                            && ledger.stream().noneMatch(e -> e.confirms().equals(Optional.of(target.id())))
                            && !confirmedAt.isBefore(target.at())
                            && target.validUntil().map(v -> !v.isBefore(confirmedAt)).orElse(true);
                    Throwable thrown = catchThrowable(() -> ledger.add(
                            consents.confirm(target.id(), confirmedAt, ConsentSource.EMAIL, Optional.empty())));
                    checkOutcome(op, valid, thrown, RuntimeException.class);
                    if (thrown != null) {
                        assertThat(thrown).isInstanceOfAny(ValidationException.class, StateConflictException.class);
                    }
                }
                default -> throw new AssertionError(op.kind());
            }
        }
        assertThat(notified).as("every recorded event notified once, in order").containsExactlyElementsOf(ledger);
        assertThat(consents.history(party)).as("history")
                .containsExactlyElementsOf(ledger.stream().sorted(RECENCY).toList());

        for (int minute : times) {
            Instant t = BASE.plus(Duration.ofMinutes(minute)).plusSeconds(minute % 3 == 0 ? 0 : 30);
            for (ConsentChannel channel : CHANNELS) {
                for (ConsentPurpose purpose : PURPOSES) {
                    String what = channel + "/" + purpose + " at " + t;
                    Reference expected = referenceForParty(points, ledger, channel, purpose, t);
                    check(consents.mayContact(party, channel, purpose, t), expected, what);
                    for (int i = 0; i < POOL.size(); i++) {
                        if (channel.accepts(POOL.get(i))) {
                            check(consents.mayContact(party, POOL.get(i), channel, purpose, t),
                                    referenceForPoint(points, ledger, i, channel, purpose, t), what + " point " + i);
                        }
                    }
                }
            }
        }
    }

    private void checkOutcome(Operation op, boolean valid, Throwable thrown, Class<? extends Throwable> refusal) {
        if (valid) {
            assertThatCode(() -> {
                if (thrown != null) {
                    throw thrown;
                }
            }).as("%s should be recorded", op).doesNotThrowAnyException();
            recorded.incrementAndGet();
        } else {
            assertThat(thrown).as("%s should be refused", op).isInstanceOf(refusal);
            refused.incrementAndGet();
        }
    }

    private void check(ConsentDecision actual, Reference expected, String what) {
        decisions.incrementAndGet();
        assertThat(actual.allowed()).as("allowed, %s: %s", what, actual.reason()).isEqualTo(expected.allowed());
        assertThat(actual.decidedBy().map(ConsentEvent::id)).as("deciding event, %s: %s", what, actual.reason())
                .isEqualTo(expected.decidedBy().map(ConsentEvent::id));
        if (actual.allowed()) {
            allowed.incrementAndGet();
        }
        actual.decidedBy().ifPresent(e -> {
            if (e.isWithdrawal()) {
                byWithdrawal.incrementAndGet();
            } else if (!actual.allowed() && e.optIn() == OptInState.PENDING) {
                byPending.incrementAndGet();
            } else if (!actual.allowed()) {
                byExpiry.incrementAndGet();
            } else if (e.optIn() == OptInState.PENDING) {
                byConfirmedGrant.incrementAndGet();
            }
            if (e.contactPoint().isPresent()) {
                byPointEvent.incrementAndGet();
            }
        });
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the reference

    private record Reference(boolean allowed, Optional<ConsentEvent> decidedBy) {
        static Reference no() {
            return new Reference(false, Optional.empty());
        }
    }

    private static boolean isMobile(int poolIndex) {
        return POOL.get(poolIndex) instanceof PhoneNumber p && p.lineType() == PhoneNumber.LineType.MOBILE;
    }

    /** Whether pool point {@code i} is the party's and serves the channel (the SMS check: mobiles only here). */
    private static boolean serving(List<PointSpec> points, int i, ConsentChannel channel) {
        return points.get(i).present() && channel.accepts(POOL.get(i)) && (channel != ConsentChannel.SMS || isMobile(i));
    }

    private static boolean canGrantFor(List<PointSpec> points, Identifier point, ConsentChannel channel) {
        return serving(points, POOL.indexOf(point), channel);
    }

    private static Reference referenceForParty(List<PointSpec> points, List<ConsentEvent> ledger,
                                               ConsentChannel channel, ConsentPurpose purpose, Instant t) {
        List<Integer> usable = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < POOL.size(); i++) {
            if (serving(points, i, channel)) {
                any = true;
                if (!points.get(i).doNotContact()) {
                    usable.add(i);
                }
            }
        }
        if (!any || usable.isEmpty()) {
            return Reference.no();
        }
        List<Reference> each = usable.stream()
                .map(i -> ledgerDecision(ledger, Optional.of(POOL.get(i)), channel, purpose, t)).toList();
        return each.stream().filter(Reference::allowed).findFirst().orElse(each.get(0));
    }

    private static Reference referenceForPoint(List<PointSpec> points, List<ConsentEvent> ledger, int i,
                                               ConsentChannel channel, ConsentPurpose purpose, Instant t) {
        if (!points.get(i).present() || points.get(i).doNotContact() || !serving(points, i, channel)) {
            return Reference.no();
        }
        return ledgerDecision(ledger, Optional.of(POOL.get(i)), channel, purpose, t);
    }

    private static Reference ledgerDecision(List<ConsentEvent> ledger, Optional<Identifier> point,
                                            ConsentChannel channel, ConsentPurpose purpose, Instant t) {
        List<ConsentEvent> visible = ledger.stream().filter(e -> !e.at().isAfter(t)).toList();
        Set<UUID> confirmed = visible.stream().filter(ConsentEvent::isConfirmation).map(e -> e.confirms().get())
                .collect(Collectors.toCollection(HashSet::new));
        List<ConsentEvent> relevant = visible.stream()
                .filter(e -> !e.isConfirmation() && e.channel() == channel && e.purpose().equals(purpose))
                .filter(e -> e.contactPoint().isEmpty() || e.contactPoint().equals(point)).toList();
        Optional<ConsentEvent> lastWithdrawal = relevant.stream().filter(ConsentEvent::isWithdrawal).max(RECENCY);
        Optional<ConsentEvent> lastCountingGrant = relevant.stream().filter(ConsentEvent::isGrant)
                .filter(g -> g.optIn() == OptInState.NOT_REQUIRED || confirmed.contains(g.id())).max(RECENCY);
        if (lastCountingGrant.isPresent()
                && (lastWithdrawal.isEmpty() || lastCountingGrant.get().at().isAfter(lastWithdrawal.get().at()))) {
            ConsentEvent g = lastCountingGrant.get();
            boolean expired = g.validUntil().isPresent() && g.validUntil().get().isBefore(t);
            return new Reference(!expired, Optional.of(g));
        }
        if (lastWithdrawal.isPresent()) {
            return new Reference(false, lastWithdrawal);
        }
        return new Reference(false, relevant.stream()
                .filter(g -> g.isGrant() && g.optIn() == OptInState.PENDING && !confirmed.contains(g.id()))
                .max(RECENCY));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // the generators

    private static ContactPoint contactPoint(int poolIndex, boolean doNotContact) {
        ContactUsage usage = ContactUsage.main().withDoNotContact(doNotContact);
        return POOL.get(poolIndex) instanceof Email e ? new EmailContact(e, usage)
                : new PhoneContact((PhoneNumber) POOL.get(poolIndex), usage);
    }

    /** Whether a pool point is among the party's contact points, and if so whether it is marked do not contact. */
    private record PointSpec(boolean present, boolean doNotContact) {
    }

    private enum Kind { GRANT, PENDING_GRANT, WITHDRAWAL, CONFIRMATION }

    /**
     * One call of the service. {@code pointChoice} picks a pool point of the channel's kind, or none (channel-wide)
     * when it is past them; {@code target} picks the event a confirmation confirms.
     */
    private record Operation(Kind kind, ConsentChannel channel, ConsentPurpose purpose, int pointChoice, int minute,
                             Optional<Integer> validFor, int target, int secondsLater) {

        Optional<Identifier> point(ConsentChannel onChannel) {
            List<Identifier> candidates = POOL.stream().filter(onChannel::accepts).toList();
            return pointChoice < candidates.size() ? Optional.of(candidates.get(pointChoice)) : Optional.empty();
        }

        @Override
        public String toString() {
            return kind + " " + channel + "/" + purpose + " point " + point(channel).map(POOL::indexOf).orElse(-1)
                    + " at +" + minute + "min" + validFor.map(v -> " valid " + v + "min").orElse("")
                    + (kind == Kind.CONFIRMATION ? " of #" + target : "");
        }
    }

    private record Head(Kind kind, ConsentChannel channel, ConsentPurpose purpose, int pointChoice) {
    }

    private static Gen<PointSpec> points() {
        return Generate.range(0, 99).zip(Generate.range(0, 99), (p, d) -> new PointSpec(p < 85, d < 25));
    }

    private static Gen<Operation> operations() {
        Gen<Kind> kind = Generate.pick(List.of(Kind.GRANT, Kind.GRANT, Kind.GRANT, Kind.PENDING_GRANT,
                Kind.PENDING_GRANT, Kind.WITHDRAWAL, Kind.WITHDRAWAL, Kind.CONFIRMATION, Kind.CONFIRMATION));
        Gen<Head> head = kind.zip(Generate.pick(CHANNELS), Generate.pick(PURPOSES), Generate.range(0, 4), Head::new);
        return head.zip(Generate.range(0, 60), Generate.range(1, 30).toOptionals(30), Generate.range(0, 1000),
                Generate.pick(List.of(0, 0, 1, 5)),
                (h, minute, validFor, target, seconds) -> new Operation(h.kind(), h.channel(), h.purpose(),
                        h.pointChoice(), minute, validFor, target, seconds));
    }
}
