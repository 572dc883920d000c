package org.entente.alliances.alliance;

import java.time.LocalDate;
import java.util.List;
import org.entente.alliances.membership.MembershipInput;
import org.entente.platform.rest.DatePrecision;

/**
 * An alliance as a research data set's record gives it: its fields, its end if it ended, its
 * membership periods, and where it comes from.
 *
 * @param alliance the fields the data set gives (the others, such as the region, null)
 * @param ended    when it ended, or null while the data set records it in force
 * @param members  every membership period, in order of joining
 * @param dataSet  the data set's id, e.g. {@code atop-5.1}
 * @param sourceId the record's id in the data set (ATOP's atopid)
 */
public record ImportedAlliance(AllianceInput alliance, Ending ended, List<MembershipInput> members, String dataSet,
                               String sourceId) {

    /**
     * @param date      the first day it no longer existed, or the first day of the month or year that is known
     * @param precision how much of {@code date} is known
     */
    public record Ending(LocalDate date, DatePrecision precision) {
    }
}
