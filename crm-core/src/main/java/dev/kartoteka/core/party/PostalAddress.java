package dev.kartoteka.core.party;

import static dev.kartoteka.core.party.Constraints.NON_BLANK;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A structured postal address as a contact point.
 *
 * <p>A postal code of a Polish address (country {@code PL}) is in the form {@code NN-NNN}; that rule is checked by
 * the registry's validation together with the other fields, so one call reports every problem. A postal code not
 * known is empty ({@code ""}: a spreadsheet's row without one), never guessed. Villages without streets
 * leave {@code street} empty and put the village in {@code city} or the building number after it. An address of a
 * place alone — a city, and its postal code if known, as exports of other systems often hold one — leaves the
 * street, building and unit empty; a street or a unit needs its building number.
 *
 * @param street the street with its prefix, e.g. {@code "ul. Piotrkowska"}; empty where there are no streets
 * @param building the building number, e.g. {@code "104"} or {@code "12A"}
 * @param unit the flat or office number, e.g. {@code "2"}
 * @param postalCode the postal code, e.g. {@code "90-926"}; empty if not known
 * @param city the city or post town, e.g. {@code "Łódź"}
 * @param district the district of the city, e.g. {@code "Bałuty"} or {@code "Mokotów"}
 * @param region the region (in Poland the voivodeship), e.g. {@code "łódzkie"}
 * @param country ISO 3166-1 alpha-2 code, e.g. {@code "PL"}
 * @param usage how the address is used
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PostalAddress(Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 200) String> street,
                            @Size(max = 20) String building,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 20) String> unit,
                            @Size(max = 20) String postalCode,
                            @NotBlank @Size(max = 100) String city,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 100) String> district,
                            Optional<@Pattern(regexp = NON_BLANK, message = "must not be blank") @Size(max = 100) String> region,
                            String country,
                            @Valid ContactUsage usage) implements ContactPoint {

    /**
     * Creates the record, checking its components.
     *
     * @param street the street with its prefix, e.g. {@code "ul. Piotrkowska"}; empty where there are no streets
     * @param building the building number, e.g. {@code "104"} or {@code "12A"}
     * @param unit the flat or office number, e.g. {@code "2"}
     * @param postalCode the postal code, e.g. {@code "90-926"}; empty if not known
     * @param city the city or post town, e.g. {@code "Łódź"}
     * @param district the district of the city, e.g. {@code "Bałuty"} or {@code "Mokotów"}
     * @param region the region (in Poland the voivodeship), e.g. {@code "łódzkie"}
     * @param country ISO 3166-1 alpha-2 code, e.g. {@code "PL"}
     * @param usage how the address is used
     * @throws NullPointerException if an argument is {@code null}
     */
    public PostalAddress {
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(building, "building");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(usage, "usage");
    }

    /**
     * Starts a Polish address.
     *
     * @param street the street with its prefix, e.g. {@code "ul. Piotrkowska"}
     * @param building the building number
     * @param postalCode the postal code {@code NN-NNN}
     * @param city the city
     * @return a main address in Poland without unit, district or region; add them with the {@code with…} methods
     */
    public static PostalAddress polish(String street, String building, String postalCode, String city) {
        return new PostalAddress(Optional.of(street), building, Optional.empty(), postalCode, city,
                Optional.empty(), Optional.empty(), "PL", ContactUsage.main());
    }

    /**
     * Starts an address in any country.
     *
     * @param country ISO 3166-1 alpha-2 code
     * @param street the street, or {@code null} where there is none
     * @param building the building number
     * @param postalCode the postal code
     * @param city the city
     * @return a main address without unit, district or region
     */
    public static PostalAddress of(String country, String street, String building, String postalCode, String city) {
        return new PostalAddress(Optional.ofNullable(street), building, Optional.empty(), postalCode, city,
                Optional.empty(), Optional.empty(), country, ContactUsage.main());
    }

    /**
     * @param newUnit the new unit
     * @return a copy with a flat or office number
     */
    public PostalAddress withUnit(String newUnit) {
        return new PostalAddress(street, building, Optional.of(newUnit), postalCode, city, district, region, country, usage);
    }

    /**
     * @param newPostalCode the postal code, or empty if not known
     * @return a copy with that postal code
     * @since 0.1
     */
    public PostalAddress withPostalCode(String newPostalCode) {
        return new PostalAddress(street, building, unit, newPostalCode, city, district, region, country, usage);
    }

    /**
     * @param newDistrict the new district
     * @return a copy with a city district
     */
    public PostalAddress withDistrict(String newDistrict) {
        return new PostalAddress(street, building, unit, postalCode, city, Optional.of(newDistrict), region, country, usage);
    }

    /**
     * @param newRegion the new region
     * @return a copy with a region (voivodeship)
     */
    public PostalAddress withRegion(String newRegion) {
        return new PostalAddress(street, building, unit, postalCode, city, district, Optional.of(newRegion), country, usage);
    }

    @Override
    public PostalAddress withUsage(ContactUsage newUsage) {
        return new PostalAddress(street, building, unit, postalCode, city, district, region, country, newUsage);
    }

    @Override
    public Kind kind() {
        return Kind.POSTAL_ADDRESS;
    }

    /** Shows only the city, country and purpose: a full address is personal data. */
    @Override
    public String toString() {
        return "PostalAddress[" + city + ", " + country + ", " + usage.purpose() + "]";
    }
}
