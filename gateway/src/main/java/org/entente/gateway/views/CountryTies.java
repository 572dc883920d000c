package org.entente.gateway.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How tied two countries are, as of a day. */
public record CountryTies(
        @Schema(example = "USA") String country,
        @Schema(example = "JPN") String other,
        LocalDate asOf,
        @Schema(description = TieScore.DEFINITION, minimum = "0", maximum = "100", example = "49")
        int score,
        TieScore scoreParts,
        @Schema(description = "Alliances both have been in, with the periods they were in it together; null when alliance-service did not answer",
                nullable = true)
        List<SharedAlliance> alliances,
        @Schema(description = "Agreements between the two; null when agreement-service did not answer", nullable = true)
        List<CountryProfile.PartnerAgreement> agreements,
        @Schema(description = "Exercises both took part in (observers included) that started by `asOf`, by year, latest"
                + " year first; null when exercise-service did not answer", nullable = true)
        List<JointYear> exercises,
        @Schema(description = "The parts left out because their service failed or was late; the score counts them as 0")
        List<String> partial,
        Map<String, String> partialReasons) {

    /**
     * An alliance both have been in, and whether both are members on {@code asOf}; {@code counterparts}: its codes in
     * the other source (NATO curated and as ATOP 3180), listed each, scored once.
     */
    public record SharedAlliance(String code, String name, boolean bothMembers, List<CountryProfile.Period> together,
                                 List<String> counterparts) {
    }

    public record JointYear(int year, int count, List<JointExercise> exercises) {
    }

    /** A joint exercise and each country's role in it. */
    public record JointExercise(String id, String name, String start, String end, Map<String, String> roles) {
    }
}
