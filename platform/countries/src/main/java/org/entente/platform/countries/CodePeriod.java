package org.entente.platform.countries;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The country code that a state number or name stands for during one period.
 *
 * @param code an Entente country code ({@link Countries})
 * @param from the first day, inclusive
 * @param to   the last day, inclusive; {@code null} while the period is open
 */
public record CodePeriod(String code, LocalDate from, LocalDate to) {

    public CodePeriod {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
    }
}
