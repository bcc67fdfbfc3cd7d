/**
 * Spreadsheet import and export: {@link dev.kartoteka.core.csv.CsvImport} reads a CSV export (encoding and delimiter
 * detected, Polish and English headers recognised, other headers mapped explicitly to columns or custom fields),
 * standardises each row, creates new parties or updates the ones it matches on identifiers, unique custom fields,
 * e-mail or phone, holds possible duplicates for review and rejects bad rows with their line, column and reason — every
 * row gets exactly one {@link dev.kartoteka.core.csv.RowOutcome}. {@link dev.kartoteka.core.csv.CsvExport} writes a
 * search result back in the same columns, custom fields in columns of their own where asked.
 *
 * @since 0.1
 */
@NullMarked
package dev.kartoteka.core.csv;

import org.jspecify.annotations.NullMarked;
