package org.entente.agreements.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.platform.rest.DatePrecision;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A bilateral defense agreement. The two parties are kept in the order they were entered; every
 * query treats the pair as unordered. {@code expires} is the first day the agreement is no longer
 * in force, like a membership's {@code left}.
 */
@Entity
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementType type;

    @Column(name = "party_a", nullable = false)
    public String partyA;

    @Column(name = "party_b", nullable = false)
    public String partyB;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_scope_area", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "scope_area")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 200)
    public Set<ScopeArea> scopeAreas = EnumSet.noneOf(ScopeArea.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agreement_objective", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderColumn(name = "position")
    @Column(name = "objective")
    @BatchSize(size = 200)
    public List<String> objectives = new ArrayList<>();

    /** The signing day, or the first day of the month or year it is known to ({@link #signedPrecision}). */
    public LocalDate signed;

    @Enumerated(EnumType.STRING)
    @Column(name = "signed_precision")
    public DatePrecision signedPrecision;

    @Column(name = "entered_into_force")
    public LocalDate enteredIntoForce;

    @Enumerated(EnumType.STRING)
    @Column(name = "entered_into_force_precision")
    public DatePrecision enteredIntoForcePrecision;

    public LocalDate expires;

    /** The initial term in years, if the text sets one; entering into force derives {@code expires} from it. */
    @Column(name = "duration_years")
    public Integer durationYears;

    /** Renewed automatically for this many years each time it would expire; none when null. */
    @Column(name = "renewal_years")
    public Integer renewalYears;

    public String summary;

    public String source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status = AgreementStatus.PROPOSED;

    /** Why it is suspended or was terminated. */
    @Column(name = "status_reason")
    public String statusReason;

    public LocalDate terminated;

    @Enumerated(EnumType.STRING)
    @Column(name = "terminated_precision")
    public DatePrecision terminatedPrecision;

    /** The research data set it was imported from ({@code dcad-1.0}), or null for a curated agreement. */
    @Column(name = "data_set")
    public String dataSet;

    /** Its record's id in that data set (DCAD's DCAid). */
    @Column(name = "source_id")
    public String sourceId;

    /** The data set's values that have no field of their own, as the file has them (DCAD's codes). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "source_values")
    public Map<String, String> sourceValues;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public List<String> parties() {
        return List.of(partyA, partyB);
    }

    /** The other party, for a country that is one of them. */
    public String partnerOf(String country) {
        return partyA.equals(country) ? partyB : partyA;
    }

    /**
     * In force on this day: entered into force by then, not expired and not terminated yet (a suspension
     * does not end it). Surely so: an entry into force known to the month or year counts from the
     * period's last day, a termination known to the year from its first.
     */
    public boolean inForceOn(LocalDate day) {
        return enteredIntoForce != null && !DatePrecision.of(enteredIntoForcePrecision).last(enteredIntoForce).isAfter(day)
                && (expires == null || day.isBefore(expires))
                && (terminated == null || day.isBefore(terminated));
    }
}
