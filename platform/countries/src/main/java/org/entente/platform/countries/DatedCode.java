package org.entente.platform.countries;

import java.time.LocalDate;

/** One row of a dated code table; {@code from} or {@code to} is {@code null} where the row is open. */
record DatedCode(String code, LocalDate from, LocalDate to, String note) {

    boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    String describe() {
        String name = Countries.find(code).map(Country::name).orElse(code);
        String span = from == null && to == null ? "on any day"
                : from == null ? "until " + to
                : to == null ? "from " + from
                : "from " + from + " to " + to;
        return code + " (" + name + ") " + span;
    }
}
