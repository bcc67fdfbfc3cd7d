package dev.kartoteka.core.party;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A role a party plays, for a period: a lead from 1 March, a client from 15 April, a supplier until the end of 2025.
 * A party can hold several roles at once; ended roles stay in the party's data as its history.
 *
 * @param type the role type
 * @param since the first day of the role
 * @param until the last day of the role; empty while it lasts
 * @param lead the lead details; present exactly when {@code type} is {@link RoleType#LEAD}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PartyRole(RoleType type, LocalDate since, Optional<LocalDate> until, Optional<@Valid LeadDetails> lead) {

    /**
     * a lead role or present on another
     *
     * @param type the role type
     * @param since the first day of the role
     * @param until the last day of the role; empty while it lasts
     * @param lead the lead details; present exactly when {@code type} is {@link RoleType#LEAD}
     * @throws NullPointerException if an argument is {@code null}
     * @throws dev.kartoteka.core.ValidationException if the role ends before it starts, or lead details are missing on a lead role or present on another
     */
    public PartyRole {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(lead, "lead");
        if (until.isPresent() && until.get().isBefore(since)) {
            throw dev.kartoteka.core.ValidationException.ofPublicValue("role.until", until.get(),
                    "a date on or after the role's start " + since);
        }
        if (type.equals(RoleType.LEAD) != lead.isPresent()) {
            throw dev.kartoteka.core.ValidationException.ofPublicValue("role.lead", lead.isPresent() ? "present" : "absent",
                    "lead details exactly on LEAD roles");
        }
    }

    /**
     * A role other than lead, lasting from {@code since}.
     *
     * @param type the role type; not {@link RoleType#LEAD}
     * @param since the first day
     * @return the role
     */
    public static PartyRole of(RoleType type, LocalDate since) {
        return new PartyRole(type, since, Optional.empty(), Optional.empty());
    }

    /**
     * A lead role lasting from {@code since}.
     *
     * @param details where the lead came from and how warm it is
     * @param since the first day
     * @return the role
     */
    public static PartyRole lead(LeadDetails details, LocalDate since) {
        return new PartyRole(RoleType.LEAD, since, Optional.empty(), Optional.of(details));
    }

    /**
     * Tells whether the role holds on a day.
     *
     * @param day the day
     * @return {@code true} if {@code since <= day} and the role has not ended before {@code day}
     */
    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(since) && until.map(u -> !day.isAfter(u)).orElse(true);
    }

    /**
     * @param lastDay the last day of the role
     * @return a copy ending on {@code lastDay}
     */
    public PartyRole endedOn(LocalDate lastDay) {
        return new PartyRole(type, since, Optional.of(lastDay), lead);
    }
}
