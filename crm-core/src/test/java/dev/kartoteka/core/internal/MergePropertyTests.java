package dev.kartoteka.core.internal;

import static dev.kartoteka.core.identifier.Theories.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kartoteka.core.audit.AuditEntry;
import dev.kartoteka.core.audit.FieldChange;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.merge.MergePreview;
import dev.kartoteka.core.merge.MergeRequest;
import dev.kartoteka.core.merge.MergeResult;
import dev.kartoteka.core.merge.Survivorship;
import dev.kartoteka.core.party.ContactPurpose;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Note;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyRole;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.UserId;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * "merge(a, b) loses no value": for random pairs of persons and random rules, every value either party held (as the
 * audit trail writes values) is held by the survivor or is an old value in the audit trail of the party that held
 * it — and the result's {@code notSurviving} names exactly the values the survivor does not hold.
 */
class MergePropertyTests {

    private static final String[] GIVEN = {"Anna", "Anna Maria", "Ewa"};
    private static final String[] FAMILY = {"Kowalska", "Kowalska-Nowak", "Nowak"};
    private static final String[] EMAILS = {"anna@example.pl", "ANNA@example.pl", "ak@firma.pl", "ewa@example.pl"};
    private static final String[] PHONES = {"601234567", "+48 601 234 567", "221234567"};
    private static final String[] WORDS = {"vip", "golf", "hurt", "raty", "żagle"};

    @Test
    void mergeLosesNoValue() {
        qt().withExamples(150).forAll(longs().all(), integers().between(0, 3)).checkAssert((seed, ruleKind) -> {
            Random random = new Random(seed);
            MutableClock clock = new MutableClock();
            ClientRegistry registry = ClientRegistry.builder().clock(clock).build();
            Person a = registry.create(randomPerson(random, clock));
            clock.advance(Duration.ofMinutes(1 + random.nextInt(5)));
            Person b = registry.create(randomPerson(random, clock));
            if (random.nextBoolean()) {
                clock.advance(Duration.ofMinutes(1));
                a = registry.update(a.toBuilder().addInterest(WORDS[random.nextInt(WORDS.length)]).build());
            }
            Person before0 = a;
            Person before1 = b;
            MergeRequest.Builder request = MergeRequest.builder().party(a.id(), a.version()).party(b.id(), b.version());
            switch (ruleKind) {
                case 1 -> request.defaultRule(Survivorship.mostComplete()).chooseSurvivor(Survivorship.mostComplete());
                case 2 -> request.defaultRule(Survivorship.prefer(b.id())).chooseSurvivor(Survivorship.prefer(a.id()))
                        .rule(MergeRequest.CONTACT_POINTS, Survivorship.mostRecent());
                case 3 -> request.rule("familyName", Survivorship.manual("Ręczna"));
                default -> { }
            }

            MergeResult result = registry.merge(request.build());

            Party survivor = registry.get(result.survivor().id());
            Set<String> kept = new HashSet<>(AuditRecorder.flatten(survivor).values());
            Set<MergePreview.NotSurviving> lost = new HashSet<>();
            for (Party p : List.of(before0, before1)) {
                Set<String> remembered = new HashSet<>();
                for (AuditEntry e : registry.audit().ofParty(p.id())) {
                    if (e.action().endsWith("merged")) {
                        e.changes().stream().map(FieldChange::oldValue).flatMap(java.util.Optional::stream)
                                .forEach(remembered::add);
                    }
                }
                for (Map.Entry<String, String> value : AuditRecorder.flatten(p).entrySet()) {
                    assertThat(kept.contains(value.getValue()) || remembered.contains(value.getValue()))
                            .as("%s of %s: kept or in the audit trail (seed %s)", value.getKey(), p.id(), seed)
                            .isTrue();
                    if (!kept.contains(value.getValue())) {
                        lost.add(new MergePreview.NotSurviving(p.id(), value.getKey(), value.getValue()));
                    }
                }
            }
            assertThat(new HashSet<>(result.notSurviving())).as("notSurviving is honest (seed %s)", seed)
                    .isEqualTo(lost);
        });
    }

    private static Person randomPerson(Random random, MutableClock clock) {
        Person.Builder b = Person.builder().id(PartyId.random()).givenNames(pick(random, GIVEN))
                .familyName(pick(random, FAMILY));
        if (random.nextBoolean()) {
            b.profession(random.nextBoolean() ? "lekarz" : "lekarz weterynarii");
        }
        if (random.nextBoolean()) {
            b.birthDate(LocalDate.of(1980 + random.nextInt(3), 1 + random.nextInt(2), 10));
        }
        if (random.nextBoolean()) {
            b.sex(random.nextBoolean() ? Sex.FEMALE : Sex.MALE);
        }
        Set<String> emails = new HashSet<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String email = pick(random, EMAILS);
            if (emails.add(email.toLowerCase(java.util.Locale.ROOT))) {
                ContactUsage usage = ContactUsage.of(random.nextBoolean() ? ContactPurpose.MAIN : ContactPurpose.BILLING);
                if (random.nextBoolean()) {
                    usage = usage.withVerifiedAt(clock.instant().minus(Duration.ofDays(random.nextInt(30))));
                }
                b.addContactPoint(EmailContact.of(email).withUsage(usage));
            }
        }
        Set<String> phones = new HashSet<>();
        for (int i = random.nextInt(2); i > 0; i--) {
            String phone = pick(random, PHONES);
            if (phones.add(phone.replaceAll("\\D", "").replaceFirst("^48", ""))) {
                PhoneContact point = PhoneContact.of(phone);
                b.addContactPoint(random.nextBoolean() ? point.asPreferred() : point);
            }
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            b.tag(pick(random, WORDS));
            b.addInterest(pick(random, WORDS));
        }
        if (random.nextBoolean()) {
            b.addNote(Note.of("Notatka " + pick(random, WORDS), clock.instant(), UserId.of("alice")));
        }
        if (random.nextBoolean()) {
            LocalDate since = LocalDate.of(2020 + random.nextInt(4), 1, 1);
            PartyRole role = PartyRole.of(random.nextBoolean() ? RoleType.CLIENT : RoleType.PARTNER, since);
            b.addRole(random.nextBoolean() ? role : role.endedOn(since.plusYears(1)));
        }
        if (random.nextBoolean()) {
            b.owner(UserId.of(random.nextBoolean() ? "sam" : "ola"));
        }
        return b.build();
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
