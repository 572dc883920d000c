package org.entente.gateway.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One country's defense ties across the suite, as of a day. */
@Schema(example = """
        {"country": "JPN", "name": "Japan", "asOf": "2026-12-01",
         "alliances": [{"code": "QUAD", "name": "Quadrilateral Security Dialogue", "role": "FOUNDING_MEMBER", "member": true,
                        "periods": [{"joined": "2017-11-12", "left": null}]}],
         "agreements": [{"partner": "USA", "partnerName": "United States of America", "id": "5e2a9c17-3f60-4b8d-a1e4-7c09d2b6f853",
           "title": "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
           "type": "MUTUAL_DEFENSE_TREATY", "status": "IN_FORCE", "signed": "1960-01-19", "enteredIntoForce": "1960-06-23",
           "expires": null, "terminated": null, "inForce": true}],
         "exercises": {"recent": [
           {"id": "e81b4c07-5d3a-4f92-b6e0-9a2c1d7f3e58", "name": "Pacific Angel 25-1", "series": "Pacific Angel",
            "start": "2025-09-08", "end": "2025-09-12", "status": "COMPLETED", "role": "PARTICIPANT", "countries": 6},
           {"id": "2c6f9a1e-8b3d-4e57-a0c4-6d1b7e9f2a35", "name": "Talisman Sabre 2025", "series": "Talisman Sabre",
            "start": "2025-07-13", "end": "2025-08-04", "status": "COMPLETED", "role": "PARTICIPANT", "countries": 21},
           {"id": "7f3c9e21-4b8a-4d6f-a0c5-2e1b9d8f6a47", "name": "RIMPAC 2024", "series": "RIMPAC",
            "start": "2024-06-27", "end": "2024-08-01", "status": "COMPLETED", "role": "PARTICIPANT", "countries": 29},
           {"id": "4a8d2f6b-1c7e-4b93-9f05-3e6a8c2d1b74", "name": "Talisman Sabre 2023", "series": "Talisman Sabre",
            "start": "2023-07-22", "end": "2023-08-04", "status": "COMPLETED", "role": "PARTICIPANT", "countries": 17},
           {"id": "9b1e5c3a-7d2f-4a68-b4e9-0c8f6a2d5e13", "name": "RIMPAC 2022", "series": "RIMPAC",
            "start": "2022-06-29", "end": "2022-08-04", "status": "COMPLETED", "role": "PARTICIPANT", "countries": 26}],
           "upcoming": []},
         "partial": [], "partialReasons": {}}""")
public record CountryProfile(
        @Schema(example = "JPN", description = "The country, ISO 3166-1 alpha-3 (a former state ISO 3166-3)") String country,
        @Schema(example = "Japan", description = "Its name") String name,
        @Schema(description = "The day the profile is of") LocalDate asOf,
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
            @Schema(example = "NATO", description = "The alliance's code") String code,
            @Schema(description = "The alliance's name") String name,
            @Schema(description = "The role in the latest period", example = "MEMBER") String role,
            @Schema(description = "Whether the country is a member on `asOf`") boolean member,
            @Schema(description = "The country's membership periods in it, oldest first") List<Period> periods) {
    }

    /** {@code left} is the first day out; null while the period lasts. */
    public record Period(@Schema(description = "The first day as a member") LocalDate joined,
                         @Schema(nullable = true, description = "The first day no longer a member; null while a member") LocalDate left) {
    }

    /** One bilateral agreement, seen from the country: who the partner is and whether it is in force on {@code asOf}. */
    public record PartnerAgreement(
            @Schema(example = "USA", description = "The other party, ISO 3166-1 alpha-3") String partner,
            @Schema(description = "The other party's name") String partnerName,
            @Schema(description = "The agreement's id in agreement-service") String id,
            @Schema(description = "The agreement's title") String title,
            @Schema(description = "What kind of arrangement it is, e.g. MUTUAL_DEFENSE_TREATY") String type,
            @Schema(description = "The agreement's status today") String status,
            @Schema(description = "When it was signed; null while not signed") LocalDate signed,
            @Schema(description = "When it entered into force; null before") LocalDate enteredIntoForce,
            @Schema(description = "First day no longer in force; null without end") LocalDate expires,
            @Schema(description = "The day it was terminated; null unless terminated") LocalDate terminated,
            @Schema(description = "In force on `asOf`") boolean inForce) {
    }

    /** Exercises that had started by {@code asOf} (latest first) and those starting after it (soonest first). */
    public record Exercises(@Schema(description = "Those that had started by `asOf`, latest first") List<ExerciseTaken> recent,
                            @Schema(description = "Those starting after `asOf`, soonest first") List<ExerciseTaken> upcoming) {
    }

    /** An exercise and the country's part in it. */
    public record ExerciseTaken(
            @Schema(description = "The exercise's id in exercise-service") String id,
            @Schema(description = "Its name; null for an imported exercise without one") String name,
            @Schema(description = "The recurring exercise it is an edition of") String series,
            @Schema(description = "A day or a month", example = "2024-06-27") String start,
            @Schema(description = "A day or a month", example = "2024-08-01") String end,
            @Schema(description = "Where it is in its lifecycle, e.g. COMPLETED") String status,
            @Schema(description = "HOST, PARTICIPANT or OBSERVER") String role,
            @Schema(description = "How many countries take part, observers included") int countries) {
    }
}
