package org.entente.alliances.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.entente.alliances.alliance.Alliance;
import org.entente.alliances.alliance.AllianceStatus;
import org.entente.platform.rest.DatePrecision;
import org.entente.platform.rest.ProblemException;

/**
 * The rules of a membership period, for admissions, withdrawals, corrections and imports alike. Days
 * are compared as stored: a date known only to the month or year is its period's first day.
 */
public final class MembershipRules {

    private MembershipRules() {
    }

    /** Whether [{@code joined}, {@code left}) and [{@code from}, {@code until}) share a day; a null end is open. */
    public static boolean overlap(LocalDate joined, LocalDate left, LocalDate from, LocalDate until) {
        return (until == null || joined.isBefore(until)) && (left == null || from.isBefore(left));
    }

    /** The rules of one period on its own, within the alliance's life. */
    public static void checkPeriod(Alliance alliance, MembershipInput period) {
        misplaced("joined", period.joined(), period.joinedPrecision());
        if (period.left() == null && period.leftPrecision() != null) {
            throw ProblemException.invalidField("leftPrecision", "says how much of `left` is known; give `left` too");
        }
        if (period.left() != null) {
            misplaced("left", period.left(), period.leftPrecision());
            if (period.left().isBefore(period.joined())) {
                throw ProblemException.invalidField("left", "the day of leaving " + period.left()
                        + " is before the day of joining " + period.joined());
            }
        }
        if (period.joined().isBefore(alliance.founded)) {
            throw ProblemException.invalidField("joined", "the day of joining " + period.joined() + " is before "
                    + alliance.code + " was founded on " + alliance.founded);
        }
        if (alliance.status == AllianceStatus.DISSOLVED && alliance.dissolved != null
                && !period.joined().isBefore(alliance.dissolved)) {
            throw new ProblemException(409, alliance.code + " was dissolved on " + alliance.dissolved
                    + "; no one can join it on " + period.joined());
        }
        for (int i = 0; i < period.suspensions().size(); i++) {
            checkSuspension("suspensions[" + i + "]", period, period.suspensions().get(i));
        }
    }

    /** Two periods of the same country never overlap; {@code self} is the period being changed, if any. */
    public static void checkNoOverlap(MembershipInput period, UUID self, List<Membership> sameCountry) {
        for (Membership other : sameCountry) {
            if (!other.id.equals(self) && other.overlaps(period.joined(), period.left())) {
                throw new ProblemException(409, period.country() + "'s membership from " + period.joined()
                        + (period.left() == null ? "" : " to " + period.left()) + " overlaps its period from "
                        + other.joined + (other.left == null ? " (still a member)" : " to " + other.left)
                        + " (membership " + other.id + ")");
            }
        }
    }

    private static void checkSuspension(String field, MembershipInput period, Suspension suspension) {
        misplaced(field + ".since", suspension.since(), suspension.sincePrecision());
        if (suspension.towards().equals(period.country())) {
            throw ProblemException.invalidField(field + ".towards", "a member owes nothing to itself");
        }
        if (suspension.since().isBefore(period.joined()) || period.left() != null && !suspension.since().isBefore(period.left())) {
            throw ProblemException.invalidField(field + ".since", suspension.since() + " is outside the period from "
                    + period.joined() + (period.left() == null ? "" : " to " + period.left()));
        }
        if (suspension.until() != null && !suspension.until().isAfter(suspension.since())) {
            throw ProblemException.invalidField(field + ".until", "the suspension ends on " + suspension.until()
                    + ", not after it began on " + suspension.since());
        }
    }

    private static void misplaced(String field, LocalDate day, DatePrecision precision) {
        String why = DatePrecision.of(precision).misplaced(day);
        if (why != null) {
            throw ProblemException.invalidField(field, why);
        }
    }
}
