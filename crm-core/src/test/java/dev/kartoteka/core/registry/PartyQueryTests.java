package dev.kartoteka.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kartoteka.core.party.LeadWarmth;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.RoleType;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.party.UserId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartyQueryTests {

    @Test
    void anEmptyQueryAsksForTheFirstFiftyActivePartiesByName() {
        PartyQuery query = PartyQuery.builder().build();

        assertThat(query.name()).isEmpty();
        assertThat(query.city()).isEmpty();
        assertThat(query.district()).isEmpty();
        assertThat(query.postalCodePrefix()).isEmpty();
        assertThat(query.role()).isEmpty();
        assertThat(query.tags()).isEmpty();
        assertThat(query.owner()).isEmpty();
        assertThat(query.leadWarmth()).isEmpty();
        assertThat(query.kind()).isEmpty();
        assertThat(query.asOf()).isEmpty();
        assertThat(query.includeArchived()).isFalse();
        assertThat(query.sort()).isEqualTo(PartySort.NAME);
        assertThat(query.direction()).isEqualTo(SortDirection.ASCENDING);
        assertThat(query.pageNumber()).isZero();
        assertThat(query.pageSize()).isEqualTo(50);
    }

    @Test
    void textCriteriaAreKeptFolded() {
        PartyQuery query = PartyQuery.builder().name("  ŁÓDŹ   Trans ").city("Kraków").district("ŻOLIBORZ")
                .postalCodePrefix("90-").build();

        assertThat(query.name()).contains("lodz trans");
        assertThat(query.city()).contains("krakow");
        assertThat(query.district()).contains("zoliborz");
        assertThat(query.postalCodePrefix()).contains("90");
    }

    @Test
    void tagsAreNormalisedAndAccumulate() {
        PartyQuery query = PartyQuery.builder().tag("VIP").tag("  Targi  2026", "vip").build();

        assertThat(query.tags()).containsExactlyInAnyOrder(Tag.of("vip"), Tag.of("targi 2026"));
    }

    @Test
    void keepsEveryOtherCriterion() {
        LocalDate day = LocalDate.of(2026, 1, 31);
        PartyQuery query = PartyQuery.builder().role(RoleType.CLIENT).owner(UserId.of("alice"))
                .leadWarmth(LeadWarmth.HOT).kind(PartyKind.PERSON).includeArchived(true).asOf(day)
                .sortBy(PartySort.UPDATED_AT, SortDirection.DESCENDING).page(3, 20).build();

        assertThat(query.role()).contains(RoleType.CLIENT);
        assertThat(query.owner()).contains(UserId.of("alice"));
        assertThat(query.leadWarmth()).contains(LeadWarmth.HOT);
        assertThat(query.kind()).contains(PartyKind.PERSON);
        assertThat(query.includeArchived()).isTrue();
        assertThat(query.asOf()).contains(day);
        assertThat(query.sort()).isEqualTo(PartySort.UPDATED_AT);
        assertThat(query.direction()).isEqualTo(SortDirection.DESCENDING);
        assertThat(query.pageNumber()).isEqualTo(3);
        assertThat(query.pageSize()).isEqualTo(20);
    }

    @Test
    void pageSizeIsOneToOneThousand() {
        assertThat(PartyQuery.builder().page(0, 1).build().pageSize()).isEqualTo(1);
        assertThat(PartyQuery.builder().page(0, PartyQuery.MAX_PAGE_SIZE).build().pageSize()).isEqualTo(1000);
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().page(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().page(0, 1001));
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().page(0, -5));
    }

    @Test
    void pageNumberIsZeroOrMore() {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().page(-1, 10));
        assertThat(PartyQuery.builder().page(Integer.MAX_VALUE, 10).build().pageNumber()).isEqualTo(Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n", "\u0301", " \u0301\u0328 "})
    void rejectsTextThatFoldsToNothing(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().name(text))
                .withMessageContaining("name");
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().city(text))
                .withMessageContaining("city");
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().district(text))
                .withMessageContaining("district");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", " - ", "--"})
    void rejectsAPostalCodePrefixWithoutLettersOrDigits(String prefix) {
        assertThatIllegalArgumentException().isThrownBy(() -> PartyQuery.builder().postalCodePrefix(prefix));
    }

    @Test
    void rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().name(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().city(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().postalCodePrefix(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().role(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().owner(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().kind(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().asOf(null));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().sortBy(null, SortDirection.ASCENDING));
        assertThatNullPointerException().isThrownBy(() -> PartyQuery.builder().sortBy(PartySort.NAME, null));
    }

    @Test
    void withPageAndWithAsOfKeepTheOtherCriteria() {
        PartyQuery query = PartyQuery.builder().name("kowal").tag("vip").role(RoleType.LEAD)
                .sortBy(PartySort.CREATED_AT, SortDirection.DESCENDING).page(0, 25).build();

        PartyQuery next = query.withPage(1);
        PartyQuery dated = query.withAsOf(LocalDate.of(2026, 1, 1));

        assertThat(next.pageNumber()).isEqualTo(1);
        assertThat(next.pageSize()).isEqualTo(25);
        assertThat(next.name()).contains("kowal");
        assertThat(next.tags()).containsExactly(Tag.of("vip"));
        assertThat(next.sort()).isEqualTo(PartySort.CREATED_AT);
        assertThat(dated.asOf()).contains(LocalDate.of(2026, 1, 1));
        assertThat(dated.role()).contains(RoleType.LEAD);
        assertThat(query.asOf()).isEmpty();
        assertThat(query.pageNumber()).isZero();
    }

    @Test
    void toStringShowsNoSearchedText() {
        PartyQuery query = PartyQuery.builder().name("Kowalska").city("Łódź").build();

        assertThat(query.toString()).doesNotContain("kowalska", "Kowalska", "lodz");
    }

    @Test
    void aBuilderCanBeReusedWithoutChangingEarlierQueries() {
        PartyQuery.Builder builder = PartyQuery.builder().tag("a");
        PartyQuery first = builder.build();

        builder.tag("b").page(2, 10);

        assertThat(first.tags()).containsExactly(Tag.of("a"));
        assertThat(first.pageNumber()).isZero();
    }
}
