package org.entente.gateway.views;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** The parts of the services' answers the views read; anything else in them is ignored. */
final class ServiceRecords {

    private ServiceRecords() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Page<T>(List<T> items, String next) {
    }

    /** alliance-service: {@code GET /api/v1/countries/{code}/alliances}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Membership(String allianceCode, String allianceName, String role, LocalDate joined, LocalDate left,
                      List<String> counterparts) {

        Membership {
            counterparts = counterparts == null ? List.of() : List.copyOf(counterparts);
        }

        boolean on(LocalDate day) {
            return !joined.isAfter(day) && (left == null || left.isAfter(day));
        }
    }

    /** agreement-service: {@code GET /api/v1/countries/{code}/agreements}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Partner(String partner, List<Agreement> agreements) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Agreement(String id, String title, String type, String status, LocalDate signed, LocalDate enteredIntoForce,
                     LocalDate expires, LocalDate terminated, boolean inForce) {
    }

    /** exercise-service: {@code GET /api/v1/exercises}; start and end are a day or a month ({@code 2024-08}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Exercise(String id, String name, String series, List<String> hosts, String start, String end, String status,
                    List<Participant> participants) {

        /** The first day the start may be. */
        LocalDate startDay() {
            return start.length() == 7 ? LocalDate.parse(start + "-01") : LocalDate.parse(start);
        }

        String roleOf(String country) {
            return participants.stream().filter(p -> p.country().equals(country)).map(Participant::role)
                    .findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Participant(String country, String role) {
    }
}
