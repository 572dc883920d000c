package org.entente.alliances.membership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.entente.alliances.alliance.Alliance;
import org.entente.alliances.alliance.AllianceEvents;
import org.entente.alliances.alliance.AllianceService;
import org.entente.alliances.alliance.AllianceView;
import org.entente.alliances.alliance.DataSets;
import org.entente.alliances.country.CountryAllianceView;
import org.entente.platform.imports.Provenance;
import org.entente.platform.jpa.KeysetPager;
import org.entente.platform.jpa.SortField;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.SortOrder;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.MergePatch;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.RecordFields;

/**
 * Members over time. Every change locks the alliance's row first, so the no-overlap rule is checked
 * against a membership list nobody else is changing at the same moment.
 */
@ApplicationScoped
public class MembershipService {

    private final AllianceService alliances;
    private final AllianceEvents events;
    private final ObjectMapper json;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    MembershipService(AllianceService alliances, AllianceEvents events, ObjectMapper json, Validator validator,
                      EntityManager entityManager, Clock clock) {
        this.alliances = alliances;
        this.events = events;
        this.json = json;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Today by the service's clock (UTC): the day "the members" means when no day is given. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Membership get(String idOrCode, String membershipId) {
        Alliance alliance = alliances.get(idOrCode);
        UUID id;
        try {
            id = UUID.fromString(membershipId);
        } catch (IllegalArgumentException e) {
            throw notFound(alliance, membershipId);
        }
        Membership membership = Membership.findById(id);
        if (membership == null || !membership.allianceId.equals(alliance.id)) {
            throw notFound(alliance, membershipId);
        }
        return membership;
    }

    static final KeysetPager<Membership> PAGER = new KeysetPager<>(Membership.class, java.util.Map.of(
            "country", SortField.text("country", m -> m.country),
            "joined", SortField.date("joined", m -> m.joined)),
            SortField.id(m -> m.id));

    /** One page of the members on {@code asOf}, or of every period when {@code asOf} is empty. */
    public Page<MembershipView> page(Alliance alliance, Optional<LocalDate> asOf, SortOrder order, String after, int limit) {
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("alliance", alliance.id);
        asOf.ifPresent(day -> parameters.put("day", day));
        String filter = "e.allianceId = :alliance"
                + (asOf.isPresent() ? " AND e.joined <= :day AND (e.left IS NULL OR e.left > :day)" : "");
        return PAGER.page(entityManager, filter, parameters, order, after, limit, MembershipView::of);
    }

    /** The members on {@code asOf} (one period per country), or every period when {@code asOf} is empty. */
    public List<Membership> members(Alliance alliance, Optional<LocalDate> asOf) {
        List<Membership> all = Membership.list("allianceId", Sort.by("country").and("joined"), alliance.id);
        return asOf.map(day -> all.stream().filter(m -> m.activeOn(day)).toList()).orElse(all);
    }

    /**
     * A country's membership periods with their alliances, or those of one day, from one source if
     * given ({@code curated} or a data set's id).
     */
    public List<CountryAllianceView> ofCountry(String country, Optional<LocalDate> day, Optional<String> source) {
        String jpql = "SELECT m, a FROM Membership m, Alliance a WHERE a.id = m.allianceId AND m.country = :country"
                + (day.isPresent() ? " AND m.joined <= :day AND (m.left IS NULL OR m.left > :day)" : "")
                + source.map(s -> " AND " + DataSets.condition("a", s, "source")).orElse("")
                + " ORDER BY a.name, m.joined, a.id";
        var query = entityManager.createQuery(jpql, Object[].class).setParameter("country", country);
        day.ifPresent(d -> query.setParameter("day", d));
        source.filter(s -> !s.equals(Provenance.CURATED)).ifPresent(s -> query.setParameter("source", s));
        return query.getResultList().stream().map(row -> CountryAllianceView.of((Membership) row[0], (Alliance) row[1])).toList();
    }

    @Transactional
    public Membership admit(String idOrCode, MembershipInput input) {
        Alliance alliance = locked(idOrCode);
        checkPeriod(alliance, input, null);
        Membership membership = new Membership();
        membership.id = UUID.randomUUID();
        membership.allianceId = alliance.id;
        input.applyTo(membership);
        membership.createdAt = now();
        membership.updatedAt = membership.createdAt;
        membership.persist();
        entityManager.flush();
        publish(alliance, membership, "alliance.member-admitted.v1", RecordFields.set(input));
        return membership;
    }

    @Transactional
    public Membership withdraw(String idOrCode, String membershipId, String ifMatch, LocalDate date) {
        Alliance alliance = locked(idOrCode);
        Membership membership = get(idOrCode, membershipId);
        ETags.requireMatch(ifMatch, membership.version);
        if (membership.left != null) {
            throw new ProblemException(409, membership.country + " already left " + alliance.code + " on "
                    + membership.left + "; correct the record with PATCH to change that date");
        }
        MembershipInput after = MembershipInput.of(membership).leaving(date);
        checkPeriod(alliance, after, membership.id);
        after.applyTo(membership);
        membership.updatedAt = now();
        entityManager.flush();
        publish(alliance, membership, "alliance.member-withdrawn.v1", List.of("left"));
        return membership;
    }

    @Transactional
    public Membership correct(String idOrCode, String membershipId, String ifMatch, String patch)
            throws JsonProcessingException {
        Alliance alliance = locked(idOrCode);
        Membership membership = get(idOrCode, membershipId);
        ETags.requireMatch(ifMatch, membership.version);
        MembershipInput before = MembershipInput.of(membership);
        MembershipInput after = BeanValidation.requireValid(validator,
                MergePatch.apply(json, before, patch, MembershipInput.class));
        checkPeriod(alliance, after, membership.id);
        List<String> changed = changed(before, after);
        if (changed.isEmpty()) {
            return membership;
        }
        after.applyTo(membership);
        membership.updatedAt = now();
        entityManager.flush();
        publish(alliance, membership, "alliance.membership-corrected.v1", changed);
        return membership;
    }

    /** The fields that differ; obligations not recorded (null) differ from owing none. */
    public static List<String> changed(MembershipInput before, MembershipInput after) {
        List<String> changed = new ArrayList<>(RecordFields.changed(before, after));
        if (!Objects.equals(before.obligations(), after.obligations()) && !changed.contains("obligations")) {
            changed.add("obligations");
        }
        return changed;
    }

    private Alliance locked(String idOrCode) {
        Alliance alliance = alliances.get(idOrCode);
        entityManager.lock(alliance, LockModeType.PESSIMISTIC_WRITE);
        return alliance;
    }

    /** The rules of a membership period; {@code self} is the period being changed, if any. */
    private static void checkPeriod(Alliance alliance, MembershipInput period, UUID self) {
        MembershipRules.checkPeriod(alliance, period);
        for (int i = 0; i < period.suspensions().size(); i++) {
            Suspension suspension = period.suspensions().get(i);
            long owed = Membership.count("allianceId = ?1 AND country = ?2 AND joined <= ?3 AND (left IS NULL OR left > ?3)",
                    alliance.id, suspension.towards(), suspension.since());
            if (owed == 0) {
                throw ProblemException.invalidField("suspensions[" + i + "].towards", suspension.towards() + " is not a member of "
                        + alliance.code + " on " + suspension.since());
            }
        }
        MembershipRules.checkNoOverlap(period, self,
                Membership.list("allianceId = ?1 and country = ?2", alliance.id, period.country()));
    }

    private void publish(Alliance alliance, Membership membership, String type, List<String> changed) {
        List<MembershipView> current = members(alliance, Optional.of(today())).stream()
                .map(MembershipView::of).toList();
        events.publish(alliance, type,
                new MembershipChanged(AllianceView.of(alliance), current, MembershipView.of(membership), changed));
    }

    private static ProblemException notFound(Alliance alliance, String membershipId) {
        return new ProblemException(404, "No membership " + membershipId + " in " + alliance.code);
    }

    /** The current instant by the service's clock, at database precision. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
