package dev.kartoteka.core.csv;

import static dev.kartoteka.core.standardization.Standardizer.placeAlone;
import static dev.kartoteka.core.standardization.Standardizer.samePlace;

import dev.kartoteka.core.DuplicateIdentifierException;
import dev.kartoteka.core.KartotekaException;
import dev.kartoteka.core.ValidationException;
import dev.kartoteka.core.Violation;
import dev.kartoteka.core.duplicate.DuplicateDetector;
import dev.kartoteka.core.duplicate.MatchOutcome;
import dev.kartoteka.core.duplicate.MatchResult;
import dev.kartoteka.core.identifier.Email;
import dev.kartoteka.core.identifier.EuVatNumber;
import dev.kartoteka.core.identifier.ForeignTaxNumber;
import dev.kartoteka.core.identifier.Identifier;
import dev.kartoteka.core.identifier.Krs;
import dev.kartoteka.core.identifier.Nip;
import dev.kartoteka.core.identifier.Pesel;
import dev.kartoteka.core.identifier.Sex;
import dev.kartoteka.core.identifier.PhoneNumber;
import dev.kartoteka.core.identifier.Regon;
import dev.kartoteka.core.field.CustomFieldSchema;
import dev.kartoteka.core.field.FieldDefinition;
import dev.kartoteka.core.field.FieldKey;
import dev.kartoteka.core.field.FieldTarget;
import dev.kartoteka.core.field.FieldType;
import dev.kartoteka.core.internal.Mask;
import dev.kartoteka.core.party.Company;
import dev.kartoteka.core.party.ContactPoint;
import dev.kartoteka.core.party.ContactUsage;
import dev.kartoteka.core.party.EmailContact;
import dev.kartoteka.core.party.Party;
import dev.kartoteka.core.party.PartyId;
import dev.kartoteka.core.party.PartyKind;
import dev.kartoteka.core.party.Person;
import dev.kartoteka.core.party.PhoneContact;
import dev.kartoteka.core.party.PostalAddress;
import dev.kartoteka.core.party.Tag;
import dev.kartoteka.core.registry.ClientRegistry;
import dev.kartoteka.core.registry.FieldCriterion;
import dev.kartoteka.core.registry.PartyQuery;
import dev.kartoteka.core.registry.Progress;
import dev.kartoteka.core.spi.SearchText;
import dev.kartoteka.core.standardization.PersonName;
import dev.kartoteka.core.standardization.Standardized;
import dev.kartoteka.core.standardization.Standardizer;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a spreadsheet export (CSV) into a registry: every row ends in exactly one {@link RowOutcome}.
 *
 * <pre>{@code
 * ImportReport report = CsvImport.into(registry).progress(bar).rejectedRowsTo(writer).run(Path.of("klienci.csv"));
 * }</pre>
 *
 * <p><b>Reading.</b> The encoding is detected from the first 64 KiB (UTF-8 with or without a byte-order mark,
 * windows-1250, ISO-8859-2; see {@link #charset} to set it), the delimiter from the header line ({@code ;} as Polish
 * spreadsheets write it, {@code ,} or tab; see {@link #delimiter}). Quoted fields may hold delimiters, quotes
 * ({@code ""}) and line breaks; lines end in LF or CRLF. The first row is the header: each header is recognised as a
 * {@link CsvColumn} in Polish or English ({@code "Imię"}, {@code "first name"}, {@code "KOD_POCZTOWY"}…, also as
 * exports of other systems write them: {@code "billing_phone"}, {@code "Mailing Zip/Postal Code"},
 * {@code "Telefon 2"}, {@code "NIP__c"}, {@code "Osoba fizyczna"}; see {@link CsvColumn#recognise}); headers no
 * column is recognised in are listed in the report, never silently dropped; of columns a party holds several of —
 * phones, e-mails, tags — every recognised one is read ({@code "Telefon"} and {@code "Tel. kom."}), of the others
 * the first, the rest listed as ignored. A header that is not recognised, or one meant otherwise, is mapped
 * explicitly (the recognised headers of the column it is mapped to then give way, listed as ignored: it stands
 * alone): {@link #column(String, CsvColumn)} reads it as a column,
 * {@link #customField(String, String)} into a custom field of the registry's schema. The file is read as a stream:
 * memory holds one row at a time (up to 1,000 where the file has a birth-date column, read ahead to learn how it
 * writes its dates) plus the report's rejections and possible duplicates.
 *
 * <p><b>Each row.</b> A row is a company if its {@link CsvColumn#KIND} or {@link CsvColumn#IS_PERSON} column says so
 * (a person flag left unticked on a row with a PESEL and no NIP, REGON or KRS is taken for a person), or it has a
 * company name and a company's identifier (NIP, REGON, KRS), or a company name and no person's name, or a company
 * name beside a person's whole name (given names and family name, or a {@link CsvColumn#FULL_NAME}), as CRMs and
 * address books export a person at a company ({@code "Account Name"}, {@code "Company"}, {@code "Organization -
 * Name"}) — unless the row holds a PESEL, or the company name is the person's own account, as CRMs keep private
 * clients (their name, or their family name with a word for a household: {@code "Kowalski Household"}), or a person's
 * given names and family name beside a company's identifier and no company name (a CRM's contact whose company cell
 * was left empty, a sole trader known by name): the company the identifier names, the person its contact person — a
 * company stored under that identifier keeps its name, one created bears the person's name until a row tells it, as
 * a sole trader's business bears its owner's; a bare {@code "Name"} column's cell (a list of anybody) is a person's
 * where it reads as one — two or three words, a common given name and a family name, in either order, no legal form —
 * or a birth date, PESEL or sex stands beside it, else a company's; else a person (a person whose kind column
 * says so may have the whole name in the name column, {@code "Nazwa"}: {@code "Kowalski Jan"}, as ERP exports write
 * it). A person's names on a company's row are a person acting for it: the person is created too and made the
 * company's contact person (primary if the company has none; one of the same name already its contact person is not
 * added again, but given the birth date and sex a later row tells and they lack; no duplicate check looks for the
 * person elsewhere in the registry); the row's contact points stay the
 * company's, a birth date and sex beside the names are the person's. Its phones, e-mails and identifiers are read by the {@link Standardizer} (E.164,
 * checksums) — a value that cannot be read rejects the row naming the column. A phone without its country code is
 * read in the row's country first, as someone there writes it ({@code "030 1234567"} beside a German address;
 * {@code "022 123 45 67"}, {@code "0 22 123 45 67"}, a landline with the trunk 0 Poland dialled until 2005, beside a
 * Polish address or one whose country is not stated, or on a row without an address that holds a Polish NIP, REGON,
 * KRS or PESEL: {@link PhoneNumber#parseLocal}), the country being read by code or name
 * ({@code "Polska"}, {@code "Germany"}; {@link Standardizer#country}). A company's NIP column may hold the VAT number
 * of a company in another EU member state ({@code "DE811569869"}): it is read as its {@link EuVatNumber}, and the
 * export writes it there too. A phone or e-mail cell may hold several, separated by {@code ,}, {@code ;}, {@code /},
 * {@code |}, {@code :::} (as Google Contacts writes them), {@code lub} or {@code or} (e-mails also by spaces):
 * {@code "601 234 567, 22 123 45 67"}, {@code "601234567,601234568"}; where a part is no value the whole cell is read
 * as one ({@code "22 123 45 67, 12"} is a number with its extension, as a dialler reads it), and if that cannot be
 * read either the row is rejected, no part kept. Birth dates are read with a four-digit year in the usual writings, day first or year first, also with a
 * time of midnight after them and with the month as a Polish or English word or a Roman numeral ({@code 12.03.1985},
 * {@code 1985-3-12}, {@code 1985.03.12}, {@code 1985-03-12 00:00:00}, {@code 12 marca 1985}, {@code 12 III 1985},
 * {@code March 12, 1985}), or as databases write them ({@code 19850312}, else {@code 12031985}); a birthday without
 * its year ({@code --03-12}, {@code 03/12}, {@code 12.03}) is kept as a yearly important date; a two-digit year is
 * rejected (its century would be a guess); with slashes the day comes
 * first and both numbers need two digits ({@code 3/12/1985} is the 12th of March in American spreadsheets), unless
 * the birth-date column's header says {@code MM/DD/YYYY} or the first 1,000 rows (read ahead, so memory stays
 * bounded) hold a date whose second number is above 12 and none whose first is: then the file writes the month
 * first, and every slashed date is read so. An address may be of a place alone (a city, and its postal code if known).
 * A file may hold several groups of address columns, as contact managers export them ({@code "Business Street"},
 * {@code "Business City"} … then {@code "Home Street"}, {@code "Home City"} …; {@code "Address 1 - City"},
 * {@code "Address 2 - City"}; a group named by a word before or in brackets after its headers, or by the part before
 * their first {@code " - "}): each group that holds values is an address of its own, in its own country column's country, else the row's (one written twice is kept once);
 * one that cannot be read rejects the row naming its column. A middle name ({@link CsvColumn#MIDDLE_NAME}) is read
 * after the given names.
 * A street that holds its
 * building number, where the row has no building number of its own ({@code "ul. Długa 5/3"},
 * {@code "10 Downing Street"}), is read apart as {@link Standardizer#address} reads it (the street then as the
 * standardizer writes it, as for a whole address in one cell; a flat after the number must agree with the row's flat
 * column, {@code "m. 3"} and {@code "3"} being one); a street without a number there rejects the row, naming the
 * street's column. A second address line ({@code "Address Line 2"}, {@code "billing_address_2"}, {@code "Default
 * Address Address2"}, Outlook's {@code "Home Street 2"}) is its address's flat where it holds one ({@code "m. 3"},
 * {@code "lok. 3"}, {@code "3"}; a bare number after a street without one is its building), other text there (a
 * floor, {@code "c/o"}) not being read, and its header then listed among the ignored ones too; beside a flat column it
 * is not read at all, and listed as ignored. A whole name
 * in one cell
 * ({@link CsvColumn#FULL_NAME}: {@code "Imię i nazwisko"}) is split by {@link Standardizer#fullName} where the row has
 * no given names nor family name, in the order its header says ({@link CsvColumn#nameOrder}); a whole Polish address in
 * the street's cell ({@code "ul. Długa 7/3, 00-001 Warszawa"}), where the row has no building, postal code nor city, is
 * read apart by {@link Standardizer#addressLine}; either unreadable rejects the row. Names, company names and addresses are
 * handed to the registry as written: build the registry with {@code .standardizer(Standardizer.defaults())} and it
 * writes them one way (legal form as a field, {@code ul.}, {@code NN-NNN}, casing) and keeps the values as entered in
 * the audit trail; without one they are stored as written (and a Polish postal code without its dash is rejected by
 * validation). Rows are compared standardised either way. Then the row is matched against the registry on NIP, REGON,
 * KRS, PESEL, the {@linkplain FieldDefinition#unique() unique} custom fields it maps, e-mail and phone:
 * <ul>
 *   <li>no match: {@link RowOutcome#CREATED} — unless the {@link #duplicateCheck duplicate check} finds likely
 *       duplicates, then {@link RowOutcome#POSSIBLE_DUPLICATE};</li>
 *   <li>parties the row shares only e-mails or phones with (no identifier, no unique custom field — a household's
 *       members and a group's companies share them) are judged by the {@link #matchRules match rules} first, a party
 *       with another PESEL or NIP than the row's too: one they find no match is another client and does not count as
 *       matched; one they find only a possible match does not either, and holds the row for review
 *       ({@link RowOutcome#POSSIBLE_DUPLICATE}) where no other party matched;</li>
 *   <li>one party of the same kind whose identifiers do not contradict the row's: {@link RowOutcome#UPDATED} (an
 *       upsert, not a new duplicate): the row's names (unless they only differ in casing or diacritics from the
 *       stored ones, which are then kept), legal form, birth date, sex, mapped custom fields and missing identifiers
 *       are written, its e-mail, phone, address and tags are added if the party lacks them (an address the party
 *       holds without its postal code, where all else agrees, gets the row's); nothing the party has is removed;</li>
 *   <li>several parties, a party of the other kind, one the row names by an identifier or shares an e-mail or phone
 *       with that holds a different NIP/REGON/KRS/PESEL and that the rules find one client with, or one holding
 *       another value of a unique custom field: {@link RowOutcome#POSSIBLE_DUPLICATE}, nothing written;</li>
 *   <li>invalid (the registry's validation, a taken identifier): {@link RowOutcome#REJECTED} with line, column,
 *       masked value and reason.</li>
 * </ul>
 * Rows are written one by one, so a later row matching an earlier one of the same file updates it.
 *
 * <p>A {@link #dryRun dry run} reports the same outcomes without writing (it validates with
 * {@code ClientRegistry.validate} and remembers the identifiers of the rows it would create, so later rows of the
 * file match them). Configure, then {@link #run}; an instance may run several files, one at a time.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CsvImport {

    private static final Logger LOG = LoggerFactory.getLogger(CsvImport.class);
    private static final int PREFIX = 64 * 1024;
    private static final int PROGRESS_EVERY = 1_000;
    /** A birthday without its year, as vCard and Google Contacts write it: {@code --02-14}. */
    private static final java.util.regex.Pattern NO_YEAR = java.util.regex.Pattern.compile("--(\\d{2})-(\\d{2})");
    /**
     * A number a spreadsheet or a shop's export was told to keep as text: an apostrophe before it, and only digits,
     * spaces and a phone's or postal code's signs after it ({@code '+48501234567}, {@code '00-950}; not {@code '90s}).
     */
    private static final java.util.regex.Pattern TEXT_MARKED = java.util.regex.Pattern.compile(
            "'\\s*[+(]?[\\d\\s()+./-]*\\d[\\d\\s()+./-]*");
    /**
     * A birthday without its year written with a slash, as Mailchimp keeps it ({@code 03/15}): month first or day
     * first as the file writes its slashed dates ({@link #monthFirst}; month first where only such birthdays tell
     * nothing, as Mailchimp writes them).
     */
    private static final java.util.regex.Pattern NO_YEAR_SLASHED = java.util.regex.Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})");
    /** A birthday without its year written with a dot, day first as Poland writes it: {@code 15.03}, {@code 15.03.}. */
    private static final java.util.regex.Pattern NO_YEAR_DOTTED = java.util.regex.Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.?");
    /** A date of zeros, as Outlook writes an empty birthday: {@code 0/0/00}, {@code 0.0.00}, {@code 00.00.0000}. */
    private static final java.util.regex.Pattern NO_DATE = java.util.regex.Pattern.compile(
            "0{1,2}[./-]0{1,2}[./-]0{2,4}");
    /** A sex not stated, as contact managers write it ({@code "Unspecified"}, {@code "Nieokreślona"}). */
    private static final Set<String> NO_SEX = Set.of("unspecified", "unknown", "nieokreslona", "nieokreslony",
            "nieznana", "nieznany", "not specified", "brak", "none", "n a", "other");
    /** A date year first (a day that does not exist, "31.02.1990", is no date, never quietly the 28th): {@code 1985-03-12}, {@code 1985-3-12}, {@code 1985.03.12}, {@code 1985/03/12}. */
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile(
            "(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})");
    /** A date day first with dots or dashes: {@code 12.03.1985}, {@code 1.3.1985}, {@code 12-03-1985}. */
    private static final java.util.regex.Pattern DAY_FIRST = java.util.regex.Pattern.compile(
            "(\\d{1,2})([-.])(\\d{1,2})\\2(\\d{4})");
    /**
     * A date with slashes, the year last: {@code 12/03/1985} day first (both numbers of two digits), or
     * {@code 3/12/1985} month first where the file writes its dates so.
     */
    private static final java.util.regex.Pattern SLASHES = java.util.regex.Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    /** A header's hint of how its dates are written, its first letter the first part: {@code (MM/DD/YYYY)}. */
    private static final java.util.regex.Pattern DATE_ORDER_HINT = java.util.regex.Pattern.compile(
            "[(\\[]\\s*([mMdD])[mMdD]?\\s*/");
    /** How many rows are read ahead to learn how the file writes its dates. */
    private static final int LOOK_AHEAD = 1_000;

    /**
     * What may follow a date: a date cell's midnight ({@code 00:00:00}, {@code 0:00}) or the Polish {@code r.}
     * ({@code 12 marca 1985 r.}).
     */
    private static final java.util.regex.Pattern AFTER_DATE = java.util.regex.Pattern.compile(
            "(?:\\s+|T)0?0:00(?::00(?:\\.0+)?)?$|(?<=\\d{4})\\s*r\\.?$");
    /** A date with its month as a word or a Roman numeral, day first or (a word) month first. */
    private static final java.util.regex.Pattern DAY_MONTH_YEAR = java.util.regex.Pattern.compile(
            "(\\d{1,2})\\s*[.\\s/-]\\s*([a-z]+)\\s*[.\\s/-]\\s*(\\d{4})");
    /** A date month first, the month an English word: {@code March 12, 1985}. */
    private static final java.util.regex.Pattern MONTH_DAY_YEAR = java.util.regex.Pattern.compile(
            "([a-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    /** Months in English, full and abbreviated, which alone may come before the day ({@code March 12, 1985}). */
    private static final String[][] ENGLISH_MONTHS = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"},
        {"april", "apr"}, {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"},
        {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
    /** Months in Polish (folded, in the genitive and the nominative, abbreviated) and as Roman numerals. */
    private static final String[][] OTHER_MONTHS = {{"stycznia", "styczen", "sty", "i"}, {"lutego", "luty", "lut", "ii"},
        {"marca", "marzec", "iii"}, {"kwietnia", "kwiecien", "kwi", "iv"}, {"maja", "maj", "v"},
        {"czerwca", "czerwiec", "cze", "vi"}, {"lipca", "lipiec", "lip", "vii"}, {"sierpnia", "sierpien", "sie", "viii"},
        {"wrzesnia", "wrzesien", "wrz", "ix"}, {"pazdziernika", "pazdziernik", "paz", "x"},
        {"listopada", "listopad", "lis", "xi"}, {"grudnia", "grudzien", "gru", "xii"}};
    /** Every month's word or numeral, folded, with its number. */
    private static final Map<String, Integer> MONTHS = months(ENGLISH_MONTHS, OTHER_MONTHS);
    /** The English ones only. */
    private static final Map<String, Integer> ENGLISH_MONTH_NUMBERS = months(ENGLISH_MONTHS);

    private static Map<String, Integer> months(String[][]... tables) {
        Map<String, Integer> m = new HashMap<>();
        for (String[][] names : tables) {
            for (int i = 0; i < names.length; i++) {
                for (String name : names[i]) {
                    m.put(name, i + 1);
                }
            }
        }
        return Map.copyOf(m);
    }
    /**
     * The columns of an address: a file may have several groups of them ({@code "Business Street"}, {@code "Business
     * City"}, then {@code "Home Street"}, {@code "Home City"}), each read as an address of its own.
     */
    private static final Set<CsvColumn> ADDRESS = java.util.EnumSet.of(CsvColumn.STREET, CsvColumn.BUILDING,
            CsvColumn.UNIT, CsvColumn.POSTAL_CODE, CsvColumn.CITY, CsvColumn.DISTRICT, CsvColumn.REGION,
            CsvColumn.COUNTRY);
    /** A column of an address: which, where, under what header. */
    private record AddressCell(CsvColumn column, int position, String header) {
    }

    /** The headers of a whole address in one cell, after a record's name: {@code "Organization - Address"}. */
    private static final Set<String> WHOLE_ADDRESS = Set.of("address", "adres", "full address", "adres pelny",
            "pelny adres");

    /** The words that name which address a column is of, before its name or in brackets after it. */
    private static final Set<String> ADDRESS_GROUP_WORDS = Set.of("business", "home", "other", "work", "mailing",
            "billing", "shipping", "delivery", "private", "sluzbowy", "domowy", "inny", "prywatny",
            "korespondencyjny", "do korespondencji", "zameldowania", "zamieszkania", "siedziby", "dostawy",
            "wysylki");

    /**
     * The address a column's header names: the part before its first {@code " - "} ({@code "Address 2 - City"};
     * {@code "Organization - Address - City"} and {@code "Organization - Address"} are one), a word in brackets ({@code "Miasto (domowy)"}) or a first word
     * ({@code "Home City"}, {@code "billing_city"}) that names one; else the file's one address ({@code ""}).
     */
    static String addressGroup(String header) {
        String h = header.strip();
        int dash = h.indexOf(" - ");
        if (dash > 0) {
            return Standardizer.matchingKey(h.substring(0, dash)); // "Address 2 - City", "Organization - Address - City"
        }
        java.util.regex.Matcher hint = BRACKETED.matcher(h);
        if (hint.matches() && ADDRESS_GROUP_WORDS.contains(Standardizer.matchingKey(hint.group(1)))) {
            return Standardizer.matchingKey(hint.group(1));
        }
        String[] words = Standardizer.matchingKey(h).split(" ");
        return words.length > 1 && ADDRESS_GROUP_WORDS.contains(words[0]) ? words[0] : "";
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(
            ".*?[(\\[]([^)\\]]*)[)\\]]\\s*");

    /**
     * A second address line's header, as shops and contact managers export it ({@code "Address Line 2"},
     * {@code "Address2"}, {@code "billing_address_2"}, {@code "Default Address Address2"}, {@code "Business Street
     * 2"}), compared as {@link Standardizer#matchingKey} writes it; a bare {@code "Address 2"} may be a second address,
     * and is not one.
     */
    private static final java.util.regex.Pattern SECOND_LINE = java.util.regex.Pattern.compile(
            "(?:(?:billing|shipping|mailing|business|home|other|customer|invoice|default address|address)\\s)?"
                    + "(?:address line 2|address2|addr2|street address 2|adres linia 2|linia adresu 2)"
                    + "|(?:billing|shipping|mailing|business|home|other|customer|invoice)\\s(?:address|street) 2");
    /**
     * A second address line that holds a flat only: {@code "m. 3"}, {@code "lok. 3"}, {@code "mieszkanie 3"},
     * {@code "3"} (Polish shops' customers write it so).
     */
    private static final java.util.regex.Pattern FLAT_LINE = java.util.regex.Pattern.compile(
            "(?:(?:m|lok|lokal|mieszk|mieszkanie|nr)\\.?\\s*)?(\\d+[A-Za-z]?)", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A street's cell ending with its number: {@code "ul. Długa 5"}, {@code "ul. Długa 5A"}, {@code "ul. Długa 5/3"}. */
    private static final java.util.regex.Pattern ENDS_WITH_NUMBER = java.util.regex.Pattern.compile(
            "\\d+[A-Za-z]?$");
    /**
     * A Polish postal code as Poland writes it, with its dash: {@code 00-950} — a cell that is one, or a street's cell
     * holding one (the whole address is there).
     */
    private static final java.util.regex.Pattern POLISH_CODE = java.util.regex.Pattern.compile(
            "(?<!\\d)\\d{2}-\\d{3}(?!\\d)");
    /** A street's cell starting with its number, as Britain and the Americas write it: {@code "123 Main St"}. */
    private static final java.util.regex.Pattern STARTS_WITH_NUMBER = java.util.regex.Pattern.compile("^\\d");

    /**
     * Reads a second address line into its group's values ({@code v}, without it): a flat where it holds one
     * ({@code "m. 3"}, {@code "3"}) is the unit, where the group has a building column or the street ends with its
     * number or starts with it ({@code "123 Main St"}; a flat given twice must then agree, as the street's and a flat
     * column's must); a bare number after a street without one is its building ({@code "ul. Długa"} and
     * {@code "5"}). Other text there (a floor, {@code "c/o"}), and a second line beside a whole address in the
     * street's cell, are not read.
     *
     * @return whether the line was read
     */
    static boolean secondLine(Map<CsvColumn, String> v, String line2) {
        java.util.regex.Matcher flat = FLAT_LINE.matcher(line2.strip());
        String street = v.get(CsvColumn.STREET);
        if (!flat.matches() || street == null) {
            return false;
        }
        if (street.indexOf(',') >= 0 || POLISH_CODE.matcher(street).find()) {
            return false; // a whole address in the street's cell: not read ("ul. Długa 5, 00-001 Warszawa" and "3")
        }
        if (v.containsKey(CsvColumn.BUILDING) || ENDS_WITH_NUMBER.matcher(street).find()
                || STARTS_WITH_NUMBER.matcher(street).find()) {
            v.putIfAbsent(CsvColumn.UNIT, flat.group(1)); // ("123 Main St" and "4": the number first, a flat after)
            return true;
        } else if (line2.strip().equals(flat.group(1))) {
            v.put(CsvColumn.STREET, street + " " + flat.group(1));
            return true;
        }
        return false;
    }

    /**
     * A British postcode ({@code "LS1 7LY"}, {@code "SW1A 2AA"}): no other country's postal code has its form, so an
     * address stating no country whose postal code has it is in the United Kingdom.
     */
    private static final java.util.regex.Pattern UK_POSTCODE = java.util.regex.Pattern.compile(
            "(?i)[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}");

    /**
     * The country of an address that states none, where its postal code tells it plainly: a British postcode (Jersey's,
     * Guernsey's and the Isle of Man's, {@code JE2 3AB}, {@code GY1 1AA}, {@code IM1 1AA}, theirs), a Polish one with
     * its dash ({@code 00-950}: Poland, whatever the import's default country).
     */
    private static void impliedCountry(Map<CsvColumn, String> v) {
        String code = v.get(CsvColumn.POSTAL_CODE);
        if (v.containsKey(CsvColumn.COUNTRY) || code == null) {
            return;
        }
        if (UK_POSTCODE.matcher(code).matches()) {
            // the Crown Dependencies' postcodes have the form too: Jersey, Guernsey, the Isle of Man
            String area = code.strip().substring(0, 2).toUpperCase(Locale.ROOT);
            v.put(CsvColumn.COUNTRY, area.equals("JE") ? "JE" : area.equals("GY") ? "GG" : area.equals("IM") ? "IM"
                    : "GB");
        } else if (POLISH_CODE.matcher(code).matches()) {
            v.put(CsvColumn.COUNTRY, "PL"); // NN-NNN: no other country writes its codes so (whatever the default)
        }
    }

    /**
     * Whether a row holds a Polish identifier, which says the party is Polish: a PESEL, REGON or KRS, or a NIP written
     * without another country's prefix ({@code "123-456-32-18"}, {@code "PL1234563218"}; not {@code "DE811569869"}).
     */
    private static boolean polishIdentifier(Map<CsvColumn, String> v) {
        String nip = v.get(CsvColumn.NIP);
        return v.containsKey(CsvColumn.PESEL) || v.containsKey(CsvColumn.REGON) || v.containsKey(CsvColumn.KRS)
                || nip != null && nip.replaceAll("[^\\p{L}]", "").matches("(?i)(?:pl)?");
    }

    /**
     * Words of trades and shops that follow a given name in a business's name ({@code "Maria Consulting"},
     * {@code "Ewa Kosmetyka"}), folded: no family name.
     */
    private static final Set<String> BUSINESS_WORDS = Set.of("consulting", "studio", "salon", "design", "group",
            "media", "service", "services", "serwis", "shop", "sklep", "store", "market", "trans", "transport",
            "logistics", "logistyka", "bud", "budownictwo", "build", "tech", "technologies", "soft", "software",
            "invest", "finance", "finanse", "med", "medical", "dent", "dental", "kosmetyka", "beauty", "fashion",
            "moda", "foto", "photo", "travel", "tours", "hotel", "apteka", "pharmacy", "bar", "cafe", "kawiarnia",
            "pizzeria", "restauracja", "restaurant", "catering", "bistro", "auto", "motors", "cars", "car", "garage",
            "partners", "partnerzy", "company", "firma", "handel", "trade", "trading", "import", "export", "eksport",
            "agency", "agencja", "biuro", "office", "house", "home", "dom", "art", "events", "event", "music", "sport",
            "fitness", "gym", "clinic", "klinika", "centrum", "center", "centre", "systems", "system", "solutions",
            "projekt", "project", "architekci", "architects", "law", "legal", "kancelaria", "print", "druk", "rent",
            "wynajem", "flowers", "kwiaty", "kwiaciarnia", "fryzjer", "hair", "spa", "nails", "baby", "kids", "pet",
            "vet", "optyk", "optic", "optics", "energy", "energia", "eco", "eko", "green", "garden", "ogrody",
            "boss", "bella", "style", "life", "world", "global", "international", "polska", "poland", "plus", "pro");

    /** Three or four digits: a Polish postal code that lost its leading zeros in a spreadsheet, or a foreign one. */
    private static final java.util.regex.Pattern LOST_ZEROS = java.util.regex.Pattern.compile("\\d{3,4}");

    /** The columns of which a file may have several, each read ("Telefon" and "Tel. kom."): a party holds several. */
    private static final Set<CsvColumn> SEVERAL = java.util.EnumSet.of(CsvColumn.PHONE, CsvColumn.EMAIL,
            CsvColumn.TAGS);
    /** Separators of several phone numbers in one cell (spaces belong to a number; {@code :::} is Google's). */
    private static final java.util.regex.Pattern SEVERAL_PHONES = java.util.regex.Pattern.compile(
            "\\s*:::\\s*|\\s*[,;|/\\n]\\s*|\\s+(?:lub|albo|or)\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** Separators of several e-mail addresses in one cell (an address holds no space). */
    private static final java.util.regex.Pattern SEVERAL_EMAILS = java.util.regex.Pattern.compile(
            "\\s*:::\\s*|\\s*[,;|/]\\s*|\\s+(?:lub|albo|or)\\s+|\\s+", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Receives the outcome of every row, in file order (e.g. to keep the ids of created parties).
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    @FunctionalInterface
    public interface RowListener {
        /**
         * Called once per row.
         *
         * @param line the line the row starts on
         * @param outcome what became of it
         * @param party the party created or updated (in a dry run: the id it would have, or the party it would
         *     update); empty for rows held or rejected
         */
        void onRow(long line, RowOutcome outcome, Optional<PartyId> party);
    }

    /**
     * Finds stored parties a new row may duplicate without sharing an identifier with them (similar names and
     * addresses): a fuzzy matcher plugs in here.
     *
     * @since 0.1
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1")
    @FunctionalInterface
    public interface DuplicateCheck {
        /**
         * Looks for likely duplicates.
         *
         * @param candidate the row as a party, standardised, not stored
         * @return the stored parties it likely duplicates; empty if none
         */
        List<PartyId> possibleDuplicatesOf(Party candidate);

        /**
         * The fuzzy check of a duplicate index of the registry: a row that scores {@code MATCH} or
         * {@code POSSIBLE_MATCH} against stored parties (similar names, birth date, address…) is held for review. A
         * {@link dev.kartoteka.core.duplicate.LiveDuplicateIndex} following the registry the import writes to also
         * sees the parties created by earlier rows of the same file; a
         * {@link dev.kartoteka.core.duplicate.DuplicateIndex} is a snapshot and does not.
         *
         * @param index the index
         * @return the check
         */
        static DuplicateCheck of(dev.kartoteka.core.duplicate.DuplicateLookup index) {
            Objects.requireNonNull(index, "index");
            return candidate -> index.findDuplicates(candidate).stream()
                    .map(dev.kartoteka.core.duplicate.MatchResult::right).toList();
        }
    }

    private final ClientRegistry registry;
    private Standardizer standardizer = Standardizer.defaults();
    private boolean dryRun;
    private Progress progress = Progress.NONE;
    private @Nullable Charset charset;
    private @Nullable Character delimiter;
    private RowListener listener = (line, outcome, party) -> { };
    private @Nullable Appendable rejectedRows;
    private DuplicateCheck duplicateCheck = candidate -> List.of();
    private DuplicateDetector matchRules = DuplicateDetector.defaults();
    /** The country of the rows that state none. */
    private String defaultCountry = "PL";
    /** Explicit mappings by the header's matching key: a {@link CsvColumn} or a custom field's key. */
    private final Map<String, Mapping> mappings = new LinkedHashMap<>();

    /** A header mapped explicitly, as given, to a column or (with {@code column} null) a custom field. */
    private record Mapping(String header, @Nullable CsvColumn column, @Nullable String customField) {
    }

    /** The type every cell is read as before a custom field's type converts it. */
    private static final FieldDefinition CELL_TEXT = FieldDefinition.builder("cell", FieldType.TEXT).build();

    private CsvImport(ClientRegistry registry) {
        this.registry = registry;
    }

    /**
     * Starts configuring an import.
     *
     * @param registry where rows are created and matched (its access policy and actor apply)
     * @return the import, with the defaults: writing, detected encoding and delimiter, {@link Standardizer#defaults()}
     */
    public static CsvImport into(ClientRegistry registry) {
        return new CsvImport(Objects.requireNonNull(registry, "registry"));
    }

    /**
     * A dry run reads and matches every row as a real run would, rows matching the parties earlier rows would have
     * created or updated, and validates what it would write, but writes nothing; it keeps those parties in memory
     * (a real run keeps nothing but the report). One difference remains: a unique custom-field value an earlier row
     * would take from a stored party (renumbering it) is still that party's to the registry's validation, so a later
     * row reusing it is rejected in a dry run and created in a real one.
     *
     * @param value whether to report the outcomes without writing anything (default {@code false})
     * @return this import
     */
    public CsvImport dryRun(boolean value) {
        dryRun = value;
        return this;
    }

    /**
     * @param value reads the rows' values (default {@link Standardizer#defaults()}: phones without a country code are
     *     Polish)
     * @return this import
     */
    public CsvImport standardizer(Standardizer value) {
        standardizer = Objects.requireNonNull(value, "standardizer");
        return this;
    }

    /**
     * @param value called every 1,000 rows and at the end: rows done, created or updated, rejected
     * @return this import
     */
    public CsvImport progress(Progress value) {
        progress = Objects.requireNonNull(value, "progress");
        return this;
    }

    /**
     * @param value the file's encoding, instead of detecting it
     * @return this import
     */
    public CsvImport charset(Charset value) {
        charset = Objects.requireNonNull(value, "charset");
        return this;
    }

    /**
     * @param value the delimiter, instead of detecting it
     * @return this import
     * @throws IllegalArgumentException if it is a quote, a line break or a letter or digit
     */
    public CsvImport delimiter(char value) {
        if (value == '"' || value == '\n' || value == '\r' || Character.isLetterOrDigit(value)) {
            throw new IllegalArgumentException("a delimiter cannot be a quote, a line break, a letter or a digit, was '"
                    + value + "'");
        }
        delimiter = value;
        return this;
    }

    /**
     * @param value receives every row's outcome
     * @return this import
     */
    public CsvImport onRow(RowListener value) {
        listener = Objects.requireNonNull(value, "listener");
        return this;
    }

    /**
     * Writes every rejected row there as CSV, with the file's header and delimiter and two more columns: the line and
     * the reasons (the row's own values are written as they were: the file is as private as the input).
     *
     * @param value where to write; flushed, not closed
     * @return this import
     */
    public CsvImport rejectedRowsTo(Appendable value) {
        rejectedRows = Objects.requireNonNull(value, "rejectedRows");
        return this;
    }

    /**
     * Reads the column under a header as a {@link CsvColumn}, whatever the header would be recognised as
     * ({@code column("Tel. służbowy", CsvColumn.PHONE)}, {@code column("Nazwa", CsvColumn.SHORT_NAME)}). The header
     * is matched as recognised headers are: case-, diacritics- and punctuation-insensitively. A column recognised
     * under another header gives way to the mapped one, and its header is listed as not recognised. Mapping a header
     * again replaces the earlier mapping.
     *
     * @param header the header as the file writes it
     * @param column what the column holds
     * @return this import
     * @throws IllegalArgumentException if the header has no letter or digit, or another header is mapped to the same
     *     column
     */
    public CsvImport column(String header, CsvColumn column) {
        Objects.requireNonNull(column, "column");
        String key = headerKey(header);
        for (Mapping m : mappings.values()) {
            if (column == m.column() && !headerKey(m.header()).equals(key)) {
                throw new IllegalArgumentException("column " + column + " is mapped from '" + m.header()
                        + "' already; cannot map '" + header + "' to it too");
            }
        }
        mappings.put(key, new Mapping(header, column, null));
        return this;
    }

    /**
     * Reads the column under a header into a custom field of the registry's {@linkplain ClientRegistry#schema()
     * schema} ({@code customField("Nr klienta", "erp_number")}). Each cell is converted by the field's type — a whole
     * number, a decimal with {@code ,} or {@code .}, a date {@code 2024-03-12}, {@code tak}/{@code nie},
     * {@code true}/{@code false}, a choice's option code, several codes separated by commas… — and checked against
     * the field's constraints when the row is written; a cell that does not convert or fit rejects its row, naming
     * the column, the masked value and what was expected. An empty cell sets nothing; a cell's leading and trailing
     * spaces and line breaks are dropped, as every cell's are. A field the schema makes
     * {@linkplain FieldDefinition#unique() unique} names one party, as NIP or PESEL do: a row whose value a stored
     * party (or an earlier row) holds updates that party, and a row that matches a party on another identifier,
     * e-mail or phone but carries another value is held for review; a holder the importing actor may not read is not
     * found, and the registry's uniqueness check rejects the row. A row that updates a stored party writes its values
     * over the stored ones (the old values stay in the audit trail).
     *
     * @param header the header as the file writes it
     * @param fieldKey the custom field's key
     * @return this import
     * @throws IllegalArgumentException if the header has no letter or digit, or another header is mapped to the same
     *     field
     * @throws ValidationException if the key is not a valid field key (lower-case letters, digits and underscores)
     */
    public CsvImport customField(String header, String fieldKey) {
        String key = FieldKey.of(Objects.requireNonNull(fieldKey, "fieldKey")).value();
        String headerKey = headerKey(header);
        for (Mapping m : mappings.values()) {
            if (key.equals(m.customField()) && !headerKey(m.header()).equals(headerKey)) {
                throw new IllegalArgumentException("custom field " + key + " is mapped from '" + m.header()
                        + "' already; cannot map '" + header + "' to it too");
            }
        }
        mappings.put(headerKey, new Mapping(header, null, key));
        return this;
    }

    private static String headerKey(String header) {
        Objects.requireNonNull(header, "header");
        String key = CsvColumn.headerKey(header);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a header to map needs a letter or digit, was '" + header + "'");
        }
        return key;
    }

    /**
     * The country of the rows that state none: their addresses are in it, a whole address in one cell is read as it
     * writes addresses, and their phones without a country code are read there — {@code "DE"} for a German branch's
     * export without a country column. A British postcode still places its address in Britain and a Polish one with
     * its dash ({@code 00-950}, in its column or in a whole address's cell) in Poland, a whole address naming its
     * country is read there, and a row without an address that holds a Polish NIP, REGON, KRS or PESEL still reads its
     * phones in Poland.
     *
     * @param value the country's ISO 3166-1 alpha-2 code (default {@code "PL"})
     * @return this import
     * @throws IllegalArgumentException if {@code value} is no country's two-letter code
     * @since 0.1
     */
    public CsvImport defaultCountry(String value) {
        Objects.requireNonNull(value, "defaultCountry");
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!java.util.Set.of(Locale.getISOCountries()).contains(code)) {
            throw new IllegalArgumentException("defaultCountry: a country's ISO 3166-1 alpha-2 code (PL, DE, GB…), "
                    + "was '" + value + "'");
        }
        defaultCountry = code;
        return this;
    }

    /**
     * @param value finds likely duplicates of rows that match no stored party exactly (default: none)
     * @return this import
     */
    public CsvImport duplicateCheck(DuplicateCheck value) {
        duplicateCheck = Objects.requireNonNull(value, "duplicateCheck");
        return this;
    }

    /**
     * The rules that decide whether a row sharing an e-mail or phone — but no identifier nor unique custom field —
     * with one stored party is that party: e-mails and phones are shared by a household's members and a group's
     * companies, so the shared value alone does not name a party. The row and the party are
     * {@linkplain DuplicateDetector#compare compared}: {@code MATCH} updates the party, {@code POSSIBLE_MATCH} holds
     * the row for review, {@code NO_MATCH} treats the row as matching nothing (another client who shares the value:
     * created, unless the {@link #duplicateCheck duplicate check} finds it likely a duplicate).
     *
     * @param value the rules (default: {@link DuplicateDetector#defaults()}; pass the detector of the
     *     {@link #duplicateCheck duplicate check}'s index to judge both by one set of rules)
     * @return this import
     * @since 0.1
     */
    public CsvImport matchRules(DuplicateDetector value) {
        matchRules = Objects.requireNonNull(value, "matchRules");
        return this;
    }

    /**
     * Imports a file.
     *
     * @param file the CSV file
     * @return what became of every row
     * @throws ImportException if the file cannot be read or its header names no known column, lacks a mapped
     *     header or maps one to a custom field the schema does not define
     */
    public ImportReport run(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return run(in);
        } catch (IOException e) {
            throw new ImportException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Imports CSV from a stream (not closed).
     *
     * @param input the bytes
     * @return what became of every row
     * @throws ImportException if the stream cannot be read or its header names no known column, lacks a mapped
     *     header or maps one to a custom field the schema does not define
     */
    public ImportReport run(InputStream input) {
        Objects.requireNonNull(input, "input");
        try {
            BufferedInputStream in = new BufferedInputStream(input, PREFIX);
            in.mark(PREFIX);
            byte[] prefix = in.readNBytes(PREFIX);
            in.reset();
            Encodings.Detected detected = charset != null ? new Encodings.Detected(charset,
                    startsWithBom(prefix) && charset.name().equals("UTF-8") ? 3 : 0)
                    : Encodings.detect(prefix, prefix.length);
            in.skipNBytes(detected.bom());
            String head = new String(prefix, detected.bom(), prefix.length - detected.bom(), detected.charset());
            char d = delimiter != null ? delimiter : detectDelimiter(head);
            Reader reader = new InputStreamReader(in, detected.charset());
            return new Run(detected.charset(), d).read(reader);
        } catch (IOException e) {
            throw new ImportException("cannot read the CSV input: " + e.getMessage(), e);
        }
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /**
     * Tells the delimiter a CSV text is written with, as the import does when none is set: the most frequent of
     * {@code ;}, {@code ,} and tab in its first line, outside quotes; {@code ;} on a tie or none, as Polish spreadsheets
     * write.
     *
     * @param text the text, or its beginning with the whole header line
     * @return {@code ';'}, {@code ','} or {@code '\t'}
     */
    public static char detectDelimiter(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> { }
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }

    /** One run over one file. */
    private final class Run {
        private final Charset charset;
        private final char delimiter;
        private final Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
        private final List<ImportReport.Rejection> rejections = new ArrayList<>();
        private final List<ImportReport.PossibleDuplicate> held = new ArrayList<>();
        /** In a dry run: the identifiers of the rows that would have been created, and their would-be ids. */
        private final Map<String, List<PartyId>> wouldCreate = new HashMap<>();
        /** In a dry run: the unique custom-field values the rows that would have been written take, and their ids. */
        private final Map<String, PartyId> wouldTake = new HashMap<>();
        /**
         * In a dry run: the parties as the rows so far would have left them (created or updated), by id — whole,
         * since a later row is merged with them as a real run merges it with the stored party.
         */
        private final Map<PartyId, Party> wouldBe = new HashMap<>();
        private final Map<CsvColumn, Integer> index = new EnumMap<>(CsvColumn.class);
        private final Map<CsvColumn, String> headers = new EnumMap<>(CsvColumn.class);
        /** The columns mapped by {@link CsvImport#column}: a recognised header of one of them gives way. */
        private final Set<CsvColumn> explicit = java.util.EnumSet.noneOf(CsvColumn.class);
        /** Further columns of a kind a party holds several of ("Telefon", "Tel. kom."): position and header. */
        private final Map<CsvColumn, List<Map.Entry<Integer, String>>> further = new EnumMap<>(CsvColumn.class);
        /** The row being read: the cells of its {@link #further} columns, each with its header. */
        private Map<CsvColumn, List<Map.Entry<String, String>>> furtherCells = Map.of();
        /**
         * Further groups of address columns after the first ({@code "Home Street"}, {@code "Home City"} after the
         * business address's): each column's position and header, grouped as {@link #addressGroup} names them.
         */
        private final List<Map<CsvColumn, Map.Entry<Integer, String>>> addressGroups = new ArrayList<>();
        /**
         * Further columns of a kind a party holds one of, under another header ({@code "Organization - Name"} after
         * {@code "Person - Organization"}): read, the first that holds a value, where the first column is empty.
         */
        private final Map<CsvColumn, List<Map.Entry<Integer, String>>> fallbacks = new EnumMap<>(CsvColumn.class);
        /**
         * The positions of the second address lines ({@code "Address Line 2"}, {@code "billing_address_2"}), each read
         * as its group's flat ({@link CsvImport#withSecondLine}).
         */
        private final Set<Integer> secondLines = new java.util.HashSet<>();
        /** The second address lines some row held other text than a flat in (not read): told ignored too. */
        private final Set<String> notRead = new java.util.LinkedHashSet<>();
        /** The row being read: the headers of the columns whose value came from a {@link #fallbacks fallback}. */
        private Map<CsvColumn, String> fallbackHeaders = Map.of();
        /** The row being read: the values of its further address groups that hold any, with their headers. */
        private List<Map<CsvColumn, Map.Entry<String, String>>> groupCells = List.of();
        /** Custom fields mapped explicitly: the field, its position and its header in the file. */
        private final List<CustomColumn> customColumns = new ArrayList<>();
        private @Nullable CSVPrinter rejectedPrinter;
        /**
         * Whether the birth dates with slashes are written month first: the birth-date column's header says so
         * ({@code "Birthdate (MM/DD/YYYY)"}), or among the first {@link #LOOK_AHEAD} rows some have a second number
         * above 12 and none a first one ({@code 3/25/1985}).
         */
        private boolean monthFirst;
        /** Whether the row being read names its company by its contact person, having no company name. */
        private boolean namedByContact;
        /** The order of the whole-name column's names, from its header (read once). */
        private PersonName.@Nullable Order fullNameOrder;

        Run(Charset charset, char delimiter) {
            this.charset = charset;
            this.delimiter = delimiter;
        }

        ImportReport read(Reader reader) throws IOException {
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"')
                    .setIgnoreEmptyLines(true).setRecordSeparator("\r\n").build();
            List<String> ignored = new ArrayList<>();
            long done = 0;
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    throw new ImportException("the CSV input is empty: expected a header row", null);
                }
                CSVRecord header = records.next();
                List<String> names = header.toList();
                mapHeaders(names, ignored);
                if (!index.containsKey(CsvColumn.COMPANY_NAME) && !index.containsKey(CsvColumn.FAMILY_NAME)
                        && !index.containsKey(CsvColumn.GIVEN_NAMES) && !index.containsKey(CsvColumn.FULL_NAME)) {
                    throw new ImportException("the header names no company name and no person's name column ("
                            + "recognised: " + headers.values() + ", not recognised: " + ignored.stream()
                            .map(Mask::mask).toList() + ")", null);
                }
                if (rejectedRows != null) {
                    List<String> out = new ArrayList<>(names);
                    out.add("line");
                    out.add("reasons");
                    rejectedPrinter = new CSVPrinter(rejectedRows, format);
                    rejectedPrinter.printRecord(out);
                }
                long line = parser.getCurrentLineNumber() + 1;
                // the first rows are read ahead (a bounded number) to learn how the file writes its dates
                List<Map.Entry<Long, CSVRecord>> ahead = new ArrayList<>();
                boolean unreadable = false;
                while (ahead.size() < (index.containsKey(CsvColumn.BIRTH_DATE) ? LOOK_AHEAD : 0)) {
                    try {
                        if (!records.hasNext()) {
                            break;
                        }
                        ahead.add(Map.entry(line, records.next()));
                    } catch (UncheckedIOException e) {
                        unreadable = true;
                        break;
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
                monthFirst = monthFirst(ahead);
                Iterator<Map.Entry<Long, CSVRecord>> buffered = ahead.iterator();
                while (true) {
                    CSVRecord record;
                    long at;
                    boolean fromParser = !buffered.hasNext();
                    if (!fromParser) {
                        Map.Entry<Long, CSVRecord> next = buffered.next();
                        at = next.getKey();
                        record = next.getValue();
                    } else {
                        try {
                            if (unreadable || !records.hasNext()) {
                                if (unreadable) {
                                    unreadableRest(line);
                                    done++;
                                }
                                break;
                            }
                            record = records.next();
                        } catch (UncheckedIOException e) {
                            unreadableRest(line);
                            done++;
                            break;
                        }
                        at = line;
                    }
                    row(at, record, names.size());
                    done++;
                    if (fromParser) {
                        // the buffered rows leave the line where the look-ahead stopped: the next record's first
                        line = parser.getCurrentLineNumber() + 1;
                    }
                    if (done % PROGRESS_EVERY == 0) {
                        progress.update(done, succeeded(), counts.getOrDefault(RowOutcome.REJECTED, 0L));
                    }
                }
            }
            progress.update(done, succeeded(), counts.getOrDefault(RowOutcome.REJECTED, 0L));
            if (rejectedPrinter != null) {
                rejectedPrinter.flush();
            }
            Map<String, String> customHeaders = new LinkedHashMap<>();
            customColumns.forEach(c -> customHeaders.put(c.header(), c.field().key().value()));
            Map<CsvColumn, String> columns = new EnumMap<>(headers);
            // with the further headers of a column: its several phones, a column read once, further addresses
            java.util.function.BiConsumer<CsvColumn, Map.Entry<Integer, String>> also = (column, cell) ->
                    columns.merge(column, cell.getValue(), (a, b) -> a + ", " + b);
            further.forEach((column, cells) -> cells.forEach(cell -> also.accept(column, cell)));
            fallbacks.forEach((column, cells) -> cells.forEach(cell -> also.accept(column, cell)));
            addressGroups.forEach(group -> group.forEach(also));
            notRead.stream().filter(h -> !ignored.contains(h)).forEach(ignored::add);
            ImportReport report = new ImportReport(charset, delimiter, columns, customHeaders, ignored, dryRun, counts,
                    rejections, held);
            LOG.debug("Imported CSV: {}", report);
            return report;
        }

        /** Places the explicitly mapped headers first, then recognises the others; unknown ones are ignored. */
        private void mapHeaders(List<String> names, List<String> ignored) {
            CustomFieldSchema schema = mappings.values().stream().anyMatch(m -> m.customField() != null)
                    ? registry.schema() : CustomFieldSchema.empty();
            Map<String, Mapping> unmatched = new LinkedHashMap<>(mappings);
            boolean[] mapped = new boolean[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                String key = CsvColumn.headerKey(name);
                Mapping m = key.isEmpty() ? null : unmatched.remove(key);
                if (m == null) {
                    continue;
                }
                mapped[i] = true;
                if (m.column() != null) {
                    index.put(m.column(), i);
                    headers.put(m.column(), name);
                    explicit.add(m.column());
                } else {
                    FieldDefinition field = schema.field(m.customField()).orElseThrow(() -> new ImportException(
                            "column '" + name + "' is mapped to the custom field " + m.customField() + ", which the "
                                    + "registry's schema does not define (version " + schema.version() + ")", null));
                    customColumns.add(new CustomColumn(field, i, name));
                }
            }
            if (!unmatched.isEmpty()) {
                throw new ImportException("the header has no column " + unmatched.values().stream()
                        .map(m -> "'" + m.header() + "'").toList() + " mapped for this import (it has "
                        + names.size() + " columns)", null);
            }
            Map<String, List<AddressCell>> byGroup = new LinkedHashMap<>();
            // a mailing list's guess of where its subscriber opened the mail (Mailchimp's LATITUDE, LONGITUDE, CC,
            // REGION): its region is no address's
            boolean geolocated = names.stream().map(String::strip)
                    .filter(n -> n.equals("LATITUDE") || n.equals("LONGITUDE")).count() == 2;
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                if (mapped[i]) {
                    continue;
                }
                Optional<CsvColumn> c = CsvColumn.recognise(name)
                        .filter(col -> !(geolocated && col == CsvColumn.REGION
                                && name.equals("REGION")));
                if (c.isEmpty() && SECOND_LINE.matcher(Standardizer.matchingKey(name)).matches()
                        && !explicit.contains(CsvColumn.UNIT)) {
                    // a second address line ("Address Line 2", "billing_address_2"): its group's flat, where it
                    // holds one
                    byGroup.computeIfAbsent(addressGroup(name), k -> new ArrayList<>())
                            .add(new AddressCell(CsvColumn.UNIT, i, name));
                    secondLines.add(i);
                } else if (c.isPresent() && ADDRESS.contains(c.get()) && !explicit.contains(c.get())) {
                    // an address's column, of the group its header names ("Home Street": home): grouped below
                    byGroup.computeIfAbsent(addressGroup(name), k -> new ArrayList<>())
                            .add(new AddressCell(c.get(), i, name));
                } else if (c.isPresent() && !index.containsKey(c.get())) {
                    index.put(c.get(), i);
                    headers.put(c.get(), name);
                } else if (c.isPresent() && SEVERAL.contains(c.get()) && !explicit.contains(c.get())) {
                    // a party has several phones, e-mails, tags: "Telefon" and "Tel. kom." are both read
                    further.computeIfAbsent(c.get(), k -> new ArrayList<>()).add(Map.entry(i, name));
                } else if (c.isPresent() && !explicit.contains(c.get())) {
                    // another header of a column read once: its value where the first's is empty
                    fallbacks.computeIfAbsent(c.get(), k -> new ArrayList<>()).add(Map.entry(i, name));
                } else if (!name.isEmpty()) {
                    ignored.add(name);
                }
            }
            groupAddresses(byGroup, ignored);
            String company = headers.get(CsvColumn.COMPANY_NAME);
            if (company != null && !explicit.contains(CsvColumn.COMPANY_NAME) && !index.containsKey(CsvColumn.FULL_NAME)
                    && Standardizer.matchingKey(company).equals("name")
                    && (index.containsKey(CsvColumn.GIVEN_NAMES) || index.containsKey(CsvColumn.FAMILY_NAME)
                    || fallbacks.containsKey(CsvColumn.COMPANY_NAME))) {
                // a bare "Name" beside "Given Name" and "Family Name" (Google Contacts), or beside a company's column
                // ("Name", "Company"): the person's whole name; a company's name, if any, under its own header
                // ("Organization 1 - Name", "Company")
                index.put(CsvColumn.FULL_NAME, index.remove(CsvColumn.COMPANY_NAME));
                headers.put(CsvColumn.FULL_NAME, headers.remove(CsvColumn.COMPANY_NAME));
                List<Map.Entry<Integer, String>> others = fallbacks.remove(CsvColumn.COMPANY_NAME);
                if (others != null) {
                    index.put(CsvColumn.COMPANY_NAME, others.get(0).getKey());
                    headers.put(CsvColumn.COMPANY_NAME, others.get(0).getValue());
                    if (others.size() > 1) {
                        fallbacks.put(CsvColumn.COMPANY_NAME, new ArrayList<>(others.subList(1, others.size())));
                    }
                }
            }
        }

        /**
         * The address columns, grouped by the address their headers name: the first group with a street or city is
         * the row's address (its columns read as any column), each further one an address of its own; a group
         * without a street or city ({@code "Country"} or {@code "Postal Code"} beside {@code "Billing Street"},
         * {@code "Billing City"}) gives the first what it lacks. A column repeated within a group is read where the
         * first is empty.
         */
        private void groupAddresses(Map<String, List<AddressCell>> byGroup, List<String> ignored) {
            boolean first = true;
            List<AddressCell> partial = new ArrayList<>();
            // a flat column of no group ("Flat" beside "Home Street", "Home Street 2"): the first address's, read
            // before a second line of it
            boolean flatApart = byGroup.values().stream().filter(cells -> cells.stream().noneMatch(a ->
                    a.column() == CsvColumn.STREET || a.column() == CsvColumn.CITY)).flatMap(List::stream)
                    .anyMatch(a -> a.column() == CsvColumn.UNIT && !secondLines.contains(a.position()));
            for (List<AddressCell> cells : byGroup.values()) {
                boolean address = cells.stream().anyMatch(a -> a.column() == CsvColumn.STREET
                        || a.column() == CsvColumn.CITY);
                if (!address) {
                    partial.addAll(cells);
                    continue;
                }
                // a group's whole address in one cell ("Organization - Address") beside its parts
                // ("Organization - Address - Street/road name", "… - City"): the parts are read, it is told ignored
                boolean parts = cells.stream().anyMatch(a -> a.column() != CsvColumn.STREET
                        && a.column() != CsvColumn.COUNTRY)
                        && cells.stream().filter(a -> a.column() == CsvColumn.STREET).count() > 1;
                Map<CsvColumn, Map.Entry<Integer, String>> group = new EnumMap<>(CsvColumn.class);
                // a second line after the group's flat column, if it has one: then it is not read
                cells = cells.stream().sorted(java.util.Comparator.comparing(a -> secondLines.contains(a.position())))
                        .toList();
                for (AddressCell a : cells) {
                    if (secondLines.contains(a.position()) && (first ? index.containsKey(CsvColumn.UNIT) || flatApart
                            : group.containsKey(CsvColumn.UNIT))) {
                        ignored.add(a.header());
                        secondLines.remove(a.position());
                        continue;
                    }
                    boolean whole = parts && a.column() == CsvColumn.STREET && WHOLE_ADDRESS.contains(
                            Standardizer.matchingKey(a.header().substring(a.header().lastIndexOf(" - ") + 1)));
                    if (whole) {
                        ignored.add(a.header());
                    } else if (first && !index.containsKey(a.column())) {
                        index.put(a.column(), a.position());
                        headers.put(a.column(), a.header());
                    } else if (!first && !group.containsKey(a.column())) {
                        group.put(a.column(), Map.entry(a.position(), a.header()));
                    } else if (first) {
                        fallbacks.computeIfAbsent(a.column(), k -> new ArrayList<>())
                                .add(Map.entry(a.position(), a.header()));
                    } else {
                        ignored.add(a.header()); // the same part twice in a further address: not guessed
                    }
                }
                if (!first) {
                    addressGroups.add(group);
                }
                first = false;
            }
            for (AddressCell a : partial) {
                if (secondLines.contains(a.position())) {
                    ignored.add(a.header()); // a second line without its first: not read
                    secondLines.remove(a.position());
                } else if (!index.containsKey(a.column())) {
                    index.put(a.column(), a.position());
                    headers.put(a.column(), a.header());
                } else {
                    ignored.add(a.header());
                }
            }
        }

        private void unreadableRest(long line) throws IOException {
            reject(line, List.of(problem(line, null, null, "the rest of the file cannot be read as CSV (an "
                    + "unterminated quoted field?); nothing after this line was imported")), List.of());
        }

        /**
         * Whether the birth dates with slashes are written month first (see {@link #monthFirst}): the header's hint,
         * else the rows read ahead — only where they tell it plainly, no row reading as a day first.
         */
        private boolean monthFirst(List<Map.Entry<Long, CSVRecord>> ahead) {
            Integer column = index.get(CsvColumn.BIRTH_DATE);
            if (column == null) {
                return false;
            }
            java.util.regex.Matcher hint = DATE_ORDER_HINT.matcher(headers.get(CsvColumn.BIRTH_DATE));
            if (hint.find()) {
                return Character.toLowerCase(hint.group(1).charAt(0)) == 'm'; // "Birthdate (MM/DD/YYYY)"
            }
            boolean monthAbove12 = false;
            boolean withYear = false;
            boolean withoutYear = false;
            for (Map.Entry<Long, CSVRecord> e : ahead) {
                CSVRecord r = e.getValue();
                String text = column < r.size() ? AFTER_DATE.matcher(r.get(column).strip()).replaceFirst("") : "";
                java.util.regex.Matcher m = SLASHES.matcher(text);
                boolean full = m.matches();
                if (full || (m = NO_YEAR_SLASHED.matcher(text)).matches()) {
                    if (Integer.parseInt(m.group(1)) > 12) {
                        return false; // a day first: 25/03/1985
                    }
                    monthAbove12 |= Integer.parseInt(m.group(2)) > 12;
                    withYear |= full;
                    withoutYear |= !full;
                }
            }
            // slashed birthdays without a year that tell nothing ("03/05"): month first, as Mailchimp writes them
            return monthAbove12 || !withYear && withoutYear;
        }

        /**
         * A birthday without its year, as contact managers and mailing lists keep it: {@code --02-14} (vCard, Google),
         * {@code 02/14} (Mailchimp; month first or day first as the file's slashed dates are), {@code 14.02}; no value
         * for any other text, or a day that no year has ({@code --13-45}, which the date reading then rejects).
         */
        private Optional<dev.kartoteka.core.party.ImportantDate> birthdayWithoutYear(String text) {
            int month;
            int day;
            java.util.regex.Matcher m;
            if ((m = NO_YEAR.matcher(text)).matches()) {
                month = Integer.parseInt(m.group(1));
                day = Integer.parseInt(m.group(2));
            } else if ((m = NO_YEAR_SLASHED.matcher(text)).matches()) {
                month = Integer.parseInt(m.group(monthFirst ? 1 : 2));
                day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
            } else if ((m = NO_YEAR_DOTTED.matcher(text)).matches()) {
                month = Integer.parseInt(m.group(2));
                day = Integer.parseInt(m.group(1));
            } else {
                return Optional.empty();
            }
            try {
                return Optional.of(new dev.kartoteka.core.party.ImportantDate(
                        dev.kartoteka.core.party.ImportantDateKind.BIRTHDAY, java.time.MonthDay.of(month, day),
                        Optional.empty(), Optional.empty()));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }

        private long succeeded() {
            return counts.getOrDefault(RowOutcome.CREATED, 0L) + counts.getOrDefault(RowOutcome.UPDATED, 0L);
        }

        private void count(long line, RowOutcome outcome, Optional<PartyId> party) {
            counts.merge(outcome, 1L, Long::sum);
            listener.onRow(line, outcome, party);
        }

        private void reject(long line, List<ImportReport.Rejection> problems, List<String> values) throws IOException {
            rejections.addAll(problems);
            count(line, RowOutcome.REJECTED, Optional.empty());
            if (rejectedPrinter != null) {
                List<String> out = new ArrayList<>(values);
                out.add(Long.toString(line));
                out.add(String.join("; ", problems.stream().map(p -> (p.column().isEmpty() ? "" : p.column() + ": ")
                        + p.reason()).toList()));
                rejectedPrinter.printRecord(out);
            }
        }

        /**
         * The row's value at {@code position}, stripped, without the apostrophe a spreadsheet or a shop's export puts
         * before a number to keep it text ({@code '+48501234567}, {@code '02-254}); empty where the row is shorter.
         */
        private static String cell(List<String> values, int position) {
            if (position >= values.size()) {
                return "";
            }
            String value = values.get(position).strip();
            return value.length() > 1 && value.charAt(0) == '\'' && TEXT_MARKED.matcher(value).matches()
                    ? value.substring(1).strip() : value;
        }

        /** A problem with the cell under {@code header}. */
        private static ImportReport.Rejection problemUnder(long line, @Nullable String header,
                                                           @Nullable String value, String reason) {
            return new ImportReport.Rejection(line, header == null ? "" : header, value == null ? "" : Mask.mask(value),
                    reason);
        }

        private ImportReport.Rejection problem(long line, @Nullable CsvColumn column, @Nullable String value,
                                               String reason) {
            return problemUnder(line, column == null ? null : fallbackHeaders.getOrDefault(column,
                    headers.getOrDefault(column, column.header())), value, reason);
        }

        // -------------------------------------------------------------------------------------------- one row

        private void row(long line, CSVRecord record, int width) throws IOException {
            List<String> values = record.toList();
            if (values.size() > width) {
                reject(line, List.of(problem(line, null, null, "has " + values.size() + " values, the header "
                        + width)), values);
                return;
            }
            Map<CsvColumn, String> v = new EnumMap<>(CsvColumn.class);
            for (Map.Entry<CsvColumn, Integer> e : index.entrySet()) {
                String value = cell(values, e.getValue());
                if (!value.isEmpty()) {
                    v.put(e.getKey(), value);
                }
            }
            Integer unitAt = index.get(CsvColumn.UNIT);
            if (unitAt != null && secondLines.contains(unitAt) && v.containsKey(CsvColumn.UNIT)
                    && !secondLine(v, v.remove(CsvColumn.UNIT))) {
                notRead.add(headers.get(CsvColumn.UNIT));
            }
            fallbackHeaders = fallbacks.isEmpty() ? Map.of() : new EnumMap<>(CsvColumn.class);
            fallbacks.forEach((column, cells) -> {
                if (!v.containsKey(column)) {
                    for (Map.Entry<Integer, String> cell : cells) {
                        String value = cell(values, cell.getKey());
                        if (!value.isEmpty()) {
                            v.put(column, value);
                            fallbackHeaders.put(column, cell.getValue());
                            break;
                        }
                    }
                }
            });
            furtherCells = further.isEmpty() ? Map.of() : new EnumMap<>(CsvColumn.class);
            further.forEach((column, cells) -> cells.forEach(cell -> {
                String value = cell(values, cell.getKey());
                if (!value.isEmpty()) {
                    furtherCells.computeIfAbsent(column, k -> new ArrayList<>()).add(Map.entry(cell.getValue(), value));
                }
            }));
            groupCells = new ArrayList<>(0);
            for (Map<CsvColumn, Map.Entry<Integer, String>> group : addressGroups) {
                Map<CsvColumn, Map.Entry<String, String>> cells = new EnumMap<>(CsvColumn.class);
                group.forEach((column, cell) -> {
                    String value = cell(values, cell.getKey());
                    if (!value.isEmpty()) {
                        cells.put(column, Map.entry(cell.getValue(), value));
                    }
                });
                Map.Entry<Integer, String> unit = group.get(CsvColumn.UNIT);
                if (unit != null && secondLines.contains(unit.getKey()) && cells.containsKey(CsvColumn.UNIT)) {
                    String line2 = cells.remove(CsvColumn.UNIT).getValue();
                    Map<CsvColumn, String> parts = new EnumMap<>(CsvColumn.class);
                    cells.forEach((column, cell) -> parts.put(column, cell.getValue()));
                    if (!secondLine(parts, line2)) {
                        notRead.add(unit.getValue());
                    }
                    // the street it changed and the flat it added, under their headers
                    parts.forEach((column, value) -> cells.put(column, Map.entry(column == CsvColumn.UNIT
                            ? unit.getValue() : cells.get(column).getKey(), value)));
                }
                if (!cells.isEmpty()) {
                    groupCells.add(cells);
                }
            }
            Map<CustomColumn, String> custom = new LinkedHashMap<>();
            for (CustomColumn c : customColumns) {
                String value = cell(values, c.position());
                if (!value.isEmpty()) {
                    custom.put(c, value);
                }
            }
            if (v.isEmpty() && custom.isEmpty() && furtherCells.isEmpty() && groupCells.isEmpty()) {
                reject(line, List.of(problem(line, null, null, "holds no value in any recognised column")), values);
                return;
            }
            List<ImportReport.Rejection> problems = new ArrayList<>();
            v.forEach((c, value) -> {
                if (value.indexOf('\uFFFD') >= 0) {
                    problems.add(problem(line, c, null, "holds bytes that are not text in " + charset));
                }
            });
            java.util.stream.Stream.concat(furtherCells.values().stream().flatMap(List::stream),
                    groupCells.stream().flatMap(g -> g.values().stream())).forEach(cell -> {
                if (cell.getValue().indexOf('\uFFFD') >= 0) {
                    problems.add(new ImportReport.Rejection(line, cell.getKey(), "", "holds bytes that are not text in "
                            + charset));
                }
            });
            custom.forEach((c, value) -> {
                if (value.indexOf('\uFFFD') >= 0) {
                    problems.add(new ImportReport.Rejection(line, c.header(), "", "holds bytes that are not text in "
                            + charset));
                }
            });
            Parsed parsed = problems.isEmpty() ? parse(line, v, custom, problems) : null;
            if (!problems.isEmpty() || parsed == null) {
                reject(line, problems, values);
                return;
            }
            // stored as read: the registry's own standardizer (if it has one) writes it one way and audits the
            // values as entered; compared standardised, so a messy row still matches what is stored
            match(line, parsed.party(), standardizer.standardize(parsed.party()).get(), parsed, values);
        }

        /** The row as a new party, with the identifiers it is matched on; null (with problems) if unreadable. */
        private @Nullable Parsed parse(long line, Map<CsvColumn, String> v, Map<CustomColumn, String> custom,
                                       List<ImportReport.Rejection> problems) {
            // "no value" as some programs write it: Outlook's empty birthday "0/0/00", its sex "Unspecified"
            v.computeIfPresent(CsvColumn.BIRTH_DATE, (c, text) -> NO_DATE.matcher(text).matches() ? null : text);
            v.computeIfPresent(CsvColumn.SEX, (c, text) -> NO_SEX.contains(Standardizer.matchingKey(text)) ? null
                    : text);
            names(v);
            String middle = v.remove(CsvColumn.MIDDLE_NAME);
            if (middle != null) {
                // "Anna" and "Maria": given names "Anna Maria" (a middle name alone: the name the person goes by)
                v.merge(CsvColumn.GIVEN_NAMES, middle, (given, m) -> given + " " + m);
            }
            namedByContact = false;
            PartyKind kind = kind(line, v, problems);
            if (kind == null) {
                return null;
            }
            String countryAsWritten = v.get(CsvColumn.COUNTRY);
            boolean address = v.containsKey(CsvColumn.STREET) || v.containsKey(CsvColumn.BUILDING)
                    || v.containsKey(CsvColumn.POSTAL_CODE) || v.containsKey(CsvColumn.CITY)
                    || groupCells.stream().anyMatch(g -> g.containsKey(CsvColumn.STREET)
                    || g.containsKey(CsvColumn.POSTAL_CODE) || g.containsKey(CsvColumn.CITY));
            if (countryAsWritten != null) {
                // "Polska", "Poland", "POL": the code the address holds, and phones are read in; a country without
                // an address is stored nowhere, so only an address's country must be readable
                Standardized<String> code = standardizer.country(countryAsWritten);
                if (code.value().isEmpty() && address) {
                    problems.add(problem(line, CsvColumn.COUNTRY, countryAsWritten, code.remarks().get(0).reason()));
                    return null;
                }
                if (code.value().isPresent()) {
                    v.put(CsvColumn.COUNTRY, code.get());
                } else {
                    v.remove(CsvColumn.COUNTRY);
                }
            }
            // the addresses first: their country is the one the row's phones are written in
            String rowCountry = v.get(CsvColumn.COUNTRY); // (a country a postcode implies is its address's alone)
            impliedCountry(v);
            int before = problems.size();
            Map<CsvColumn, String> mainHeaders = headers;
            if (!fallbackHeaders.isEmpty()) {
                mainHeaders = new EnumMap<>(headers); // a value read from a further header is named by it
                mainHeaders.putAll(fallbackHeaders);
            }
            Optional<PostalAddress> main = address(line, v, mainHeaders, problems);
            List<PostalAddress> addresses = new ArrayList<>(main.stream().toList());
            for (Map<CsvColumn, Map.Entry<String, String>> group : groupCells) {
                // a further address ("Home Street", "Home City"): in its own country, else the row's
                Map<CsvColumn, String> gv = new EnumMap<>(CsvColumn.class);
                Map<CsvColumn, String> gh = new EnumMap<>(CsvColumn.class);
                group.forEach((column, cell) -> {
                    gv.put(column, cell.getValue());
                    gh.put(column, cell.getKey());
                });
                String own = gv.get(CsvColumn.COUNTRY);
                if (own != null) {
                    Standardized<String> code = standardizer.country(own);
                    if (code.value().isEmpty()) {
                        problems.add(problemUnder(line, gh.get(CsvColumn.COUNTRY), own,
                                code.remarks().get(0).reason()));
                        continue;
                    }
                    gv.put(CsvColumn.COUNTRY, code.get());
                } else {
                    impliedCountry(gv);
                    if (!gv.containsKey(CsvColumn.COUNTRY) && rowCountry != null) {
                        gv.put(CsvColumn.COUNTRY, rowCountry);
                    }
                }
                Optional<PostalAddress> further = address(line, gv, gh, problems);
                if (further.isPresent() && addresses.stream().noneMatch(a -> Standardizer.sameAddress(a,
                        further.get()))) {
                    addresses.add(further.get());
                }
            }
            boolean addressFailed = problems.size() > before;
            List<Identifier> ids = new ArrayList<>();
            List<Email> emails = readAll(line, v, CsvColumn.EMAIL, standardizer::email, SEVERAL_EMAILS, problems);
            // the party's country: stated, else that of its address (Polish when no country is stated), else Poland
            // where a Polish identifier says the party is Polish (a NIP, REGON, KRS or PESEL); phones are read as
            // written there ("022 123 45 67" beside a Polish address), a row without any of these in the default
            // region as any number is
            String country = !addresses.isEmpty() ? addresses.get(0).country()
                    : v.getOrDefault(CsvColumn.COUNTRY, address ? defaultCountry : polishIdentifier(v) ? "PL"
                    : defaultCountry.equals("PL") ? null : defaultCountry);
            List<PhoneNumber> phones = readAll(line, v, CsvColumn.PHONE, country == null ? standardizer::phone
                    : text -> standardizer.phone(text, country), SEVERAL_PHONES, problems);
            // a birthday without its year, as contact managers keep it ("--02-14"): an important date, not a birth date
            Optional<dev.kartoteka.core.party.ImportantDate> birthday = Optional.ofNullable(v.get(CsvColumn.BIRTH_DATE))
                    .flatMap(this::birthdayWithoutYear);
            Optional<LocalDate> birthDate = Optional.ofNullable(v.get(CsvColumn.BIRTH_DATE))
                    .filter(text -> birthday.isEmpty()).flatMap(text -> {
                Optional<LocalDate> date = date(text, monthFirst);
                if (date.isEmpty()) {
                    problems.add(problem(line, CsvColumn.BIRTH_DATE, text, "a date with a four-digit year: "
                            + "1985-03-12, 12.03.1985, 12-03-1985, 12/03/1985, 1985.03.12, 19850312, 12 marca 1985, 12 III "
                            + "1985 or 12 March 1985; a birthday without its year: --03-12, 03/12, 12.03"));
                }
                return date;
            });
            Optional<Sex> sex = Optional.ofNullable(v.get(CsvColumn.SEX)).flatMap(text -> {
                Optional<Sex> read = sex(text);
                if (read.isEmpty()) {
                    problems.add(problem(line, CsvColumn.SEX, text, "K or F for a woman, M for a man (also kobieta, "
                            + "mężczyzna, female, male)"));
                }
                return read;
            });
            Party.Builder<?, ?> b;
            Person contact = null;
            if (kind == PartyKind.COMPANY) {
                if (!v.containsKey(CsvColumn.GIVEN_NAMES) && !v.containsKey(CsvColumn.FAMILY_NAME)
                        && v.containsKey(CsvColumn.FULL_NAME) && !ownAccount(v)) {
                    // the contact person's whole name in one cell ("Person - Name" beside "Organization - Name")
                    if (fullNameOrder == null) {
                        fullNameOrder = CsvColumn.nameOrder(headers.get(CsvColumn.FULL_NAME));
                    }
                    Optional<Map.Entry<CsvColumn, String>> one = oneWordName(v.get(CsvColumn.FULL_NAME));
                    Standardized<PersonName> split = one.isPresent() ? null
                            : standardizer.fullName(v.get(CsvColumn.FULL_NAME), fullNameOrder);
                    if (one.isPresent()) {
                        v.put(one.get().getKey(), one.get().getValue());
                    } else if (split.value().isEmpty()) {
                        problems.add(problem(line, CsvColumn.FULL_NAME, v.get(CsvColumn.FULL_NAME), "the company's "
                                + "contact person's name: " + split.remarks().get(0).reason()));
                    } else {
                        v.put(CsvColumn.GIVEN_NAMES, split.get().givenNames());
                        v.put(CsvColumn.FAMILY_NAME, split.get().familyName());
                    }
                }
                if (v.containsKey(CsvColumn.GIVEN_NAMES) || v.containsKey(CsvColumn.FAMILY_NAME)) {
                    // a person acting for the company ("Jan Kowalski" of "Biorol sp. z o.o."): its contact person
                    // the person's own values beside it are the contact person's: birth date, sex; one name
                    // alone is the contact person's as far as known ("Ania" of the front desk)
                    Person.Builder cp = Person.builder().givenNames(v.getOrDefault(CsvColumn.GIVEN_NAMES, ""))
                            .familyName(v.getOrDefault(CsvColumn.FAMILY_NAME, ""));
                    if (!v.containsKey(CsvColumn.PESEL)) {
                        birthDate.ifPresent(cp::birthDate);
                        sex.ifPresent(cp::sex);
                        birthday.ifPresent(cp::addImportantDate);
                        v.remove(CsvColumn.BIRTH_DATE);
                        v.remove(CsvColumn.SEX);
                    }
                    contact = cp.build();
                    for (Violation violation : registry.validate(contact)) {
                        problems.add(problem(line, violation.path().contains("given")
                                ? CsvColumn.GIVEN_NAMES : CsvColumn.FAMILY_NAME, null, "the company's contact "
                                + "person's name: " + violation.expected()));
                    }
                }
                Company.Builder c = Company.builder();
                c.legalName(v.get(CsvColumn.COMPANY_NAME));
                Optional.ofNullable(v.get(CsvColumn.SHORT_NAME)).ifPresent(c::shortName);
                Optional.ofNullable(v.get(CsvColumn.NIP)).ifPresent(text -> {
                    if (country != null && !text.strip().toUpperCase(Locale.ROOT).startsWith("PL")
                            && ForeignTaxNumber.isValid(country, text)) {
                        // a company in a country outside the EU: its number, though ten digits pass a NIP's checksum
                        // one time in eleven
                        ForeignTaxNumber foreign = ForeignTaxNumber.of(country, text);
                        c.foreignTaxNumber(foreign);
                        ids.add(foreign);
                        return;
                    }
                    Standardized<Nip> nip = standardizer.nip(text);
                    // a supplier abroad: its VAT number where Polish ones are kept ("DE811569869" under "NIP")
                    Optional<EuVatNumber> vat = nip.value().isPresent() ? Optional.empty() : foreignVat(text);
                    if (nip.value().isPresent()) {
                        c.nip(nip.get());
                        ids.add(nip.get());
                    } else if (vat.isPresent()) {
                        c.euVatNumber(vat.get());
                        ids.add(vat.get());
                    } else {
                        // a client outside the EU: its tax number under "NIP", its country in its prefix
                        // ("GB123456789") or the row's ("14360570" of a company in Ukraine)
                        Optional<ForeignTaxNumber> foreign = foreignTax(text, country);
                        if (foreign.isPresent()) {
                            c.foreignTaxNumber(foreign.get());
                            ids.add(foreign.get());
                        } else {
                            problems.add(problem(line, CsvColumn.NIP, text, foreignTaxExpected(text, country)
                                    .orElse(nip.remarks().get(0).reason())));
                        }
                    }
                });
                read(line, v, CsvColumn.REGON, standardizer::regon, problems).ifPresent(r -> {
                    c.regon(r);
                    ids.add(r);
                });
                Optional.ofNullable(v.get(CsvColumn.KRS)).ifPresent(text -> {
                    try {
                        Krs krs = Krs.parse(text);
                        c.krs(krs);
                        ids.add(krs);
                    } catch (ValidationException e) {
                        problems.add(problem(line, CsvColumn.KRS, text, "a KRS number of up to 10 digits"));
                    }
                });
                if (v.containsKey(CsvColumn.PESEL) || v.containsKey(CsvColumn.BIRTH_DATE)
                        || v.containsKey(CsvColumn.SEX)) {
                    problems.add(problem(line, v.containsKey(CsvColumn.PESEL) ? CsvColumn.PESEL
                            : v.containsKey(CsvColumn.BIRTH_DATE) ? CsvColumn.BIRTH_DATE : CsvColumn.SEX, null,
                            "is a person's value, and the row is a company"));
                }
                b = c;
            } else {
                Person.Builder p = Person.builder();
                String fullName = v.get(CsvColumn.FULL_NAME);
                CsvColumn nameColumn = CsvColumn.FULL_NAME;
                if (fullName == null && v.containsKey(CsvColumn.COMPANY_NAME)) {
                    // a person in an ERP's list of contractors, its kind said so: the whole name in the name column
                    // ("Nazwa": "Kowalski Jan"), its order as its words tell
                    fullName = v.get(CsvColumn.COMPANY_NAME);
                    nameColumn = CsvColumn.COMPANY_NAME;
                }
                boolean wholeOnly = fullName != null && !v.containsKey(CsvColumn.GIVEN_NAMES)
                        && !v.containsKey(CsvColumn.FAMILY_NAME);
                Optional<Map.Entry<CsvColumn, String>> one = wholeOnly ? oneWordName(fullName) : Optional.empty();
                if (one.isPresent()) {
                    v.put(one.get().getKey(), one.get().getValue()); // a person known by one name ("Anna")
                } else if (wholeOnly) {
                    // one cell holds the whole name: split in the order its header says, or its words say
                    if (fullNameOrder == null && nameColumn == CsvColumn.FULL_NAME) {
                        fullNameOrder = CsvColumn.nameOrder(headers.get(CsvColumn.FULL_NAME));
                    }
                    Standardized<PersonName> split = standardizer.fullName(fullName,
                            nameColumn == CsvColumn.FULL_NAME ? fullNameOrder : PersonName.Order.UNSTATED);
                    if (split.value().isEmpty() || !split.isClean() && !onlyGarbledLetters(fullName)) {
                        // no name, or digits and symbols in it ("Jan Kowalski 2"): where it divides is a guess; a
                        // letter a wrong encoding turned into '?' or a symbol ("Ma?gorzata", "MaĹ‚gorzata") is a
                        // letter still, and the name is kept as written, as a given-name column's would be
                        problems.add(problem(line, nameColumn, fullName, split.value().isEmpty()
                                ? split.remarks().get(0).reason() : "a given name and a family name, "
                                + split.remarks().get(0).reason()));
                        return null;
                    }
                    v.put(CsvColumn.GIVEN_NAMES, split.get().givenNames());
                    v.put(CsvColumn.FAMILY_NAME, split.get().familyName());
                }
                if (!v.containsKey(CsvColumn.GIVEN_NAMES) && !v.containsKey(CsvColumn.FAMILY_NAME)) {
                    problems.add(problem(line, CsvColumn.GIVEN_NAMES, null,
                            "a person needs given names or a family name"));
                    return null;
                }
                // one name alone is the person's as far as known ("Anna" on a newsletter, "Nowak" in a shop)
                p.givenNames(v.getOrDefault(CsvColumn.GIVEN_NAMES, ""))
                        .familyName(v.getOrDefault(CsvColumn.FAMILY_NAME, ""));
                birthDate.ifPresent(p::birthDate);
                birthday.ifPresent(p::addImportantDate);
                sex.ifPresent(p::sex);
                Optional.ofNullable(v.get(CsvColumn.PESEL)).ifPresent(text -> {
                    Standardized<Pesel> pesel = standardizer.pesel(text, birthDate, sex);
                    if (pesel.value().isEmpty()) {
                        problems.add(problem(line, CsvColumn.PESEL, text, pesel.remarks().get(0).reason()));
                    } else if (!pesel.isClean()) {
                        problems.add(problem(line, CsvColumn.PESEL, text, pesel.remarks().get(0).reason()));
                    } else {
                        p.pesel(pesel.get());
                        ids.add(pesel.get());
                    }
                });
                if (companyIdentifier(v)) {
                    problems.add(problem(line, v.containsKey(CsvColumn.NIP) ? CsvColumn.NIP
                            : v.containsKey(CsvColumn.REGON) ? CsvColumn.REGON : CsvColumn.KRS, null,
                            v.containsKey(CsvColumn.COMPANY_NAME) ? "is a company's identifier, and the row's kind "
                                    + "says it is a person (a company's row with its contact person's names is "
                                    + "imported as the company)"
                                    : "is a company's identifier, and the row is a person (fill in a company name)"));
                }
                b = p;
            }
            emails.forEach(e -> {
                b.addContactPoint(new EmailContact(e, ContactUsage.main()));
                ids.add(e);
            });
            phones.forEach(ph -> {
                b.addContactPoint(new PhoneContact(ph, ContactUsage.main()));
                ids.add(ph);
            });
            if (addressFailed) {
                return null;
            }
            addresses.forEach(b::addContactPoint);
            List<Map.Entry<String, String>> tagCells = new ArrayList<>();
            Optional.ofNullable(v.get(CsvColumn.TAGS)).ifPresent(t -> tagCells.add(Map.entry(headers.get(
                    CsvColumn.TAGS), t)));
            tagCells.addAll(furtherCells.getOrDefault(CsvColumn.TAGS, List.of()));
            for (Map.Entry<String, String> cell : tagCells) {
                for (String tag : cell.getValue().split(":::|[,;|]")) {
                    // (Google Contacts' own labels, "* myContacts", "* starred", are no tags of the client)
                    if (!tag.isBlank() && !tag.strip().startsWith("* ")) {
                        try {
                            b.tag(tag);
                        } catch (ValidationException e) {
                            problems.add(new ImportReport.Rejection(line, cell.getKey(), Mask.mask(tag),
                                    "tags of letters, digits, '-' and '_'"));
                        }
                    }
                }
            }
            custom.forEach((c, text) -> {
                Object cell = text;
                if (c.field().type() == FieldType.DATE) {
                    cell = date(text).<Object>map(d -> d).orElse(text); // 12.03.2024 as a spreadsheet writes it
                }
                CustomFieldSchema.Conversion converted = CustomFieldSchema.convert(cell, CELL_TEXT, c.field());
                if (converted.value().isPresent()) {
                    b.customField(c.field().key().value(), converted.value().get());
                } else {
                    problems.add(new ImportReport.Rejection(line, c.header(), Mask.mask(text),
                            (converted.reason().startsWith("not convertible") ? c.field().type().description()
                                    : converted.reason()) + " (custom field " + c.field().key().value() + ")"));
                }
            });
            return problems.isEmpty() ? new Parsed(b.build(), ids, contact, namedByContact) : null;
        }

        private @Nullable PartyKind kind(long line, Map<CsvColumn, String> v, List<ImportReport.Rejection> problems) {
            String kind = v.get(CsvColumn.KIND);
            if (kind != null) {
                String k = Standardizer.matchingKey(kind);
                if (Set.of("firma", "company", "spolka", "organizacja", "organization", "przedsiebiorstwo", "b2b")
                        .contains(k)) {
                    return requireName(line, v, PartyKind.COMPANY, problems);
                }
                if (Set.of("osoba", "person", "osoba fizyczna", "klient indywidualny", "individual", "b2c")
                        .contains(k)) {
                    return requireName(line, v, PartyKind.PERSON, problems);
                }
                problems.add(problem(line, CsvColumn.KIND, kind, "'firma'/'company' or 'osoba'/'person'"));
                return null;
            }
            String isPerson = v.get(CsvColumn.IS_PERSON);
            if (isPerson != null) {
                String k = Standardizer.matchingKey(isPerson);
                if (Set.of("tak", "t", "yes", "y", "true", "1", "x").contains(k)) {
                    boolean names = v.containsKey(CsvColumn.GIVEN_NAMES) || v.containsKey(CsvColumn.FAMILY_NAME)
                            || v.containsKey(CsvColumn.FULL_NAME);
                    if (!names && v.containsKey(CsvColumn.COMPANY_NAME) && companyIdentifier(v)) {
                        // a sole trader, whom ERPs flag as a natural person: the NIP names the business, a company
                        return PartyKind.COMPANY;
                    }
                    return PartyKind.PERSON;
                }
                if (Set.of("nie", "n", "no", "false", "0").contains(k)) {
                    if (v.containsKey(CsvColumn.PESEL) && !companyIdentifier(v)) {
                        // a flag left unticked, as it is by default, on a row with a PESEL and no company's
                        // identifier: a natural person
                        return PartyKind.PERSON;
                    }
                    return requireName(line, v, PartyKind.COMPANY, problems);
                }
                problems.add(problem(line, CsvColumn.IS_PERSON, isPerson, "'tak'/'yes' or 'nie'/'no'"));
                return null;
            }
            if (v.containsKey(CsvColumn.COMPANY_NAME) && companyIdentifier(v)) {
                return PartyKind.COMPANY; // a company's identifier: the company, the names its contact person's
            }
            if (!v.containsKey(CsvColumn.COMPANY_NAME) && companyIdentifier(v) && !v.containsKey(CsvColumn.PESEL)
                    && v.containsKey(CsvColumn.GIVEN_NAMES) && v.containsKey(CsvColumn.FAMILY_NAME)) {
                // a person's row with a company's identifier and no company name (a CRM's contact whose company cell
                // was left empty, a sole trader known by name): the company the identifier names, the person its
                // contact person; not stored yet, it bears the person's name, as a sole trader's business does
                v.put(CsvColumn.COMPANY_NAME, v.get(CsvColumn.GIVEN_NAMES) + " " + v.get(CsvColumn.FAMILY_NAME));
                namedByContact = true;
                return PartyKind.COMPANY;
            }
            boolean given = v.containsKey(CsvColumn.GIVEN_NAMES);
            boolean family = v.containsKey(CsvColumn.FAMILY_NAME);
            if (v.containsKey(CsvColumn.COMPANY_NAME) && (given && family || !given && !family
                    && v.containsKey(CsvColumn.FULL_NAME)) && !ownAccount(v) && !v.containsKey(CsvColumn.PESEL)) {
                // a person at a company, as CRMs and address books export their contacts: the company, the person
                // its contact person (not the person's own account, "Jan Kowalski" or "Kowalski Household")
                return PartyKind.COMPANY;
            }
            boolean personName = v.containsKey(CsvColumn.GIVEN_NAMES) || v.containsKey(CsvColumn.FAMILY_NAME)
                    || v.containsKey(CsvColumn.FULL_NAME) && !v.containsKey(CsvColumn.COMPANY_NAME);
            String companyHeader = fallbackHeaders.getOrDefault(CsvColumn.COMPANY_NAME,
                    headers.get(CsvColumn.COMPANY_NAME));
            if (v.containsKey(CsvColumn.COMPANY_NAME) && !personName && !companyIdentifier(v) && companyHeader != null
                    && Standardizer.matchingKey(companyHeader).equals("name")
                    && !explicit.contains(CsvColumn.COMPANY_NAME) && personsName(v)) {
                // a bare "Name" column of a list of anybody: a person's name there, or a person's values beside it
                // (a birth date, a PESEL, a sex), is a person's, read in the order its words tell
                return PartyKind.PERSON;
            }
            if (v.containsKey(CsvColumn.COMPANY_NAME) && !personName) {
                return PartyKind.COMPANY;
            }
            if (personName) {
                return PartyKind.PERSON;
            }
            problems.add(problem(line, null, null, "neither a company name nor a person's name"));
            return null;
        }

        /**
         * The address of one group of address columns ({@code v}, under the headers {@code hdr}): read apart where one
         * cell holds it whole or the street holds the building's number; no value where the group holds none, or
         * where it cannot be read (then with the problem added).
         */
        private Optional<PostalAddress> address(long line, Map<CsvColumn, String> v, Map<CsvColumn, String> hdr,
                                                List<ImportReport.Rejection> problems) {
            String code = v.get(CsvColumn.POSTAL_CODE);
            if (code != null && !v.containsKey(CsvColumn.COUNTRY) && defaultCountry.equals("PL")
                    && LOST_ZEROS.matcher(code).matches()
                    && !Standardizer.looksPolish(v.getOrDefault(CsvColumn.STREET, "") + " "
                    + v.getOrDefault(CsvColumn.CITY, ""))) {
                // a code that lost its leading zeros in a spreadsheet ("2254": 02-254), where nothing says the address
                // is Polish: as well Austria's or Switzerland's ("1010 Wien")
                problems.add(problemUnder(line, hdr.get(CsvColumn.POSTAL_CODE), code, "a Polish postal code NN-NNN "
                        + "(three or four digits are read as one that lost its leading zeros where the row states "
                        + "Poland or its address looks Polish), or the country of a foreign one"));
                return Optional.empty(); // (with the problem)
            }
            if (v.containsKey(CsvColumn.STREET) && !v.containsKey(CsvColumn.BUILDING)
                    && !v.containsKey(CsvColumn.POSTAL_CODE) && !v.containsKey(CsvColumn.CITY)) {
                // the whole address in one cell ("Adres": "ul. Długa 7/3, 00-001 Warszawa"): read it apart, in the
                // row's country ("Unter den Linden 5, 10115 Berlin" under "Kraj": "DE")
                String text = v.get(CsvColumn.STREET);
                // (a row stating no country: in Poland, five digits before the city its postal code only where the
                // line looks Polish)
                Standardized<PostalAddress> line1 = v.containsKey(CsvColumn.COUNTRY)
                        ? standardizer.addressLine(text, v.get(CsvColumn.COUNTRY))
                        : defaultCountry.equals("PL") ? standardizer.addressLine(text)
                        : standardizer.addressLine(text, defaultCountry);
                if (line1.value().isEmpty() && !v.containsKey(CsvColumn.COUNTRY) && !defaultCountry.equals("PL")
                        && POLISH_CODE.matcher(text).find()) {
                    // another default country, but a Polish postal code with its dash: Polish, as in its column
                    Standardized<PostalAddress> polish = standardizer.addressLine(text, "PL");
                    line1 = polish.value().isPresent() ? polish : line1;
                }
                if (line1.value().isEmpty()) {
                    problems.add(problemUnder(line, hdr.get(CsvColumn.STREET), text,
                            line1.remarks().get(0).reason()));
                    return Optional.empty(); // (with the problem)
                }
                PostalAddress a = line1.get();
                a.street().ifPresent(st -> v.put(CsvColumn.STREET, st));
                v.put(CsvColumn.BUILDING, a.building());
                if (!flatAgrees(line, a.unit(), v, hdr, problems)) {
                    return Optional.empty(); // (with the problem)
                }
                a.unit().ifPresent(u -> v.put(CsvColumn.UNIT, u));
                if (v.containsKey(CsvColumn.COUNTRY) && !v.get(CsvColumn.COUNTRY).equals(a.country())) {
                    problems.add(problemUnder(line, hdr.get(CsvColumn.STREET), text, "an address in the country the "
                            + "row states (" + v.get(CsvColumn.COUNTRY) + "), not one naming another"));
                    return Optional.empty(); // (with the problem)
                }
                v.put(CsvColumn.POSTAL_CODE, a.postalCode());
                v.put(CsvColumn.CITY, a.city());
                v.put(CsvColumn.COUNTRY, a.country());
                if (a.region().isPresent() && v.containsKey(CsvColumn.REGION) && !a.region().get().equalsIgnoreCase(
                        standardizer.address(a.withRegion(v.get(CsvColumn.REGION))).get().region().orElse(""))) {
                    problems.add(problemUnder(line, hdr.get(CsvColumn.REGION), v.get(CsvColumn.REGION), "the state "
                            + "the address in " + hdr.get(CsvColumn.STREET) + " names, or empty"));
                    return Optional.empty(); // (with the problem)
                }
                a.region().ifPresent(r -> v.put(CsvColumn.REGION, r)); // "…, Mountain View, CA 94043": CA
            }
            if (v.containsKey(CsvColumn.STREET) && !v.containsKey(CsvColumn.BUILDING)) {
                // the building number in the street's cell ("ul. Długa 5/3"), read off as the standardizer does
                String street = v.get(CsvColumn.STREET);
                PostalAddress read = standardizer.address(new PostalAddress(Optional.of(street), "",
                        Optional.empty(), v.getOrDefault(CsvColumn.POSTAL_CODE, ""),
                        v.getOrDefault(CsvColumn.CITY, ""), Optional.empty(), Optional.empty(),
                        v.getOrDefault(CsvColumn.COUNTRY, defaultCountry), ContactUsage.main())).get();
                if (read.building().isEmpty()) {
                    problems.add(problemUnder(line, hdr.get(CsvColumn.STREET), street, "a street with its building "
                            + "number (ul. Długa 5/3; abroad also 10 Downing Street), or the building number in its "
                            + "own column"));
                    return Optional.empty(); // (with the problem)
                }
                if (!flatAgrees(line, read.unit(), v, hdr, problems)) {
                    return Optional.empty(); // (with the problem)
                }
                read.street().ifPresent(st -> v.put(CsvColumn.STREET, st));
                v.put(CsvColumn.BUILDING, read.building());
                read.unit().ifPresent(u -> v.put(CsvColumn.UNIT, u));
            }
            if (v.containsKey(CsvColumn.STREET) || v.containsKey(CsvColumn.BUILDING) || v.containsKey(CsvColumn.UNIT)
                    || v.containsKey(CsvColumn.POSTAL_CODE) || v.containsKey(CsvColumn.CITY)) {
                return Optional.of(new PostalAddress(Optional.ofNullable(v.get(CsvColumn.STREET)),
                        v.getOrDefault(CsvColumn.BUILDING, ""), Optional.ofNullable(v.get(CsvColumn.UNIT)),
                        v.getOrDefault(CsvColumn.POSTAL_CODE, ""), v.getOrDefault(CsvColumn.CITY, ""),
                        Optional.ofNullable(v.get(CsvColumn.DISTRICT)), Optional.ofNullable(v.get(CsvColumn.REGION)),
                        v.getOrDefault(CsvColumn.COUNTRY, defaultCountry), ContactUsage.main()));
            }
            return Optional.empty();
            }

        /**
         * Puts right what address books put in the wrong name cell: a company's name with its legal form in the family
         * name's cell and no given names ({@code "Gazplast Sp.J."} under "Last Name", as a firm is filed) is the
         * company's name; a whole name in one of the two cells, the other empty, is split where a common given name
         * stands first and none last ({@code "Marcin Borkowski"} under "First Name", {@code "Borkowski Marcin"} under
         * "Last Name"), under "First Name" also where the last word ends as family names do ({@code "Yuliia
         * Shevchenko"}; {@code "Anna Maria"} stays her given names, {@code "Kowalska Nowak"} her family name) —
         * not in a file that states each row's kind, as Kartoteka's own export does; or it is read from the
         * whole name's cell where that holds it too; a firm's name with its legal form in the whole
         * name's cell, no other name beside it, is the company's.
         */
        private void names(Map<CsvColumn, String> v) {
            String full = v.get(CsvColumn.FULL_NAME);
            if (full != null && (v.containsKey(CsvColumn.GIVEN_NAMES) != v.containsKey(CsvColumn.FAMILY_NAME))) {
                // the whole name in one name cell and again in the whole name's ("Person - Name"): the whole one
                String part = v.getOrDefault(CsvColumn.GIVEN_NAMES, v.get(CsvColumn.FAMILY_NAME));
                if (Standardizer.matchingKey(part).equals(Standardizer.matchingKey(full))) {
                    v.remove(CsvColumn.GIVEN_NAMES);
                    v.remove(CsvColumn.FAMILY_NAME);
                }
            }
            if (full != null && !v.containsKey(CsvColumn.GIVEN_NAMES) && !v.containsKey(CsvColumn.FAMILY_NAME)
                    && !v.containsKey(CsvColumn.COMPANY_NAME) && standardizer.companyName(full).value()
                    .flatMap(dev.kartoteka.core.standardization.CompanyName::legalForm).isPresent()) {
                v.remove(CsvColumn.FULL_NAME); // a firm filed under the whole name ("Elektrland Sp. z o.o.")
                v.put(CsvColumn.COMPANY_NAME, full);
                return;
            }
            String given = v.get(CsvColumn.GIVEN_NAMES);
            String family = v.get(CsvColumn.FAMILY_NAME);
            if (v.containsKey(CsvColumn.FULL_NAME) || v.containsKey(CsvColumn.MIDDLE_NAME)
                    || (given == null) == (family == null)) {
                return;
            }
            if (given == null && standardizer.companyName(family).value()
                    .flatMap(dev.kartoteka.core.standardization.CompanyName::legalForm).isPresent()) {
                v.remove(CsvColumn.FAMILY_NAME);
                v.putIfAbsent(CsvColumn.COMPANY_NAME, family);
                return;
            }
            if (headers.containsKey(CsvColumn.KIND)) {
                return; // a file stating each row's kind, as Kartoteka's export: its names are in their cells
            }
            String whole = given != null ? given : family;
            Standardized<PersonName> split = standardizer.fullName(whole, given != null ? PersonName.Order.GIVEN_FIRST
                    : PersonName.Order.FAMILY_FIRST);
            // a common given name first and none last ("Marcin Borkowski" under the given names, "Borkowski Marcin"
            // under the family name); under the given names also a last word that ends as family names do ("Yuliia
            // Shevchenko"; "Anna Maria", "Mary Jane" stay given names, "Kowalska Nowak" a double family name)
            if (split.value().isPresent() && split.isClean()
                    && (dev.kartoteka.core.internal.GivenNames.known(SearchText.fold(
                    split.get().givenNames().split(" ")[0]))
                    || given != null && Standardizer.familyNameLike(split.get().familyName()))
                    && !dev.kartoteka.core.internal.GivenNames.known(SearchText.fold(split.get().familyName()))) {
                v.put(CsvColumn.GIVEN_NAMES, split.get().givenNames());
                v.put(CsvColumn.FAMILY_NAME, split.get().familyName());
            }
        }

        /**
         * A whole name's cell of one word: a common given name is the given name ({@code "Anna"}), a word that ends as
         * family names do the family name ({@code "Kowalski"}); any other word tells neither, and the cell stays
         * unreadable.
         */
        private Optional<Map.Entry<CsvColumn, String>> oneWordName(String text) {
            String word = text.strip();
            if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
                return Optional.empty();
            }
            Standardized<String> name = standardizer.personName(word);
            if (!name.isClean()) {
                return Optional.empty();
            }
            if (dev.kartoteka.core.internal.GivenNames.known(SearchText.fold(name.get()))) {
                return Optional.of(Map.entry(CsvColumn.GIVEN_NAMES, name.get()));
            }
            return Standardizer.familyNameLike(name.get()) ? Optional.of(Map.entry(CsvColumn.FAMILY_NAME, name.get()))
                    : Optional.empty();
        }

        /**
         * Whether a bare {@code "Name"} cell holds a person's name: no legal form, and a person's value beside it (a
         * birth date, a PESEL, a sex) or a name of two or three words that reads as a person's, given names first —
         * common given names ({@code "Anna-Maria"} too) and a family name that is none nor a trade's word
         * ({@code "Anna Nowak"}; not {@code "Salon Ewa"}, {@code "Maria Consulting"}, {@code "Kowalski Trans"}).
         */
        private boolean personsName(Map<CsvColumn, String> v) {
            String name = v.get(CsvColumn.COMPANY_NAME);
            if (standardizer.companyName(name).value().flatMap(dev.kartoteka.core.standardization.CompanyName::legalForm)
                    .isPresent()) {
                return false;
            }
            if (v.containsKey(CsvColumn.BIRTH_DATE) || v.containsKey(CsvColumn.PESEL) || v.containsKey(CsvColumn.SEX)) {
                return true;
            }
            String[] words = name.strip().split("\\s+");
            Standardized<PersonName> split = standardizer.fullName(name, PersonName.Order.GIVEN_FIRST);
            if (words.length < 2 || words.length > 3 || split.value().isEmpty() || !split.isClean()) {
                return false;
            }
            String family = SearchText.fold(split.get().familyName());
            return java.util.Arrays.stream(split.get().givenNames().split("[\\s-]+")).allMatch(g ->
                    dev.kartoteka.core.internal.GivenNames.known(SearchText.fold(g)))
                    && !dev.kartoteka.core.internal.GivenNames.known(family)
                    && java.util.Arrays.stream(family.split("[\\s-]+")).noneMatch(BUSINESS_WORDS::contains);
        }

        /**
         * Whether the row's company name is the person's own account, as CRMs keep private clients: the person's
         * name, or their family name with a word for a household ({@code "Jan Kowalski"}, {@code "Kowalski
         * Household"}; {@code "Rodzina Kowalskich"} is not: it is read as a company), or only such words or a
         * placeholder ({@code "Prywatnie"}, {@code "-"}, {@code "brak"}).
         */
        private static boolean ownAccount(Map<CsvColumn, String> v) {
            Set<String> person = new java.util.HashSet<>();
            for (CsvColumn c : List.of(CsvColumn.GIVEN_NAMES, CsvColumn.FAMILY_NAME, CsvColumn.FULL_NAME)) {
                Optional.ofNullable(v.get(c)).ifPresent(n -> person.addAll(List.of(Standardizer.matchingKey(n)
                        .split(" "))));
            }
            Set<String> company = new java.util.HashSet<>(List.of(Standardizer.matchingKey(v.get(
                    CsvColumn.COMPANY_NAME)).split(" ")));
            company.removeAll(HOUSEHOLD_WORDS);
            company.remove("");
            return person.containsAll(company); // (a household word or a placeholder alone: no company either)
        }

        /** The words CRMs add to a private client's account name: {@code "Kowalski Household"}. */
        private static final Set<String> HOUSEHOLD_WORDS = Set.of("household", "gospodarstwo", "domowe", "account",
                "konto", "family", "prywatnie", "private", "prywatny", "prywatna", "osoba", "fizyczna", "brak",
                "none", "n", "a", "nd", "self", "employed", "individual", "klient", "indywidualny", "nie", "dotyczy");

        /** Whether the row holds a company's identifier: NIP, REGON or KRS. */
        private static boolean companyIdentifier(Map<CsvColumn, String> v) {
            return v.containsKey(CsvColumn.NIP) || v.containsKey(CsvColumn.REGON) || v.containsKey(CsvColumn.KRS);
        }

        private @Nullable PartyKind requireName(long line, Map<CsvColumn, String> v, PartyKind kind,
                                                List<ImportReport.Rejection> problems) {
            if (kind == PartyKind.COMPANY && !v.containsKey(CsvColumn.COMPANY_NAME)) {
                problems.add(problem(line, CsvColumn.COMPANY_NAME, null, "a company needs its name"));
                return null;
            }
            return kind;
        }

        /**
         * The tax number of a company outside the EU: one its prefix names the country of ({@code "GB123456789"},
         * {@code "CHE-123.456.789"}, {@code "UA14360570"}, as the export writes it: {@link ForeignTaxNumber#parse}),
         * else one of the row's country where that is outside the EU ({@code "14360570"} beside a Ukrainian address).
         */
        private static Optional<ForeignTaxNumber> foreignTax(String text, @Nullable String country) {
            if (ForeignTaxNumber.isValid(text)) {
                return Optional.of(ForeignTaxNumber.parse(text));
            }
            return country != null && ForeignTaxNumber.isValid(country, text)
                    ? Optional.of(ForeignTaxNumber.of(country, text)) : Optional.empty();
        }

        /** What a tax number of the row's country outside the EU looks like, where the row is in such a country. */
        private static Optional<String> foreignTaxExpected(String text, @Nullable String country) {
            if (country == null) {
                return Optional.empty();
            }
            try {
                ForeignTaxNumber.of(country, text);
                return Optional.empty();
            } catch (ValidationException e) {
                String expected = e.violations().get(0).expected();
                return e.violations().get(0).path().endsWith("countryCode") ? Optional.empty()
                        : Optional.of("a Polish NIP, an EU VAT number, or the tax number of a company in the row's "
                        + "country outside the EU: " + expected);
            }
        }

        /** An EU VAT number of another member state than Poland (a Polish one is a NIP, read as such). */
        private static Optional<EuVatNumber> foreignVat(String text) {
            try {
                EuVatNumber vat = EuVatNumber.parse(text);
                return vat.countryCode().equals("PL") ? Optional.empty() : Optional.of(vat);
            } catch (ValidationException e) {
                return Optional.empty();
            }
        }

        private <T> Optional<T> read(long line, Map<CsvColumn, String> v, CsvColumn column,
                                     java.util.function.Function<String, Standardized<T>> reader,
                                     List<ImportReport.Rejection> problems) {
            String text = v.get(column);
            if (text == null) {
                return Optional.empty();
            }
            Standardized<T> s = reader.apply(text);
            if (s.value().isEmpty()) {
                problems.add(problem(line, column, text, s.remarks().get(0).reason()));
            }
            return s.value();
        }

        /**
         * Whether the flat read out of the street's cell agrees with the row's flat column ({@code "m. 3"} and
         * {@code "3"} are one), else a problem naming the flat column.
         */
        private boolean flatAgrees(long line, Optional<String> read, Map<CsvColumn, String> v,
                                   Map<CsvColumn, String> hdr, List<ImportReport.Rejection> problems) {
            if (read.isEmpty() || !v.containsKey(CsvColumn.UNIT)
                    || unitKey(read.get()).equals(unitKey(v.get(CsvColumn.UNIT)))) {
                return true;
            }
            problems.add(problemUnder(line, hdr.get(CsvColumn.UNIT), v.get(CsvColumn.UNIT), "the flat the address "
                    + "in " + hdr.get(CsvColumn.STREET) + " names, or empty"));
            return false;
        }

        /**
         * The values of a cell that may hold several (phones, e-mails): where separators divide it and every part
         * reads as one value, those values ({@code "601 234 567, 22 123 45 67"}, {@code "601234567,601234568"},
         * {@code "anna@x.pl; a.nowak@y.pl"}), a value written twice kept once; else the whole cell as one value
         * ({@code "22 123 45 67, 12"}: a number and its extension, as a dialler reads it). If neither reads, no value
         * is kept and the cell is a problem: a row is never imported with part of a cell.
         */
        private <T> List<T> readAll(long line, Map<CsvColumn, String> v, CsvColumn column,
                                    java.util.function.Function<String, Standardized<T>> reader,
                                    java.util.regex.Pattern separators, List<ImportReport.Rejection> problems) {
            List<T> all = new ArrayList<>(readCell(line, column, headers.get(column), v.get(column), reader,
                    separators, problems));
            for (Map.Entry<String, String> cell : furtherCells.getOrDefault(column, List.of())) {
                readCell(line, column, cell.getKey(), cell.getValue(), reader, separators, problems).stream()
                        .filter(value -> !all.contains(value)).forEach(all::add);
            }
            return all;
        }

        /** The values of one cell of {@link #readAll}'s column, under {@code header}. */
        private <T> List<T> readCell(long line, CsvColumn column, @Nullable String header, @Nullable String text,
                                     java.util.function.Function<String, Standardized<T>> reader,
                                     java.util.regex.Pattern separators, List<ImportReport.Rejection> problems) {
            if (text == null) {
                return List.of();
            }
            String[] parts = separators.split(text.strip());
            List<T> values = new ArrayList<>();
            for (String part : parts.length > 1 ? parts : new String[0]) {
                Optional<T> value = part.isBlank() ? Optional.empty() : reader.apply(part.strip()).value();
                if (value.isEmpty()) {
                    values.clear();
                    break;
                }
                if (!values.contains(value.get())) {
                    values.add(value.get());
                }
            }
            if (!values.isEmpty()) {
                return values;
            }
            Standardized<T> whole = reader.apply(text);
            if (whole.value().isEmpty()) {
                problems.add(new ImportReport.Rejection(line, header == null ? column.header() : header,
                        Mask.mask(text), whole.remarks().get(0).reason()
                        + (parts.length > 1 ? "; several separated by , ; / or | (each one such)" : "")));
            }
            return whole.value().map(List::of).orElse(List.of());
        }

        // ---------------------------------------------------------------------------------- match and write

        private void match(long line, Party candidate, Party comparable, Parsed parsed, List<String> values)
                throws IOException {
            Set<PartyId> found = new LinkedHashSet<>();
            Map<PartyId, Party> parties = new LinkedHashMap<>();
            for (Identifier id : parsed.identifiers()) {
                for (Party p : registry.findByIdentifier(id)) {
                    found.add(p.id());
                    parties.put(p.id(), p);
                }
                found.addAll(wouldCreate.getOrDefault(key(id), List.of())); // (a phone may be several parties')
            }
            // a unique custom field (an ERP's customer number) names one party as an identifier does; archived
            // parties too, as the registry's uniqueness counts them
            List<UniqueValue> unique = uniqueValues(candidate);
            for (UniqueValue u : unique) {
                PartyQuery holder = PartyQuery.builder().customField(FieldCriterion.equalTo(u.field(), u.value()))
                        .includeArchived(true).page(0, 2).build();
                for (Party p : registry.search(holder).items()) {
                    if (u.heldBy(wouldBe.getOrDefault(p.id(), p))) {
                        found.add(p.id()); // (in a dry run: unless an earlier row would have given it another value)
                        parties.put(p.id(), p);
                    }
                }
                PartyId planned = wouldTake.get(u.key());
                if (planned != null) {
                    found.add(planned);
                }
            }
            found.forEach(f -> {
                if (wouldBe.containsKey(f)) {
                    parties.put(f, wouldBe.get(f)); // a dry run: as the rows before this one would have left it
                }
            });
            // a party the row shares only e-mails or phones with (households and group companies share them) is the
            // row's only where the rules find the two one client; a party the row names by an identifier is the row's
            List<PartyId> possible = new ArrayList<>();
            double best = 0;
            for (java.util.Iterator<PartyId> it = found.iterator(); it.hasNext(); ) {
                Party p = parties.get(it.next());
                if (p == null || p.kind() != candidate.kind() || namedBy(p, comparable, unique)
                        || uniqueConflict(p, unique).isPresent()) {
                    continue; // named, or held below with the reason
                }
                // (a party with another PESEL or NIP is judged too: the rules find it another client, or at most a
                // possible match where all else agrees)
                MatchResult judged = matchRules.compare(comparable, p);
                if (judged.outcome() != MatchOutcome.MATCH) {
                    it.remove();
                }
                if (judged.outcome() == MatchOutcome.POSSIBLE_MATCH) {
                    possible.add(p.id());
                    best = Math.max(best, judged.score());
                }
            }
            if (found.isEmpty() && !possible.isEmpty()) {
                hold(line, possible, String.format(Locale.ROOT, "shares an e-mail or phone with %s the duplicate "
                        + "rules find only a possible match (score %.2f)", possible.size() == 1 ? "a party"
                        : possible.size() + " parties", best));
                return;
            }
            if (found.isEmpty()) { // nothing, or only other clients sharing a value (a household's phone)
                createUnlessLikelyDuplicate(line, candidate, comparable, parsed, values);
                return;
            }
            if (found.size() > 1) {
                hold(line, List.copyOf(found), "matches " + found.size() + " parties on its identifiers, unique "
                        + "custom fields, e-mail or phone");
                return;
            }
            PartyId id = found.iterator().next();
            Party stored = parties.get(id);
            if (stored.kind() != candidate.kind()) {
                hold(line, List.of(id), "matches a " + stored.kind().name().toLowerCase(Locale.ROOT) + " and the row is a "
                        + candidate.kind().name().toLowerCase(Locale.ROOT));
                return;
            }
            Optional<String> conflict = conflict(stored, comparable);
            if (conflict.isEmpty()) {
                conflict = uniqueConflict(stored, unique);
            }
            if (conflict.isPresent()) {
                hold(line, List.of(id), conflict.get());
                return;
            }
            update(line, stored, candidate, parsed, values);
        }

        private void createUnlessLikelyDuplicate(long line, Party candidate, Party comparable, Parsed parsed,
                                                 List<String> values) throws IOException {
            List<PartyId> likely = duplicateCheck.possibleDuplicatesOf(comparable);
            if (!likely.isEmpty()) {
                hold(line, likely, "resembles stored parties (no shared identifier)");
                return;
            }
            create(line, candidate, parsed, values);
        }

        /**
         * Whether the row names the stored party by an identifier (NIP, REGON, KRS, PESEL) or a unique custom field
         * value both hold, rather than sharing only an e-mail or phone with it.
         */
        private static boolean namedBy(Party stored, Party row, List<UniqueValue> unique) {
            if (unique.stream().anyMatch(u -> u.heldBy(stored))) {
                return true;
            }
            if (stored instanceof Company s && row instanceof Company r) {
                return same(s.nip(), r.nip()) || same(s.regon(), r.regon()) || same(s.krs(), r.krs())
                        || same(s.euVatNumber(), r.euVatNumber()) || same(s.foreignTaxNumber(), r.foreignTaxNumber());
            }
            return stored instanceof Person s && row instanceof Person r && same(s.pesel(), r.pesel());
        }

        private static <T> boolean same(Optional<T> stored, Optional<T> row) {
            return stored.isPresent() && stored.equals(row);
        }

        /** A mapped unique custom field the stored party holds another value of than the row: perhaps another party. */
        private static Optional<String> uniqueConflict(Party stored, List<UniqueValue> row) {
            for (UniqueValue u : row) {
                if (stored.customFields().asMap().get(u.field()) != null && !u.heldBy(stored)) {
                    return Optional.of("shares an identifier, e-mail or phone with a party that has another "
                            + u.field());
                }
            }
            return Optional.empty();
        }

        /** The row's values of the unique custom fields it maps that apply to its kind. */
        private List<UniqueValue> uniqueValues(Party candidate) {
            List<UniqueValue> out = new ArrayList<>();
            FieldTarget target = candidate.kind() == PartyKind.COMPANY ? FieldTarget.COMPANY : FieldTarget.PERSON;
            for (CustomColumn c : customColumns) {
                String key = c.field().key().value();
                Object value = candidate.customFields().asMap().get(key);
                // a field that does not apply to the row's kind rejects the row when it is validated
                if (c.field().unique() && value != null && c.field().targets().contains(target)) {
                    out.add(new UniqueValue(key, value));
                }
            }
            return out;
        }

        private void hold(long line, List<PartyId> candidates, String reason) {
            held.add(new ImportReport.PossibleDuplicate(line, candidates, reason));
            count(line, RowOutcome.POSSIBLE_DUPLICATE, Optional.empty());
        }

        private void create(long line, Party candidate, Parsed parsed, List<String> values) throws IOException {
            if (dryRun) {
                List<Violation> violations = registry.validate(candidate);
                if (!violations.isEmpty()) {
                    reject(line, problems(line, violations, candidate, parsed), values);
                    return;
                }
                parsed.identifiers().forEach(id -> wouldCreate.computeIfAbsent(key(id), k -> new ArrayList<>())
                        .add(candidate.id()));
                uniqueValues(candidate).forEach(u -> wouldTake.put(u.key(), candidate.id()));
                wouldBe.put(candidate.id(), candidate);
                count(line, RowOutcome.CREATED, Optional.of(candidate.id()));
                return;
            }
            try {
                Party created = registry.create(candidate);
                if (contactAdded(line, created.id(), parsed, values, "created")) {
                    count(line, RowOutcome.CREATED, Optional.of(created.id()));
                }
            } catch (ValidationException e) {
                reject(line, problems(line, e.violations(), candidate, parsed), values);
            } catch (DuplicateIdentifierException e) {
                reject(line, List.of(problem(line, null, null, "an identifier was taken meanwhile: "
                        + e.getMessage())), values);
            } catch (KartotekaException e) {
                reject(line, List.of(problem(line, null, null, e.getMessage())), values);
            }
        }

        private void update(long line, Party stored, Party candidate, Parsed parsed, List<String> values)
                throws IOException {
            Party merged = merge(stored, parsed.namedByContact() && stored instanceof Company s
                    && candidate instanceof Company c ? c.toBuilder().legalName(s.legalName()).build() : candidate);
            if (merged.equals(stored)) {
                if (dryRun || contactAdded(line, stored.id(), parsed, values, "found unchanged")) {
                    count(line, RowOutcome.UPDATED, Optional.of(stored.id()));
                }
                return;
            }
            if (dryRun) {
                List<Violation> violations = registry.validate(merged);
                if (!violations.isEmpty()) {
                    reject(line, problems(line, violations, merged, parsed), values);
                    return;
                }
                uniqueValues(stored).forEach(u -> wouldTake.remove(u.key(), stored.id()));
                uniqueValues(merged).forEach(u -> wouldTake.put(u.key(), stored.id()));
                parsed.identifiers().forEach(i -> {
                    List<PartyId> planned = wouldCreate.computeIfAbsent(key(i), k -> new ArrayList<>());
                    if (!planned.contains(stored.id())) {
                        planned.add(stored.id());
                    }
                });
                wouldBe.put(stored.id(), merged);
                count(line, RowOutcome.UPDATED, Optional.of(stored.id()));
                return;
            }
            try {
                registry.update(merged);
                if (contactAdded(line, stored.id(), parsed, values, "updated")) {
                    count(line, RowOutcome.UPDATED, Optional.of(stored.id()));
                }
            } catch (ValidationException e) {
                reject(line, problems(line, e.violations(), merged, parsed), values);
            } catch (KartotekaException e) {
                reject(line, List.of(problem(line, null, null, e.getMessage())), values);
            }
        }

        /**
         * {@link #addContact}, or, if the registry refuses it (an access policy, a store's failure), the row rejected
         * with a reason that says the company was written and its contact person not — the import goes on, and the row
         * run again updates the company and adds the person.
         *
         * @return whether the contact person is there (or the row has none)
         */
        private boolean contactAdded(long line, PartyId companyId, Parsed parsed, List<String> values, String written)
                throws IOException {
            try {
                addContact(companyId, parsed.contact());
                return true;
            } catch (KartotekaException e) {
                reject(line, List.of(problem(line, null, null, "the company was " + written + ", but its contact "
                        + "person could not be added: " + e.getMessage())), values);
                return false;
            }
        }

        /**
         * Adds the row's contact person to its company, unless the company has one of the same name already (as
         * compared folded: {@code "JAN KOWALSKI"} is {@code "Jan Kowalski"}; that one gets the birth date, sex and
         * yearly dates the row gives and they lack, nothing replaced): the person is created, then made the
         * company's contact person from today, primary if the company has no primary one.
         */
        private void addContact(PartyId companyId, @Nullable Person contact) {
            if (contact == null) {
                return;
            }
            Company company = (Company) registry.get(companyId);
            String name = Standardizer.matchingKey(contact.givenNames() + " " + contact.familyName());
            List<Person> linked = new ArrayList<>();
            for (dev.kartoteka.core.party.ContactPerson known : company.contactPersons()) {
                registry.findById(known.person()).filter(p -> p instanceof Person)
                        .ifPresent(p -> linked.add((Person) p));
            }
            Optional<Person> same = linked.stream().filter(q -> Standardizer.matchingKey(q.givenNames() + " "
                    + q.familyName()).equals(name)).findFirst();
            if (same.isEmpty()) {
                // one known by one name ("Ewa") and one known by both ("Ewa Lis") of one company: the same, where no
                // other of its contact persons could be
                List<Person> agreeing = linked.stream().filter(q -> oneNameAgrees(q, contact)).toList();
                same = agreeing.size() == 1 ? Optional.of(agreeing.get(0)) : Optional.empty();
            }
            if (same.isPresent()) {
                // the one linked already: what the row tells of them that they lack is written, nothing replaced
                Person held = same.get();
                Person.Builder filled = held.toBuilder();
                if (held.givenNames().isEmpty()) {
                    filled.givenNames(contact.givenNames());
                }
                if (held.familyName().isEmpty()) {
                    filled.familyName(contact.familyName());
                }
                if (held.birthDate().isEmpty()) {
                    contact.birthDate().ifPresent(filled::birthDate);
                }
                if (held.sex().isEmpty()) {
                    contact.sex().ifPresent(filled::sex);
                }
                contact.importantDates().stream().filter(d -> !held.importantDates().contains(d))
                        .forEach(filled::addImportantDate);
                Person updated = filled.build();
                if (!updated.equals(held)) {
                    registry.update(updated);
                }
                return;
            }
            Party person = registry.create(contact);
            LocalDate today = LocalDate.now();
            registry.addContactPerson(companyId, company.version(), new dev.kartoteka.core.party.ContactPerson(
                    person.id(), Optional.empty(), Optional.empty(), today, Optional.empty(),
                    company.primaryContactPerson(today).isEmpty(), List.of()));
        }

        /**
         * Whether two persons, one of them known by one name, agree in the names both know: {@code "Ewa"} and
         * {@code "Ewa Lis"}, {@code "Lis"} and {@code "Ewa Lis"}; not {@code "Ewa"} and {@code "Lis"}.
         */
        private static boolean oneNameAgrees(Person a, Person b) {
            if (!a.givenNames().isEmpty() && !a.familyName().isEmpty() && !b.givenNames().isEmpty()
                    && !b.familyName().isEmpty()) {
                return false;
            }
            boolean given = !a.givenNames().isEmpty() && !b.givenNames().isEmpty();
            boolean family = !a.familyName().isEmpty() && !b.familyName().isEmpty();
            return (given || family)
                    && (!given || Standardizer.matchingKey(a.givenNames()).equals(Standardizer.matchingKey(b.givenNames())))
                    && (!family || Standardizer.matchingKey(a.familyName()).equals(
                    Standardizer.matchingKey(b.familyName())));
        }

        /** The violations of the registry's validation, each named by the column it came from where known. */
        private List<ImportReport.Rejection> problems(long line, List<Violation> violations, Party party,
                                                      Parsed parsed) {
            List<ImportReport.Rejection> out = new ArrayList<>();
            for (Violation v : violations) {
                Optional<String> customHeader = customColumns.stream()
                        .filter(c -> v.path().equals("customFields." + c.field().key().value()))
                        .map(CustomColumn::header).findFirst();
                if (customHeader.isPresent()) {
                    out.add(new ImportReport.Rejection(line, customHeader.get(), v.value(), v.expected()));
                    continue;
                }
                CsvColumn column = columnOf(v.path(), party);
                out.add(new ImportReport.Rejection(line, column == null ? v.path() : headers.getOrDefault(column,
                        column.header()), v.value(), v.expected()));
            }
            return out;
        }
    }

    /**
     * Whether every character of a name but letters, spaces, hyphens, apostrophes and dots is a letter a wrong
     * encoding garbled — a {@code '?'} or a non-ASCII symbol ({@code ‚ „ … › ™}) beside a letter, so that the words
     * and where they divide are plain: never a digit nor another number ({@code ²}), a comma (the one comma that
     * divides family name and given names is read before) or a symbol standing alone.
     */
    static boolean onlyGarbledLetters(String name) {
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (Character.isLetter(cp) || " -'.".indexOf(cp) >= 0) {
                continue;
            }
            int type = Character.getType(cp);
            boolean number = type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                    || type == Character.LETTER_NUMBER;
            boolean garbled = cp == '?' || cp > 0x7f && !number && !Character.isWhitespace(cp);
            boolean besideLetter = i > 0 && Character.isLetter(cps[i - 1])
                    || i + 1 < cps.length && Character.isLetter(cps[i + 1]);
            if (!garbled || !besideLetter) {
                return false;
            }
        }
        return true;
    }

    /** A sex as spreadsheets write it, Polish or English: {@code K}, {@code kobieta}, {@code F}, {@code M} … */
    private static Optional<Sex> sex(String text) {
        return switch (Standardizer.matchingKey(text)) {
            case "k", "kobieta", "f", "female", "woman", "z", "zenska" -> Optional.of(Sex.FEMALE);
            case "m", "mezczyzna", "male", "man", "meska" -> Optional.of(Sex.MALE);
            default -> Optional.empty();
        };
    }

    /**
     * A date as spreadsheets write it, with a four-digit year: day first ({@code 12.03.1985}, {@code 1.3.1985},
     * {@code 12-03-1985}, {@code 12/03/1985} — with slashes only both numbers of two digits, since {@code 3/12/1985} is
     * how American spreadsheets write the 12th of March) or year first ({@code 1985-03-12}, {@code 1985-3-12},
     * {@code 1985.03.12}, {@code 1985/03/12}); a date cell's midnight after it ({@code 1985-03-12 00:00:00},
     * {@code 12.03.1985 0:00}) and the Polish {@code r.} are read past; the month as a Polish or English word or a
     * Roman numeral, day first ({@code 12 marca 1985 r.}, {@code 12 III 1985}, {@code 12.III.1985},
     * {@code 12 March 1985}, {@code 12-Mar-1985}), or an English word first ({@code March 12, 1985}); eight digits as
     * databases write a date, year first ({@code 19850312}) or, where that reads no date, day first
     * ({@code 12031985}: with a year of 1900–2099 the two never both read). A two-digit year ({@code 12.03.85}) is no
     * date: its century would be a guess.
     */
    static Optional<LocalDate> date(String text) {
        return date(text, false);
    }

    /** Eight digits: a date as databases write it, {@code 19850312} (or {@code 12031985}). */
    private static final java.util.regex.Pattern EIGHT_DIGITS = java.util.regex.Pattern.compile("\\d{8}");

    /** A date of a year from 1900 to 2099, its month and day, from their digits; no value where there is none. */
    private static Optional<LocalDate> ofDigits(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2099) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@link #date(String)}, or with {@code monthFirst} a date with slashes read month first, as American spreadsheets
     * write it ({@code 3/12/1985}, {@code 03/12/1985}: the 12th of March), and eight digits not year first read month
     * first too ({@code 03121985}).
     */
    static Optional<LocalDate> date(String text, boolean monthFirst) {
        String t = AFTER_DATE.matcher(text.strip()).replaceFirst("");
        java.util.regex.Matcher m;
        int year;
        int month;
        int day;
        if ((m = SLASHES.matcher(t)).matches()) {
            // day first, both numbers of two digits ("3/12/1985" is how American spreadsheets write the 12th of
            // March, so an unpadded one is no date); or month first, where the file writes its dates so
            if (!monthFirst && (m.group(1).length() != 2 || m.group(2).length() != 2)) {
                return Optional.empty();
            }
            day = Integer.parseInt(m.group(monthFirst ? 2 : 1));
            month = Integer.parseInt(m.group(monthFirst ? 1 : 2));
            year = Integer.parseInt(m.group(3));
        } else if ((m = YEAR_FIRST.matcher(t)).matches()) {
            year = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(3));
            day = Integer.parseInt(m.group(4));
        } else if ((m = EIGHT_DIGITS.matcher(t)).matches()) {
            // as databases write dates, year first (19850312) or, where that is no date, day first (12031985): with a
            // year of 1900-2099 the two never both read
            Optional<LocalDate> yearFirst = ofDigits(t.substring(0, 4), t.substring(4, 6), t.substring(6));
            return yearFirst.isPresent() ? yearFirst : monthFirst
                    ? ofDigits(t.substring(4), t.substring(0, 2), t.substring(2, 4))
                    : ofDigits(t.substring(4), t.substring(2, 4), t.substring(0, 2));
        } else if ((m = DAY_FIRST.matcher(t)).matches()) {
            day = Integer.parseInt(m.group(1));
            month = Integer.parseInt(m.group(3));
            year = Integer.parseInt(m.group(4));
        } else {
            String folded = SearchText.fold(t);
            Integer named;
            if ((m = DAY_MONTH_YEAR.matcher(folded)).matches()) {
                day = Integer.parseInt(m.group(1));
                named = MONTHS.get(m.group(2));
            } else if ((m = MONTH_DAY_YEAR.matcher(folded)).matches()) {
                day = Integer.parseInt(m.group(2));
                named = ENGLISH_MONTH_NUMBERS.get(m.group(1));
            } else {
                return Optional.empty();
            }
            if (named == null) {
                return Optional.empty();
            }
            month = named;
            year = Integer.parseInt(m.group(3));
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A flat's number as compared: {@code "m. 7"}, {@code "lok. 7"}, {@code "7"} are one flat. */
    private static String unitKey(String unit) {
        return UNIT_WORD.matcher(Standardizer.matchingKey(unit)).replaceFirst("").replace(" ", "");
    }

    private static final java.util.regex.Pattern UNIT_WORD = java.util.regex.Pattern.compile(
            "^(?:m|lok|lokal|mieszk|mieszkanie|nr)\\s*(?=\\d)");

    /** A value of a unique custom field, compared as the registry compares them (numbers without trailing zeros). */
    private record UniqueValue(String field, Object value) {
        /** @return the field and the canonical value, as one key */
        String key() {
            return field + '\u0000' + canonical(value);
        }

        /** Whether the party holds this value in this field. */
        boolean heldBy(Party party) {
            Object held = party.customFields().asMap().get(field);
            return held != null && canonical(held).equals(canonical(value));
        }

        private static Object canonical(Object value) {
            return value instanceof java.math.BigDecimal d ? d.stripTrailingZeros() : value;
        }
    }

    /** A column mapped to a custom field: the field, the column's position and its header in the file. */
    private record CustomColumn(FieldDefinition field, int position, String header) {
    }

    /**
     * A row read: its party, identifiers and contact person; {@code namedByContact} where the company's name is its
     * contact person's, the row having none (a stored company keeps its own).
     */
    private record Parsed(Party party, List<Identifier> identifiers, @Nullable Person contact,
                          boolean namedByContact) {
    }

    private static String key(Identifier id) {
        return id.getClass().getSimpleName() + ':' + id.value().toLowerCase(Locale.ROOT);
    }

    /** A stored party holding another value of an exact identifier than the row: not the same party, perhaps. */
    private static Optional<String> conflict(Party stored, Party row) {
        if (stored instanceof Company s && row instanceof Company r) {
            if (differ(s.nip(), r.nip()) || differ(s.regon(), r.regon()) || differ(s.krs(), r.krs())
                    || differ(s.euVatNumber(), r.euVatNumber()) || differ(s.foreignTaxNumber(), r.foreignTaxNumber())) {
                return Optional.of("shares an e-mail, phone or identifier with a company that has another NIP, REGON, "
                        + "KRS, EU VAT or foreign tax number");
            }
        } else if (stored instanceof Person s && row instanceof Person r && differ(s.pesel(), r.pesel())) {
            return Optional.of("shares an e-mail or phone with a person who has another PESEL");
        }
        return Optional.empty();
    }

    private static <T> boolean differ(Optional<T> stored, Optional<T> row) {
        return stored.isPresent() && row.isPresent() && !stored.equals(row);
    }

    /**
     * The stored party with the row's values: names, legal form, birth date and custom-field values written,
     * identifiers the party lacks added, contact points, important dates and tags it lacks added. Nothing is removed.
     */
    static Party merge(Party stored, Party row) {
        Party.Builder<?, ?> b;
        if (stored instanceof Company s) {
            Company r = (Company) row;
            Company.Builder c = s.toBuilder().legalName(newer(s.legalName(), r.legalName()));
            r.legalForm().ifPresent(c::legalForm);
            r.shortName().ifPresent(c::shortName);
            if (s.nip().isEmpty()) {
                r.nip().ifPresent(c::nip);
            }
            if (s.regon().isEmpty()) {
                r.regon().ifPresent(c::regon);
            }
            if (s.krs().isEmpty()) {
                r.krs().ifPresent(c::krs);
            }
            if (s.euVatNumber().isEmpty()) {
                r.euVatNumber().ifPresent(c::euVatNumber);
            }
            if (s.foreignTaxNumber().isEmpty()) {
                r.foreignTaxNumber().ifPresent(c::foreignTaxNumber);
            }
            b = c;
        } else {
            Person s = (Person) stored;
            Person r = (Person) row;
            Person.Builder p = s.toBuilder().givenNames(newer(s.givenNames(), r.givenNames()))
                    .familyName(newer(s.familyName(), r.familyName()));
            r.birthDate().ifPresent(p::birthDate);
            r.sex().ifPresent(p::sex);
            if (s.pesel().isEmpty()) {
                r.pesel().ifPresent(p::pesel);
            }
            b = p;
        }
        List<ContactPoint> points = new ArrayList<>(stored.contactPoints());
        for (ContactPoint point : row.contactPoints()) {
            int same = -1;
            for (int i = 0; i < points.size() && same < 0; i++) {
                same = sameValue(points.get(i), point) ? i : -1;
            }
            int place = -1;
            for (int i = 0; i < points.size() && same < 0 && place < 0; i++) {
                place = point instanceof PostalAddress given && points.get(i) instanceof PostalAddress held
                        && (placeAlone(given) || placeAlone(held)) && samePlace(held, given) ? i : -1;
            }
            if (place >= 0) {
                // an address of a place alone and a whole address there: the whole one, in place of the other
                PostalAddress held = (PostalAddress) points.get(place);
                PostalAddress given = (PostalAddress) point;
                if (placeAlone(held) && !placeAlone(given)) {
                    points.set(place, given.postalCode().isEmpty() ? given.withPostalCode(held.postalCode()) : given);
                }
            } else if (same < 0) {
                points.add(point);
            } else if (points.get(same) instanceof PostalAddress held && held.postalCode().isEmpty()
                    && point instanceof PostalAddress given && !given.postalCode().isEmpty()) {
                // the stored address without its postal code, the row's with it: the code is added
                points.set(same, held.withPostalCode(given.postalCode()));
            }
        }
        b.contactPoints(points);
        row.importantDates().stream().filter(d -> !stored.importantDates().contains(d))
                .forEach(b::addImportantDate); // a birthday without its year
        for (Tag tag : row.tags()) {
            b.tag(tag.value());
        }
        row.customFields().asMap().forEach(b::customField);
        return b.build();
    }

    /**
     * The row's name if it is another name; the stored one if the row only writes it differently ({@code "ANNA"},
     * {@code "Wisniewska"} without its Polish letters): a spreadsheet's casing or lost diacritics never overwrite a
     * better-written stored name.
     */
    private static String newer(String stored, String row) {
        // a row that tells one name only keeps the other the party has
        return row.isEmpty() || Standardizer.matchingKey(stored).equals(Standardizer.matchingKey(row)) ? stored : row;
    }



    /** The same e-mail, phone or address, whatever its usage. */
    private static boolean sameValue(ContactPoint a, ContactPoint b) {
        if (a instanceof EmailContact x && b instanceof EmailContact y) {
            return x.email().value().equalsIgnoreCase(y.email().value()); // as the registry matches them
        }
        if (a instanceof PhoneContact x && b instanceof PhoneContact y) {
            return x.phone().equals(y.phone());
        }
        if (a instanceof PostalAddress x && b instanceof PostalAddress y) {
            return Standardizer.sameAddress(x, y); // a postal code not known agrees with any
        }
        return false;
    }

    /** The column a violation's path comes from, e.g. {@code contactPoints[2].postalCode} → the postal code. */
    private static @Nullable CsvColumn columnOf(String path, Party party) {
        String p = path.startsWith("$.") ? path.substring(2) : path;
        if (p.startsWith("contactPoints[")) {
            int end = p.indexOf(']');
            int i;
            try {
                i = Integer.parseInt(p.substring("contactPoints[".length(), end));
            } catch (RuntimeException e) {
                return null;
            }
            if (i < 0 || i >= party.contactPoints().size()) {
                return null;
            }
            ContactPoint point = party.contactPoints().get(i);
            if (point instanceof EmailContact) {
                return CsvColumn.EMAIL;
            }
            if (point instanceof PhoneContact) {
                return CsvColumn.PHONE;
            }
            String field = end + 2 <= p.length() ? p.substring(end + 2) : "";
            return switch (field) {
                case "street" -> CsvColumn.STREET;
                case "building" -> CsvColumn.BUILDING;
                case "unit" -> CsvColumn.UNIT;
                case "postalCode" -> CsvColumn.POSTAL_CODE;
                case "city" -> CsvColumn.CITY;
                case "district" -> CsvColumn.DISTRICT;
                case "region" -> CsvColumn.REGION;
                case "country" -> CsvColumn.COUNTRY;
                default -> null;
            };
        }
        return switch (p) {
            case "legalName" -> CsvColumn.COMPANY_NAME;
            case "shortName" -> CsvColumn.SHORT_NAME;
            case "givenNames" -> CsvColumn.GIVEN_NAMES;
            case "familyName" -> CsvColumn.FAMILY_NAME;
            case "nip" -> CsvColumn.NIP;
            case "regon" -> CsvColumn.REGON;
            case "krs" -> CsvColumn.KRS;
            case "pesel" -> CsvColumn.PESEL;
            case "birthDate" -> CsvColumn.BIRTH_DATE;
            case "sex" -> CsvColumn.SEX;
            default -> p.startsWith("tags") ? CsvColumn.TAGS : null;
        };
    }
}
