package dev.kartoteka.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kartoteka.core.csv.ImportReport;
import dev.kartoteka.core.csv.RowOutcome;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.examples.report.ReportData.AliveGrid;
import dev.kartoteka.examples.report.ReportData.ClvDistribution;
import dev.kartoteka.examples.report.ReportData.Completeness;
import dev.kartoteka.examples.report.ReportData.DuplicateClusters;
import dev.kartoteka.examples.report.ReportData.Headline;
import dev.kartoteka.examples.report.ReportData.HoldoutCheck;
import dev.kartoteka.examples.report.ReportData.ImportOutcomes;
import dev.kartoteka.examples.report.ReportData.RfmGrid;
import dev.kartoteka.examples.report.ReportData.SegmentSizes;
import dev.kartoteka.examples.report.ReportData.TopClient;
import dev.kartoteka.examples.report.ReportData.Transitions;
import dev.kartoteka.segmentation.activity.ActivityAssignment;
import dev.kartoteka.segmentation.activity.ActivityTransitions;
import dev.kartoteka.segmentation.activity.ActivityType;
import dev.kartoteka.segmentation.activity.Explanation;
import dev.kartoteka.segmentation.rfm.RfmInput;
import dev.kartoteka.segmentation.rfm.RfmResult;
import dev.kartoteka.segmentation.rfm.RfmScoring;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ReportDataTests {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @Test
    void startsWithNoSectionsAndTheDefaultCurrency() {
        ReportData data = ReportData.builder("Report", DAY).build();

        assertThat(data.title()).isEqualTo("Report");
        assertThat(data.asOf()).isEqualTo(DAY);
        assertThat(data.currency()).isEqualTo("PLN");
        assertThat(data.subtitle()).isEmpty();
        assertThat(data.footnote()).isEmpty();
        assertThat(data.headlines()).isEmpty();
        assertThat(List.of(data.segmentSizes(), data.transitions(), data.rfm(), data.clv(), data.alive(),
                data.holdout(), data.duplicates(), data.imports(), data.completeness())).allMatch(o -> o.isEmpty());
    }

    @Test
    void holdsEverySectionItWasGiven() {
        ReportData data = SampleReport.full();

        assertThat(data.segmentSizes()).contains(SampleReport.segmentSizes());
        assertThat(data.transitions()).contains(SampleReport.transitions());
        assertThat(data.rfm()).contains(SampleReport.rfm());
        assertThat(data.clv()).contains(SampleReport.clv());
        assertThat(data.alive()).contains(SampleReport.alive());
        assertThat(data.holdout()).contains(SampleReport.holdout());
        assertThat(data.duplicates()).contains(SampleReport.duplicates());
        assertThat(data.imports()).contains(SampleReport.imports());
        assertThat(data.completeness()).contains(SampleReport.completeness());
        assertThat(data.headlines()).hasSize(5);
    }

    @Test
    void rejectsABlankTitleAndAMissingDay() {
        assertThatThrownBy(() -> ReportData.builder(" ", DAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title must not be blank");
        assertThatThrownBy(() -> ReportData.builder("Report", null))
                .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    }

    @Test
    void rejectsSettingASectionTwice() {
        ReportData.Builder builder = ReportData.builder("Report", DAY).completeness(SampleReport.completeness());

        assertThatThrownBy(() -> builder.completeness(SampleReport.completeness()))
                .isInstanceOf(IllegalStateException.class).hasMessage("completeness was already set");
        assertThatThrownBy(() -> builder.currency("EUR").currency("PLN"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("currency was already set to EUR");
    }

    @Test
    void rejectsACompletenessShareAboveOne() {
        Map<String, Double> filled = new LinkedHashMap<>();
        filled.put("name", 1.0);
        filled.put("e-mail", 1.2);

        assertThatThrownBy(() -> new Completeness(filled))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("completeness of \"e-mail\" must be a share between 0 and 1, was 1.2");
    }

    @Test
    void rejectsACompletenessShareThatIsNotANumber() {
        assertThatThrownBy(() -> new Completeness(Map.of("phone", Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"phone\"");
    }

    @Test
    void rejectsANegativeSegmentSize() {
        assertThatThrownBy(() -> new SegmentSizes(Map.of("vip", -3L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("segment sizes: count of \"vip\" must be 0 or more, was -3");
    }

    @Test
    void rejectsNoSegmentsAndABlankLabel() {
        assertThatThrownBy(() -> new SegmentSizes(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one segment");
        assertThatThrownBy(() -> new SegmentSizes(Map.of(" ", 1L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be blank");
    }

    @Test
    void rejectsMoreClustersMergedThanFound() {
        assertThatThrownBy(() -> new DuplicateClusters(10, 11, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate clusters merged (11) cannot be more than found (10)");
    }

    @Test
    void rejectsAClusterOfOne() {
        assertThatThrownBy(() -> new DuplicateClusters.Cluster(List.of("A***"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two or more members, had 1");
    }

    @Test
    void rejectsATopClientWhosePAliveIsNotAProbability() {
        assertThatThrownBy(() -> new TopClient("Anna N.", 100, 1.5, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("P(alive) of top client \"Anna N.\" must be a share between 0 and 1, was 1.5");
    }

    @Test
    void rejectsANegativeOrInfiniteClv() {
        assertThatThrownBy(() -> ClvDistribution.of("12 months", new double[] {1, -2}, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLV value #1")
                .hasMessageContaining("-2.0");
        assertThatThrownBy(() -> ClvDistribution.of("12 months", new double[] {Double.POSITIVE_INFINITY},
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLV value #0");
        assertThatThrownBy(() -> ClvDistribution.of("12 months", new double[0], List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one client");
    }

    @Test
    void rejectsHoldoutRowsWhoseFrequenciesDoNotAscend() {
        List<HoldoutCheck.Row> rows = List.of(new HoldoutCheck.Row(0, 10, 0.1, 0.1),
                new HoldoutCheck.Row(2, 5, 1, 1), new HoldoutCheck.Row(1, 5, 1, 1));

        assertThatThrownBy(() -> new HoldoutCheck("a", "b", rows, 10, 10))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holdout check: frequencies must ascend, but 1 follows 2");
    }

    @Test
    void rejectsANegativeHoldoutMean() {
        assertThatThrownBy(() -> new HoldoutCheck.Row(3, 5, -0.5, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("holdout row 3: actual mean");
    }

    @Test
    void rejectsAnRfmCellOutsideTheBinsOrListedTwice() {
        assertThatThrownBy(() -> new RfmGrid(5, List.of(new RfmGrid.Cell(6, 1, 3, 10)), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RFM grid: cell scores must be 1..5, were r=6, f=1");
        assertThatThrownBy(() -> new RfmGrid(5, List.of(new RfmGrid.Cell(2, 1, 3, 10), new RfmGrid.Cell(2, 1, 4, 1)),
                Map.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listed twice");
        assertThatThrownBy(() -> new RfmGrid(1, List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bins must be 2..10, was 1");
    }

    @Test
    void rejectsAnAliveCellOutsideTheBuckets() {
        assertThatThrownBy(() -> new AliveGrid(List.of("recent", "old"), List.of("0", "1+"),
                List.of(new AliveGrid.Cell(2, 0, 5, 0.5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("P(alive) cell (2, 0) is outside the 2 × 2 buckets");
        assertThatThrownBy(() -> AliveGrid.builder(List.of("recent"), List.of("0")).add(0, 1, 0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency bucket must be 0..0");
    }

    @Test
    void rejectsANegativeImportCountAndARejectionBeforeTheFirstLine() {
        assertThatThrownBy(() -> new ImportOutcomes(1, -1, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("import updated must be 0 or more, was -1");
        assertThatThrownBy(() -> new ImportOutcomes.Rejection(0, "NIP", "bad"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line must be 1 or more");
    }

    @Test
    void rejectsSettingATransitionCellTwice() {
        Transitions.Builder builder = Transitions.builder("2024-12-31", "2025-06-30").count("vip", "active", 3);

        assertThatThrownBy(() -> builder.count("vip", "active", 4))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("transitions from \"vip\" to \"active\" were already set to 3");
    }

    @Test
    void rejectsNullsNamingTheArgument() {
        assertThatThrownBy(() -> ReportData.builder("Report", DAY).rfm(null))
                .isInstanceOf(NullPointerException.class).hasMessage("rfm");
        assertThatThrownBy(() -> new Headline("clients", "12", null))
                .isInstanceOf(NullPointerException.class).hasMessage("note");
    }

    @Test
    void keepsTheOrderMapsAreGivenIn() {
        Map<String, Long> sizes = new LinkedHashMap<>();
        sizes.put("zeta", 1L);
        sizes.put("alpha", 2L);
        sizes.put("mu", 3L);

        assertThat(new SegmentSizes(sizes).counts().keySet()).containsExactly("zeta", "alpha", "mu");
        assertThat(SampleReport.transitions().fromLabels()).endsWith("vip", Transitions.NEW);
        assertThat(SampleReport.transitions().toLabels()).endsWith("vip", Transitions.GONE);
    }

    @Test
    void copiesClvValuesInAndOut() {
        double[] values = {10, 20, 30};
        ClvDistribution clv = ClvDistribution.of("12 months", values, List.of());
        values[0] = 999;
        clv.values()[1] = 999;

        assertThat(clv.values()).containsExactly(10, 20, 30);
        assertThat(clv.size()).isEqualTo(3);
        assertThat(clv).isEqualTo(ClvDistribution.of("12 months", new double[] {10, 20, 30}, List.of()));
    }

    @Test
    void averagesPAliveClientByClientAndLeavesEmptyCellsOut() {
        AliveGrid grid = AliveGrid.builder(List.of("recent", "old"), List.of("0", "1+"))
                .add(0, 1, 0.9).add(0, 1, 0.7).add(1, 0, 0.2)
                .build();

        assertThat(grid.cells()).hasSize(2);
        assertThat(grid.cell(0, 1).parties()).isEqualTo(2);
        assertThat(grid.cell(0, 1).meanPAlive()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(grid.cell(1, 1).parties()).isZero();
    }

    @Test
    void countsTheClientsThatMovedAndAllOfThem() {
        Transitions t = Transitions.builder("before", "after")
                .count("a", "a", 10).count("a", "b", 3).count("b", "b", 5).count("b", Transitions.GONE, 2)
                .build();

        assertThat(t.total()).isEqualTo(20);
        assertThat(t.moved()).isEqualTo(5);
        assertThat(t.count("b", "a")).isZero();
        assertThat(t.toLabels()).containsExactly("a", "b", Transitions.GONE);
    }

    @Test
    void formatsHeadlineFiguresTheReportsWay() {
        assertThat(Headline.count("clients", 12_480, "").value()).isEqualTo("12\u202F480");
        assertThat(Headline.share("buying", 0.3541, "").value()).isEqualTo("35,4%");
        assertThat(Headline.money("CLV", 1_234_567.8, "PLN", "").value()).isEqualTo("1\u202F234\u202F568\u202FPLN");
    }

    @Test
    void labelsActivityTypeSizesInTheEnumsOrder() {
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        counts.put(ActivityType.VIP, 5L);
        counts.put(ActivityType.INACTIVE, 7L);

        SegmentSizes sizes = SegmentSizes.ofActivityTypes(counts);

        assertThat(sizes.counts().keySet()).containsExactly("inactive", "potential", "active", "one-time",
                "trusted-partner", "vip");
        assertThat(sizes.counts()).containsEntry("vip", 5L).containsEntry("potential", 0L);
        assertThat(sizes.total()).isEqualTo(12);
    }

    @Test
    void readsTheLibrarysRfmResult() {
        List<RfmInput> inputs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            inputs.add(new RfmInput(id(i), i * 3L, 1 + i % 9, 50.0 + i * 7));
        }
        RfmResult result = RfmScoring.defaults().score(inputs);

        RfmGrid grid = RfmGrid.from(result);

        assertThat(grid.bins()).isEqualTo(5);
        assertThat(grid.cells()).hasSize(25);
        assertThat(grid.cells().stream().mapToLong(RfmGrid.Cell::parties).sum()).isEqualTo(100);
        assertThat(grid.segmentSizes()).isEqualTo(result.segmentSizes());
        RfmResult.Cell some = result.grid().stream().filter(c -> c.parties() > 0).findFirst().orElseThrow();
        assertThat(grid.cell(some.r(), some.f()).meanMonetary()).isEqualTo(some.meanMonetary().getAsDouble());
    }

    @Test
    void readsTheLibrarysHoldoutCheck() {
        var check = new dev.kartoteka.segmentation.clv.HoldoutCheck(List.of(
                new dev.kartoteka.segmentation.clv.HoldoutCheck.Row(0, 40, 0.1, 0.12),
                new dev.kartoteka.segmentation.clv.HoldoutCheck.Row(1, 10, 0.8, 0.7)), 11.8, 12);

        HoldoutCheck holdout = HoldoutCheck.from(check, "2024", "2025 H1");

        assertThat(holdout.rows()).containsExactly(new HoldoutCheck.Row(0, 40, 0.1, 0.12),
                new HoldoutCheck.Row(1, 10, 0.8, 0.7));
        assertThat(holdout.predictedTotal()).isEqualTo(11.8);
        assertThat(holdout.actualTotal()).isEqualTo(12);
        assertThat(holdout.calibration()).isEqualTo("2024");
    }

    @Test
    void readsTheLibrarysImportReportKeepingTheFirstProblems() {
        ImportReport report = new ImportReport(StandardCharsets.UTF_8, ';', Map.of(), Map.of(), List.of(), false,
                Map.of(RowOutcome.CREATED, 7L, RowOutcome.UPDATED, 2L, RowOutcome.REJECTED, 3L),
                List.of(new ImportReport.Rejection(4, "NIP", "***", "checksum does not match"),
                        new ImportReport.Rejection(9, "", "", "too many columns"),
                        new ImportReport.Rejection(11, "e-mail", "a***", "no domain")),
                List.of());

        ImportOutcomes outcomes = ImportOutcomes.from(report, 2);

        assertThat(outcomes).isEqualTo(new ImportOutcomes(7, 2, 0, 3, List.of(
                new ImportOutcomes.Rejection(4, "NIP", "checksum does not match"),
                new ImportOutcomes.Rejection(9, "", "too many columns"))));
        assertThat(outcomes.rows()).isEqualTo(12);
    }

    @Test
    void readsTheLibrarysTransitionsWithNewAndGoneClients() {
        LocalDate before = LocalDate.of(2024, 12, 31);
        Explanation why = new Explanation("test", List.of());
        Stream<ActivityAssignment> earlier = Stream.of(
                new ActivityAssignment(id(1), before, ActivityType.ACTIVE, why),
                new ActivityAssignment(id(2), before, ActivityType.ACTIVE, why),
                new ActivityAssignment(id(3), before, ActivityType.VIP, why));
        Stream<ActivityAssignment> later = Stream.of(
                new ActivityAssignment(id(1), DAY, ActivityType.ACTIVE, why),
                new ActivityAssignment(id(2), DAY, ActivityType.INACTIVE, why),
                new ActivityAssignment(id(4), DAY, ActivityType.POTENTIAL, why));

        Transitions t = Transitions.from(ActivityTransitions.compare(earlier, later));

        assertThat(t.before()).isEqualTo("2024-12-31");
        assertThat(t.after()).isEqualTo("2025-06-30");
        assertThat(t.fromLabels()).containsExactly("inactive", "potential", "active", "one-time", "trusted-partner",
                "vip", Transitions.NEW);
        assertThat(t.toLabels()).endsWith("vip", Transitions.GONE);
        assertThat(t.count("active", "active")).isEqualTo(1);
        assertThat(t.count("active", "inactive")).isEqualTo(1);
        assertThat(t.count("vip", Transitions.GONE)).isEqualTo(1);
        assertThat(t.count(Transitions.NEW, "potential")).isEqualTo(1);
        assertThat(t.total()).isEqualTo(4);
        assertThat(t.moved()).isEqualTo(3);
    }

    private static PartyId id(int n) {
        return new PartyId(new UUID(0, n));
    }
}
