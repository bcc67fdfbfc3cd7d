package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import dev.kartoteka.core.field.CustomFieldValues;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A person acting for a company, for a period: the relationship between a {@link Person} and a {@link Company}, with
 * the position and department the person holds there and the contact points that belong to the role (the work e-mail,
 * the desk phone). The person's private data stays on the {@link Person}.
 *
 * <p>A company may have many contact persons; at most one of those active on a day is primary.
 *
 * @param person the id of the person (a party of kind {@link PartyKind#PERSON} in the same registry)
 * @param position e.g. {@code "Kierownik zakupów"}
 * @param department e.g. {@code "Zakupy"}
 * @param since the first day of the relationship
 * @param until the last day; empty while it lasts
 * @param primary whether this is the company's main contact person
 * @param contactPoints how to reach the person in this role
 * @param customFields custom-field values of the relationship (fields for {@code CONTACT_PERSON})
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactPerson(PartyId person,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> position,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> department,
                            LocalDate since,
                            Optional<LocalDate> until,
                            boolean primary,
                            List<@Valid ContactPoint> contactPoints,
                            CustomFieldValues customFields) {

    /**
     * Creates the record, checking its components.
     *
     * @param person the id of the person (a party of kind {@link PartyKind#PERSON} in the same registry)
     * @param position e.g. {@code "Kierownik zakupów"}
     * @param department e.g. {@code "Zakupy"}
     * @param since the first day of the relationship
     * @param until the last day; empty while it lasts
     * @param primary whether this is the company's main contact person
     * @param contactPoints how to reach the person in this role
     * @param customFields custom-field values of the relationship (fields for {@code CONTACT_PERSON})
     * @throws NullPointerException if an argument or a contact point is {@code null}
     * @throws dev.kartoteka.core.ValidationException if the relationship ends before it starts
     */
    public ContactPerson {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        contactPoints = List.copyOf(contactPoints);
        Objects.requireNonNull(customFields, "customFields");
        if (until.isPresent() && until.get().isBefore(since)) {
            throw dev.kartoteka.core.ValidationException.ofPublicValue("contactPerson.until", until.get(),
                    "a date on or after the relationship's start " + since);
        }
    }

    /**
     * The relationship without custom fields (the form before custom fields existed).
     *
     * @param person the person's id
     * @param position the position
     * @param department the department
     * @param since the first day
     * @param until the last day
     * @param primary whether primary
     * @param contactPoints the contact points
     */
    public ContactPerson(PartyId person, Optional<String> position, Optional<String> department, LocalDate since,
                         Optional<LocalDate> until, boolean primary, List<ContactPoint> contactPoints) {
        this(person, position, department, since, until, primary, contactPoints, CustomFieldValues.empty());
    }

    /**
     * Returns a copy with one more custom-field value.
     *
     * @param key the field key
     * @param value the value
     * @return the changed copy
     */
    public ContactPerson withCustomField(String key, Object value) {
        return new ContactPerson(person, position, department, since, until, primary, contactPoints,
                customFields.with(key, value));
    }

    /**
     * Returns a copy with other custom-field values.
     *
     * @param values the values
     * @return the changed copy
     */
    public ContactPerson withCustomFields(CustomFieldValues values) {
        return new ContactPerson(person, position, department, since, until, primary, contactPoints, values);
    }

    /**
     * A relationship starting on {@code since}, not primary, without position, department or contact points.
     *
     * @param person the person's id
     * @param since the first day
     * @return the contact person
     */
    public static ContactPerson of(PartyId person, LocalDate since) {
        return new ContactPerson(person, Optional.empty(), Optional.empty(), since, Optional.empty(), false, List.of(), CustomFieldValues.empty());
    }

    /**
     * @param newPosition the new position
     * @return a copy with a position
     */
    public ContactPerson withPosition(String newPosition) {
        return new ContactPerson(person, Optional.of(newPosition), department, since, until, primary, contactPoints, customFields);
    }

    /**
     * @param newDepartment the new department
     * @return a copy with a department
     */
    public ContactPerson withDepartment(String newDepartment) {
        return new ContactPerson(person, position, Optional.of(newDepartment), since, until, primary, contactPoints, customFields);
    }

    /**
     * @param newPrimary the new primary
     * @return a copy marked primary or not
     */
    public ContactPerson withPrimary(boolean newPrimary) {
        return new ContactPerson(person, position, department, since, until, newPrimary, contactPoints, customFields);
    }

    /**
     * @param point the point
     * @return a copy with one more contact point
     */
    public ContactPerson withContactPoint(ContactPoint point) {
        Objects.requireNonNull(point, "point");
        List<ContactPoint> points = new java.util.ArrayList<>(contactPoints);
        points.add(point);
        return new ContactPerson(person, position, department, since, until, primary, points, customFields);
    }

    /**
     * @param lastDay the last day
     * @return a copy ending on {@code lastDay}
     */
    public ContactPerson endedOn(LocalDate lastDay) {
        return new ContactPerson(person, position, department, since, Optional.of(lastDay), primary, contactPoints, customFields);
    }

    /**
     * @param day the day
     * @return {@code true} if the relationship holds on {@code day}
     */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(since) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /** Shows the person's id, the period and the primary flag; never personal data. */
    @Override
    public String toString() {
        return "ContactPerson[" + person + ", " + since + ".." + until.map(Object::toString).orElse("")
                + (primary ? ", primary" : "") + ", " + contactPoints.size() + " contact points]";
    }
}
