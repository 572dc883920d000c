package org.entente.alliances.membership;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One period of one country in one alliance: a member from {@code joined} until the day before {@code left}. */
@Entity
public class Membership extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "alliance_id", nullable = false)
    public UUID allianceId;

    @Column(nullable = false)
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MemberRole role;

    @Column(nullable = false)
    public LocalDate joined;

    @Column(name = "left_on")
    public LocalDate left;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether this period and [{@code from}, {@code until}) share a day; a null end is open. */
    boolean overlaps(LocalDate from, LocalDate until) {
        boolean startsBeforeOtherEnds = until == null || joined.isBefore(until);
        boolean otherStartsBeforeThisEnds = left == null || from.isBefore(left);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    boolean activeOn(LocalDate day) {
        return !joined.isAfter(day) && (left == null || day.isBefore(left));
    }
}
