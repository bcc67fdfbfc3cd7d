package dev.kartoteka.core.csv;

import dev.kartoteka.core.party.PartyId;
import java.nio.charset.Charset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an import did: how the file was read, and what became of every row.
 *
 * @param charset the encoding detected (or given)
 * @param delimiter the delimiter detected (or given)
 * @param columns for each recognised (or {@linkplain CsvImport#column mapped}) column, the header it was read from
 *     (the headers, joined by {@code ", "}, of several columns of phones, e-mails or tags, each read:
 *     {@code "Telefon, Tel. kom."})
 * @param customFieldColumns for each header {@linkplain CsvImport#customField mapped to a custom field}, the
 *     field's key
 * @param ignoredHeaders headers no column was recognised in nor mapped (their values were not imported), and second
 *     address lines some row's value of was not read (other text than a flat, {@code "c/o Jan"}, or a flat beside a
 *     street without its number or a whole address: not imported; read as the flat elsewhere, they are also among the
 *     columns)
 * @param dryRun whether nothing was written
 * @param counts how many rows ended in each outcome (every outcome is present, 0 where none)
 * @param rejections every rejected row's problems, in file order
 * @param possibleDuplicates every row held for review, in file order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ImportReport(Charset charset, char delimiter, Map<CsvColumn, String> columns,
                           Map<String, String> customFieldColumns, List<String> ignoredHeaders, boolean dryRun,
                           Map<RowOutcome, Long> counts,
                           List<Rejection> rejections, List<PossibleDuplicate> possibleDuplicates) {

    /**
     * One problem of a rejected row.
     *
     * @param line the line the row starts on (1 is the header)
     * @param column the header of the column at fault, or {@code ""} for the row as a whole
     * @param value the value, masked (personal data), or {@code ""}
     * @param reason what was expected
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record Rejection(long line, String column, String value, String reason) {
        /**
         * Creates the problem.
         *
         * @param line the line
         * @param column the column's header
         * @param value the masked value
         * @param reason the reason
         */
        public Rejection {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return "line " + line + (column.isEmpty() ? "" : ", " + column) + (value.isEmpty() ? "" : " '" + value
                    + "'") + ": " + reason;
        }
    }

    /**
     * A row held for review.
     *
     * @param line the line the row starts on
     * @param candidates the stored parties it may duplicate
     * @param reason why it was held
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    public record PossibleDuplicate(long line, List<PartyId> candidates, String reason) {
        /**
         * Creates the entry.
         *
         * @param line the line
         * @param candidates the parties
         * @param reason why
         */
        public PossibleDuplicate {
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Creates the report.
     *
     * @param charset the encoding
     * @param delimiter the delimiter
     * @param columns the recognised columns
     * @param customFieldColumns the headers read into custom fields, with the fields' keys
     * @param ignoredHeaders the headers not imported
     * @param dryRun whether nothing was written
     * @param counts the outcome counts
     * @param rejections the rejected rows' problems
     * @param possibleDuplicates the rows held for review
     */
    public ImportReport {
        Objects.requireNonNull(charset, "charset");
        columns = Map.copyOf(columns);
        customFieldColumns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(customFieldColumns));
        ignoredHeaders = List.copyOf(ignoredHeaders);
        EnumMap<RowOutcome, Long> all = new EnumMap<>(RowOutcome.class);
        for (RowOutcome o : RowOutcome.values()) {
            all.put(o, counts.getOrDefault(o, 0L));
        }
        counts = java.util.Collections.unmodifiableMap(all);
        rejections = List.copyOf(rejections);
        possibleDuplicates = List.copyOf(possibleDuplicates);
    }

    /** @return how many rows were read (the header not counted) */
    public long rows() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * How many rows ended in an outcome.
     *
     * @param outcome the outcome
     * @return the count
     */
    public long count(RowOutcome outcome) {
        return counts.get(outcome);
    }

    @Override
    public String toString() {
        return rows() + " rows (" + charset + ", '" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "'"
                + (dryRun ? ", dry run" : "") + "): " + counts;
    }
}
