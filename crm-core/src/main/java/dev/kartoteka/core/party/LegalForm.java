package dev.kartoteka.core.party;

import org.apiguardian.api.API;

/**
 * The legal form of a company: the Polish forms of the Commercial Companies Code and the Civil Code, and common foreign
 * ones. The company name is kept without the form; {@link #abbreviation()} is the one canonical way to write it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LegalForm {
    /** Jednoosobowa działalność gospodarcza (sole proprietorship). */
    SOLE_PROPRIETORSHIP("JDG", "jednoosobowa działalność gospodarcza"),
    /** Spółka cywilna (civil-law partnership). */
    CIVIL_PARTNERSHIP("s.c.", "spółka cywilna"),
    /** Spółka jawna (general partnership). */
    GENERAL_PARTNERSHIP("sp.j.", "spółka jawna"),
    /** Spółka partnerska (professional partnership). */
    PROFESSIONAL_PARTNERSHIP("sp.p.", "spółka partnerska"),
    /** Spółka komandytowa (limited partnership). */
    LIMITED_PARTNERSHIP("sp.k.", "spółka komandytowa"),
    /** Spółka komandytowo-akcyjna (limited joint-stock partnership). */
    LIMITED_JOINT_STOCK_PARTNERSHIP("S.K.A.", "spółka komandytowo-akcyjna"),
    /** Spółka z ograniczoną odpowiedzialnością (limited liability company). */
    LIMITED_LIABILITY_COMPANY("sp. z o.o.", "spółka z ograniczoną odpowiedzialnością"),
    /** Prosta spółka akcyjna (simple joint-stock company). */
    SIMPLE_JOINT_STOCK_COMPANY("P.S.A.", "prosta spółka akcyjna"),
    /** Spółka akcyjna (joint-stock company). */
    JOINT_STOCK_COMPANY("S.A.", "spółka akcyjna"),
    /** Spółdzielnia (cooperative). */
    COOPERATIVE("spółdzielnia", "spółdzielnia"),
    /** Fundacja (foundation). */
    FOUNDATION("fundacja", "fundacja"),
    /** Stowarzyszenie (association). */
    ASSOCIATION("stowarzyszenie", "stowarzyszenie"),
    /** Przedsiębiorstwo państwowe (state-owned enterprise). */
    STATE_ENTERPRISE("p.p.", "przedsiębiorstwo państwowe"),
    /** German/Austrian Gesellschaft mit beschränkter Haftung. */
    GMBH("GmbH", "Gesellschaft mit beschränkter Haftung"),
    /** German/Austrian/Swiss Aktiengesellschaft. */
    AG("AG", "Aktiengesellschaft"),
    /** British and Irish private limited company. */
    LTD("Ltd", "private limited company"),
    /** British public limited company. */
    PLC("PLC", "public limited company"),
    /** US limited liability company. */
    LLC("LLC", "limited liability company"),
    /** US incorporated company. */
    INC("Inc.", "incorporated"),
    /** French société à responsabilité limitée. */
    SARL("S.A.R.L.", "société à responsabilité limitée"),
    /** Dutch/Belgian besloten vennootschap. */
    BV("B.V.", "besloten vennootschap"),
    /** Dutch naamloze vennootschap. */
    NV("N.V.", "naamloze vennootschap"),
    /** Czech/Slovak společnost s ručením omezeným. */
    SRO("s.r.o.", "společnost s ručením omezeným"),
    /** Any other form; describe it in the company's name or notes. */
    OTHER("", "other");

    private final String abbreviation;
    private final String fullName;

    LegalForm(String abbreviation, String fullName) {
        this.abbreviation = abbreviation;
        this.fullName = fullName;
    }

    /**
     * @return the canonical short form, e.g. {@code "sp. z o.o."}; empty for {@link #OTHER}
     */
    public String abbreviation() {
        return abbreviation;
    }

    /**
     * @return the full name of the form in its own language
     */
    public String fullName() {
        return fullName;
    }
}
