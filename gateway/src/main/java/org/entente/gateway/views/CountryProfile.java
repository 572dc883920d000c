package org.entente.gateway.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One country's defense ties across the suite, as of a day. */
public record CountryProfile(
        @Schema(example = "JPN") String country,
        @Schema(example = "Japan") String name,
        LocalDate asOf,
        @Schema(description = "Every alliance the country has been in, with its membership periods; null when alliance-service did not answer",
                nullable = true)
        List<AllianceMembership> alliances,
        @Schema(description = "Its bilateral agreements, each with the partner; null when agreement-service did not answer",
                nullable = true)
        List<PartnerAgreement> agreements,
        @Schema(description = "Null when exercise-service did not answer", nullable = true)
        Exercises exercises,
        @Schema(description = "The parts left out because their service failed or was late (`alliances`, `agreements`, `exercises`);"
                + " empty when the profile is complete")
        List<String> partial,
        @Schema(description = "Why each part in `partial` is missing")
        Map<String, String> partialReasons) {

    /** A country's membership in one alliance. */
    public record AllianceMembership(
            @Schema(example = "NATO") String code, String name,
            @Schema(description = "The role in the latest period", example = "MEMBER") String role,
            @Schema(description = "Whether the country is a member on `asOf`") boolean member,
            List<Period> periods) {
    }

    /** {@code left} is the first day out; null while the period lasts. */
    public record Period(LocalDate joined, @Schema(nullable = true) LocalDate left) {
    }

    /** One bilateral agreement, seen from the country: who the partner is and whether it is in force on {@code asOf}. */
    public record PartnerAgreement(
            @Schema(example = "USA") String partner, String partnerName, String id, String title, String type,
            @Schema(description = "The agreement's status today") String status,
            LocalDate signed, LocalDate enteredIntoForce, LocalDate expires, LocalDate terminated,
            @Schema(description = "In force on `asOf`") boolean inForce) {
    }

    /** Exercises that had started by {@code asOf} (latest first) and those starting after it (soonest first). */
    public record Exercises(List<ExerciseTaken> recent, List<ExerciseTaken> upcoming) {
    }

    /** An exercise and the country's part in it. */
    public record ExerciseTaken(
            String id, String name, String series,
            @Schema(description = "A day or a month", example = "2024-06-27") String start,
            @Schema(description = "A day or a month", example = "2024-08-01") String end,
            String status,
            @Schema(description = "HOST, PARTICIPANT or OBSERVER") String role,
            @Schema(description = "How many countries take part, observers included") int countries) {
    }
}
