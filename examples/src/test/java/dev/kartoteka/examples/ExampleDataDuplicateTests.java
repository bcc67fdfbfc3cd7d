package dev.kartoteka.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.MatchResult;
import dev.kartoteka.core.duplicate.ScanResult;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.IdentifierType;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.standardization.Standardizer;
import dev.kartoteka.examples.DuplicatePair.Variation;
import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Re-entries on demand, with the truth about them, and variations that really show. */
class ExampleDataDuplicateTests {

    private static final ExampleData DATA = ExampleData.builder().seed(19).persons(1_600).companies(400)
            .duplicateShare(0.15).build();
    private static final List<ExampleParty> ENTRIES = DATA.entries().toList();
    private static final Map<PartyId, Party> BY_ID = ENTRIES.stream().map(ExampleParty::party)
            .collect(Collectors.toMap(Party::id, Function.identity()));
    private static final List<DuplicatePair> PAIRS = DATA.duplicates();

    @Test
    void theTruthListsEveryReentryRightAfterItsOriginal() {
        assertThat((double) PAIRS.size() / DATA.clients()).isCloseTo(0.15, within(0.02));
        assertThat(PAIRS).extracting(DuplicatePair::duplicate).doesNotHaveDuplicates();
        for (int i = 0; i < ENTRIES.size(); i++) {
            Optional<DuplicatePair> pair = ENTRIES.get(i).duplicateOf();
            if (pair.isPresent()) {
                assertThat(ENTRIES.get(i - 1).party().id()).isEqualTo(pair.get().original());
                assertThat(ENTRIES.get(i - 1).isClient()).isTrue();
                assertThat(DATA.entry(pair.get().duplicate()).orElseThrow().duplicateOf()).isEqualTo(pair);
            }
        }
        assertThat(ExampleData.builder().persons(100).build().entries().filter(e -> e.duplicateOf().isPresent()))
                .isEmpty();
    }

    @Test
    void everyKindOfVariationOccurs() {
        Set<Variation> seen = EnumSet.noneOf(Variation.class);
        PAIRS.forEach(p -> seen.addAll(p.variations()));

        assertThat(seen).containsExactlyInAnyOrder(Variation.values());
    }

    @Test
    void aReentryDiffersFromItsOriginalInWhatWasTyped() {
        assertThat(PAIRS).allSatisfy(p -> assertThat(typed(BY_ID.get(p.duplicate())))
                .isNotEqualTo(typed(BY_ID.get(p.original()))));
    }

    @Test
    void theVariationsSayHowTheReentryDiffers() {
        assertThat(PAIRS).allSatisfy(pair -> {
            Party original = BY_ID.get(pair.original());
            Party copy = BY_ID.get(pair.duplicate());
            Set<Variation> v = pair.variations();
            assertThat(copy.kind()).isEqualTo(original.kind());
            assertThat(unique(copy).isEmpty()).isEqualTo(v.contains(Variation.IDENTIFIERS_MISSING)
                    || unique(original).isEmpty());
            assertThat(unique(original)).containsAll(unique(copy));
            assertThat(first(copy, EmailContact.class).isEmpty()).isEqualTo(v.contains(Variation.EMAIL_MISSING)
                    || first(original, EmailContact.class).isEmpty());
            first(copy, EmailContact.class).ifPresent(e -> {
                String was = first(original, EmailContact.class).orElseThrow().email().value();
                assertThat(e.email().value()).isEqualToIgnoringCase(was);
                assertThat(e.email().value().equals(was)).isNotEqualTo(v.contains(Variation.EMAIL_CASE));
            });
            assertThat(first(copy, PhoneContact.class).isEmpty()).isEqualTo(v.contains(Variation.PHONE_MISSING)
                    || first(original, PhoneContact.class).isEmpty());
            first(copy, PhoneContact.class).ifPresent(ph -> assertThat(ph.phone())
                    .isEqualTo(first(original, PhoneContact.class).orElseThrow().phone()));
            assertThat(first(copy, PostalAddress.class).isEmpty()).isEqualTo(v.contains(Variation.ADDRESS_MISSING)
                    || first(original, PostalAddress.class).isEmpty());
            first(copy, PostalAddress.class).ifPresent(a -> {
                PostalAddress was = first(original, PostalAddress.class).orElseThrow();
                assertThat(a.postalCode()).isEqualTo(was.postalCode());
                assertThat(a.building()).isEqualTo(was.building());
                assertThat(a.district().isEmpty()).isEqualTo(was.district().isEmpty()
                        || v.contains(Variation.DISTRICT_MISSING));
            });
            if (v.contains(Variation.DIACRITICS_DROPPED)) {
                assertThat(names(copy)).doesNotContainPattern("[ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüß]");
            }
            if (v.contains(Variation.NAMES_SWAPPED)) {
                Person p = (Person) copy;
                assertThat(Texts.withoutDiacritics(p.givenNames()).toLowerCase(Locale.ROOT).charAt(0))
                        .isEqualTo(Texts.withoutDiacritics(((Person) original).familyName()).toLowerCase(Locale.ROOT)
                                .charAt(0));
            }
            if (v.contains(Variation.LEGAL_FORM_IN_NAME)) {
                assertThat(((Company) copy).legalForm()).isEmpty();
                assertThat(Standardizer.defaults().companyName(((Company) copy).legalName()).get().legalForm())
                        .isEqualTo(((Company) original).legalForm());
            }
            assertThat(copy.roles()).isEmpty();
            assertThat(copy.tags()).isEmpty();
        });
    }

    @Test
    void aReentryKeepsSomethingInCommonWithItsOriginal() {
        assertThat(PAIRS).allSatisfy(pair -> {
            Party original = BY_ID.get(pair.original());
            Party copy = BY_ID.get(pair.duplicate());
            boolean birth = copy instanceof Person p && p.birthDate().isPresent();
            boolean shared = !unique(copy).isEmpty() || birth || first(copy, EmailContact.class).isPresent()
                    || first(copy, PhoneContact.class).isPresent() || first(copy, PostalAddress.class).isPresent();
            assertThat(shared).as(Render.party(original) + "\n" + Render.party(copy)).isTrue();
        });
    }

    @Test
    void theCsvHoldsTheFormatVariationsOfReentries() throws IOException {
        StringBuilder csv = new StringBuilder();
        long rows = DATA.writeCsv(csv);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .build().parse(new StringReader(csv.toString())).getRecords();
        Map<PartyId, CSVRecord> byId = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byId.put(ENTRIES.get(i).party().id(), records.get(i));
        }

        assertThat(rows).isEqualTo(ENTRIES.size());
        assertThat(records).hasSize(ENTRIES.size());
        assertThat(csv.toString()).startsWith("rodzaj;nazwa firmy;");
        for (DuplicatePair pair : PAIRS) {
            Party copy = BY_ID.get(pair.duplicate());
            CSVRecord row = byId.get(pair.duplicate());
            if (pair.variations().contains(Variation.PHONE_FORMAT)) {
                String typed = row.get("telefon");
                String canonical = first(copy, PhoneContact.class).orElseThrow().phone().value();
                assertThat(typed).isNotEqualTo(canonical);
                assertThat(Standardizer.defaults().phone(typed).get().value()).isEqualTo(canonical);
            }
            if (pair.variations().contains(Variation.POSTAL_CODE_FORMAT)) {
                assertThat(row.get("kod pocztowy")).matches("\\d{5}");
            }
            if (pair.variations().contains(Variation.NIP_FORMAT)) {
                String typed = row.get("nip");
                assertThat(typed).doesNotMatch("\\d{10}");
                assertThat(Nip.parse(typed)).isEqualTo(((Company) copy).nip().orElseThrow());
            }
        }
        ExampleParty original = ENTRIES.stream().filter(ExampleParty::isClient).findFirst().orElseThrow();
        assertThat(byId.get(original.party().id()).get("telefon"))
                .isIn("", first(original.party(), PhoneContact.class).map(p -> p.phone().value()).orElse(""));
    }

    @Test
    void crmCoresDuplicateDetectionFindsMostReentries() {
        ScanResult scan = DuplicateDetector.defaults().scan(ENTRIES.stream().map(ExampleParty::party), Progress.NONE);
        Set<Set<PartyId>> found = new HashSet<>();
        for (List<PartyId> cluster : scan.clusters()) {
            for (PartyId a : cluster) {
                for (PartyId b : cluster) {
                    if (!a.equals(b)) {
                        found.add(Set.of(a, b));
                    }
                }
            }
        }
        for (MatchResult m : scan.possibleMatches()) {
            found.add(Set.of(m.left(), m.right()));
        }

        Set<Set<PartyId>> truth = PAIRS.stream().map(p -> Set.of(p.original(), p.duplicate()))
                .collect(Collectors.toSet());
        long recalled = truth.stream().filter(found::contains).count();
        long matched = scan.matches().size();
        long falseMatches = scan.matches().stream().filter(m -> !truth.contains(Set.of(m.left(), m.right()))).count();
        assertThat((double) recalled / truth.size()).as(recalled + " of " + truth.size()).isGreaterThan(0.9);
        // the originals are distinct people and companies: hardly any of them should be matched to each other
        assertThat(falseMatches).as(falseMatches + " of " + matched).isLessThanOrEqualTo(matched / 100);
    }

    private static Set<String> unique(Party p) {
        return p.identifiers().stream().filter(id -> id.type().unique() || id.type() == IdentifierType.EU_VAT)
                .map(Identifier::value).collect(Collectors.toSet());
    }

    private static <C> Optional<C> first(Party p, Class<C> type) {
        return p.contactPoints().stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private static String names(Party p) {
        return p instanceof Person x ? x.givenNames() + " " + x.familyName() : ((Company) p).legalName();
    }

    /** What somebody types for a client: names, identifiers, e-mail, phone, address. */
    private static String typed(Party p) {
        String out = names(p) + "|" + (p instanceof Person x ? x.birthDate() + "|" : "") + unique(p)
                + first(p, EmailContact.class).map(e -> e.email().value()).orElse("-")
                + first(p, PhoneContact.class).map(e -> e.phone().value()).orElse("-");
        PostalAddress a = first(p, PostalAddress.class).orElse(null);
        return a == null ? out : out + a.street() + a.building() + a.postalCode() + a.city() + a.district();
    }
}
