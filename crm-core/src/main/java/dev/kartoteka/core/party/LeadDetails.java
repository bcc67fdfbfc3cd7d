package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What is known about a lead: where it came from, how warm it is, and the qualification notes. Kept on the lead role
 * for good, also after the lead has been converted into a client.
 *
 * @param source where the lead came from
 * @param warmth how ready it is to buy
 * @param utm campaign parameters, for {@link LeadSource#CAMPAIGN} leads
 * @param sourceDetail e.g. the form's name, the referrer, the event
 * @param qualificationNotes what the salesperson learned when qualifying the lead
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LeadDetails(LeadSource source,
                          LeadWarmth warmth,
                          Optional<@Valid UtmParameters> utm,
                          Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 500) String> sourceDetail,
                          Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 4000) String> qualificationNotes) {

    /**
     * Creates the record, checking its components.
     *
     * @param source where the lead came from
     * @param warmth how ready it is to buy
     * @param utm campaign parameters, for {@link LeadSource#CAMPAIGN} leads
     * @param sourceDetail e.g. the form's name, the referrer, the event
     * @param qualificationNotes what the salesperson learned when qualifying the lead
     * @throws NullPointerException if an argument is {@code null}
     */
    public LeadDetails {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(warmth, "warmth");
        Objects.requireNonNull(utm, "utm");
        Objects.requireNonNull(sourceDetail, "sourceDetail");
        Objects.requireNonNull(qualificationNotes, "qualificationNotes");
    }

    /**
     * @param source where the lead came from
     * @param warmth how ready it is to buy
     * @return details without UTM parameters, source detail or notes
     */
    public static LeadDetails of(LeadSource source, LeadWarmth warmth) {
        return new LeadDetails(source, warmth, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * @param parameters the parameters
     * @return a copy with campaign parameters
     */
    public LeadDetails withUtm(UtmParameters parameters) {
        return new LeadDetails(source, warmth, Optional.of(parameters), sourceDetail, qualificationNotes);
    }

    /**
     * @param detail the detail
     * @return a copy with a source detail
     */
    public LeadDetails withSourceDetail(String detail) {
        return new LeadDetails(source, warmth, utm, Optional.of(detail), qualificationNotes);
    }

    /**
     * @param newWarmth the new warmth
     * @return a copy with another warmth
     */
    public LeadDetails withWarmth(LeadWarmth newWarmth) {
        return new LeadDetails(source, newWarmth, utm, sourceDetail, qualificationNotes);
    }

    /**
     * @param notes the notes
     * @return a copy with qualification notes
     */
    public LeadDetails withQualificationNotes(String notes) {
        return new LeadDetails(source, warmth, utm, sourceDetail, Optional.of(notes));
    }

    /** Shows source and warmth only: source detail and qualification notes may hold personal data. */
    @Override
    public String toString() {
        return "LeadDetails[" + source + ", " + warmth + "]";
    }
}
