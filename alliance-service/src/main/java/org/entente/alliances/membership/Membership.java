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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.entente.platform.rest.DatePrecision;
import org.entente.alliances.alliance.Obligation;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** The day it joined, or the first day of the month or year that is known ({@link #joinedPrecision}). */
    @Column(nullable = false)
    public LocalDate joined;

    @Enumerated(EnumType.STRING)
    @Column(name = "joined_precision", nullable = false)
    public DatePrecision joinedPrecision = DatePrecision.DAY;

    @Column(name = "left_on")
    public LocalDate left;

    @Enumerated(EnumType.STRING)
    @Column(name = "left_precision")
    public DatePrecision leftPrecision;

    /** What the member owes in this period (possibly nothing); null where not recorded per member. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Set<Obligation> obligations;

    /** Its obligations suspended towards other members, oldest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Suspension> suspensions = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Whether this period and [{@code from}, {@code until}) share a day; a null end is open. */
    boolean overlaps(LocalDate from, LocalDate until) {
        return MembershipRules.overlap(joined, left, from, until);
    }

    public boolean activeOn(LocalDate day) {
        return !joined.isAfter(day) && (left == null || day.isBefore(left));
    }
}
