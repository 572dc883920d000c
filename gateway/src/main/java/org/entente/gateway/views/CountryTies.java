package org.entente.gateway.views;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How tied two countries are, as of a day. */
@Schema(example = """
        {"country": "JPN", "other": "USA", "asOf": "2026-12-01", "score": 60,
         "scoreParts": {"alliances": 25, "agreements": 15, "exercises": 20},
         "alliances": [{"code": "QUAD", "name": "Quadrilateral Security Dialogue", "bothMembers": true,
                        "together": [{"joined": "2017-11-12", "left": null}], "counterparts": []}],
         "agreements": [{"partner": "USA", "partnerName": "United States of America", "id": "5e2a9c17-3f60-4b8d-a1e4-7c09d2b6f853",
           "title": "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
           "type": "MUTUAL_DEFENSE_TREATY", "status": "IN_FORCE", "signed": "1960-01-19", "enteredIntoForce": "1960-06-23",
           "expires": null, "terminated": null, "inForce": true}],
         "exercises": [
           {"year": 2025, "count": 2, "exercises": [
             {"id": "e81b4c07-5d3a-4f92-b6e0-9a2c1d7f3e58", "name": "Pacific Angel 25-1", "start": "2025-09-08",
              "end": "2025-09-12", "roles": {"JPN": "PARTICIPANT", "USA": "PARTICIPANT"}},
             {"id": "2c6f9a1e-8b3d-4e57-a0c4-6d1b7e9f2a35", "name": "Talisman Sabre 2025", "start": "2025-07-13",
              "end": "2025-08-04", "roles": {"JPN": "PARTICIPANT", "USA": "HOST"}}]},
           {"year": 2024, "count": 1, "exercises": [
             {"id": "7f3c9e21-4b8a-4d6f-a0c5-2e1b9d8f6a47", "name": "RIMPAC 2024", "start": "2024-06-27", "end": "2024-08-01",
              "roles": {"JPN": "PARTICIPANT", "USA": "HOST"}}]},
           {"year": 2023, "count": 1, "exercises": [
             {"id": "4a8d2f6b-1c7e-4b93-9f05-3e6a8c2d1b74", "name": "Talisman Sabre 2023", "start": "2023-07-22",
              "end": "2023-08-04", "roles": {"JPN": "PARTICIPANT", "USA": "HOST"}}]},
           {"year": 2022, "count": 1, "exercises": [
             {"id": "9b1e5c3a-7d2f-4a68-b4e9-0c8f6a2d5e13", "name": "RIMPAC 2022", "start": "2022-06-29", "end": "2022-08-04",
              "roles": {"JPN": "PARTICIPANT", "USA": "HOST"}}]}],
         "partial": [], "partialReasons": {}}""")
public record CountryTies(
        @Schema(example = "JPN", description = "One country, ISO 3166-1 alpha-3 (a former state ISO 3166-3)") String country,
        @Schema(example = "USA", description = "The other") String other,
        @Schema(description = "The day the ties are of") LocalDate asOf,
        @Schema(description = TieScore.DEFINITION, minimum = "0", maximum = "100", example = "60")
        int score,
        @Schema(description = "The three parts of the score") TieScore scoreParts,
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
        @Schema(description = "Why each part in `partial` is missing") Map<String, String> partialReasons) {

    /**
     * An alliance both have been in, and whether both are members on {@code asOf}; {@code counterparts}: its codes in
     * the other source (NATO curated and as ATOP 3180), listed each, scored once.
     */
    public record SharedAlliance(@Schema(description = "The alliance's code") String code,
                                 @Schema(description = "The alliance's name") String name,
                                 @Schema(description = "Whether both are members on `asOf`") boolean bothMembers,
                                 @Schema(description = "The periods both were members together") List<CountryProfile.Period> together,
                                 @Schema(description = "Its codes in the other source (curated or ATOP), each listed, scored once")
                                 List<String> counterparts) {
    }

    public record JointYear(@Schema(description = "The year the exercises started") int year,
                            @Schema(description = "How many joint exercises started in it") int count,
                            @Schema(description = "Those exercises") List<JointExercise> exercises) {
    }

    /** A joint exercise and each country's role in it. */
    public record JointExercise(@Schema(description = "The exercise's id in exercise-service") String id,
                                @Schema(description = "Its name; null for an imported exercise without one") String name,
                                @Schema(description = "Its first day, or month") String start,
                                @Schema(description = "Its last day, or month") String end,
                                @Schema(description = "Each country's role in it: HOST, PARTICIPANT or OBSERVER") Map<String, String> roles) {
    }
}
