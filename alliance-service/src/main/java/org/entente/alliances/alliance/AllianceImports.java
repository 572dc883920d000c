package org.entente.alliances.alliance;

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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.entente.alliances.membership.Membership;
import org.entente.alliances.membership.MembershipChanged;
import org.entente.alliances.membership.MembershipInput;
import org.entente.alliances.membership.MembershipRules;
import org.entente.alliances.membership.MembershipService;
import org.entente.alliances.membership.MembershipView;
import org.entente.platform.imports.RecordResult.Outcome;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.ProblemException;
import org.entente.platform.rest.RecordFields;

/**
 * Alliances from research data sets, created and corrected through the rules and events of every
 * other change, each in one transaction. A record is found again by its data set and source id: one
 * already as the file has it is left alone (nothing written, nothing published). A new one is created
 * as a client would: {@code alliance.created.v1}, one {@code alliance.member-admitted.v1} per period,
 * and {@code alliance.dissolved.v1} if it ended. One that differs is corrected with one
 * {@code alliance.updated.v1} carrying every period, plus {@code alliance.dissolved.v1} when the file
 * adds its end; an end is never taken back. Only what the data set gives is compared and written: a
 * curator's region, headquarters or suspensions stay.
 */
@ApplicationScoped
public class AllianceImports {

    private final AllianceEvents events;
    private final Validator validator;
    private final EntityManager entityManager;
    private final Clock clock;

    AllianceImports(AllianceEvents events, Validator validator, EntityManager entityManager, Clock clock) {
        this.events = events;
        this.validator = validator;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Creates, corrects or leaves the alliance the record stands for.
     *
     * @throws RowRejected       when the record takes back an end the alliance has
     * @throws ProblemException  when it breaks a rule of alliances or memberships (the reason in its detail)
     */
    @Transactional
    public Outcome importAlliance(ImportedAlliance imported) {
        BeanValidation.requireValid(validator, imported.alliance());
        imported.members().forEach(member -> BeanValidation.requireValid(validator, member));
        AllianceService.checkRules(imported.alliance());
        Optional<Alliance> existing = Alliance.find("dataSet = ?1 AND sourceId = ?2", imported.dataSet(), imported.sourceId())
                .firstResultOptional();
        if (existing.isEmpty()) {
            create(imported);
            return Outcome.CREATED;
        }
        return correct(existing.get(), imported);
    }

    private void create(ImportedAlliance imported) {
        AllianceInput input = imported.alliance();
        AllianceService.requireCodeFree(input.code(), null);
        Alliance alliance = new Alliance();
        alliance.id = UUID.randomUUID();
        input.applyTo(alliance);
        alliance.dataSet = imported.dataSet();
        alliance.sourceId = imported.sourceId();
        alliance.createdAt = now();
        alliance.updatedAt = alliance.createdAt;
        checkPeriods(alliance, imported.ended(), imported.members());
        alliance.persist();
        List<Membership> periods = new ArrayList<>();
        for (MembershipInput member : imported.members()) {
            Membership membership = new Membership();
            membership.id = UUID.randomUUID();
            membership.allianceId = alliance.id;
            member.applyTo(membership);
            membership.createdAt = alliance.createdAt;
            membership.updatedAt = alliance.createdAt;
            membership.persist();
            periods.add(membership);
        }
        entityManager.flush();
        List<String> set = new ArrayList<>(RecordFields.set(input));
        set.add("provenance");
        events.publish(alliance, "alliance.created.v1", set);
        publishAdmissions(alliance, periods, imported.members());
        if (imported.ended() != null) {
            end(alliance, imported.ended());
        }
    }

    /** One event per period, in order, each with the members of today among those admitted so far, as live admissions have. */
    private void publishAdmissions(Alliance alliance, List<Membership> periods, List<MembershipInput> inputs) {
        AllianceView view = AllianceView.of(alliance);
        LocalDate today = LocalDate.now(clock);
        List<MembershipView> current = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Membership period = periods.get(i);
            MembershipView admitted = MembershipView.of(period);
            if (period.activeOn(today)) {
                current.add(admitted);
                current.sort(Comparator.comparing(MembershipView::country).thenComparing(MembershipView::joined));
            }
            events.publish(alliance, "alliance.member-admitted.v1",
                    new MembershipChanged(view, List.copyOf(current), admitted, RecordFields.set(inputs.get(i))));
        }
    }

    private Outcome correct(Alliance alliance, ImportedAlliance imported) {
        entityManager.lock(alliance, LockModeType.PESSIMISTIC_WRITE);
        AllianceInput before = AllianceInput.of(alliance);
        AllianceInput target = imported.alliance().keeping(before);
        List<String> changed = new ArrayList<>(RecordFields.changed(before, target));
        ImportedAlliance.Ending ended = imported.ended();
        boolean ends = alliance.status != AllianceStatus.DISSOLVED && ended != null;
        if (alliance.status == AllianceStatus.DISSOLVED && ended == null) {
            throw new RowRejected("no end any more: the alliance imported from it before was dissolved on "
                    + alliance.dissolvedPrecision.format(alliance.dissolved) + ", and a dissolution is not taken back;"
                    + " delete the alliance and import again to record it without");
        }
        if (alliance.status == AllianceStatus.DISSOLVED
                && !(ended.date().equals(alliance.dissolved) && ended.precision() == alliance.dissolvedPrecision)) {
            changed.add("dissolved");
        }
        List<Membership> current = Membership.list("allianceId", Sort.by("country").and("joined"), alliance.id);
        PeriodChanges periods = PeriodChanges.between(current, imported.members());
        if (changed.isEmpty() && periods.isEmpty() && !ends) {
            return Outcome.UNCHANGED;
        }
        target.applyTo(alliance);
        if (changed.contains("dissolved")) {
            alliance.dissolved = ended.date();
            alliance.dissolvedPrecision = ended.precision();
        }
        checkPeriods(alliance, ended, imported.members());
        Instant now = now();
        alliance.updatedAt = now;
        periods.apply(alliance.id, now);
        entityManager.flush();
        if (!periods.isEmpty()) {
            changed.add("memberships");
        }
        if (!changed.isEmpty()) {
            List<MembershipView> memberships = Membership.<Membership>list("allianceId", Sort.by("country").and("joined"), alliance.id)
                    .stream().map(MembershipView::of).toList();
            events.publish(alliance, "alliance.updated.v1", new AllianceWithMemberships(AllianceView.of(alliance), changed,
                    memberships));
        }
        if (ends) {
            end(alliance, ended);
        }
        return Outcome.UPDATED;
    }

    /** The lifecycle step a data set's end is: as {@code dissolve} does it, on the day (or month or year) recorded. */
    private void end(Alliance alliance, ImportedAlliance.Ending ended) {
        alliance.status = AllianceStatus.DISSOLVED;
        alliance.dissolved = ended.date();
        alliance.dissolvedPrecision = ended.precision();
        alliance.updatedAt = now();
        entityManager.flush();
        events.publish(alliance, "alliance.dissolved.v1", List.of("status", "dissolved"));
    }

    /** The rules of every period, as admissions check them, against the alliance as it will be. */
    private static void checkPeriods(Alliance alliance, ImportedAlliance.Ending ended, List<MembershipInput> members) {
        if (ended != null && ended.date().isBefore(alliance.founded)) {
            throw ProblemException.invalidField("dissolved", "the end " + ended.precision().format(ended.date())
                    + " is before the founding " + alliance.foundedPrecision.format(alliance.founded));
        }
        Map<String, List<MembershipInput>> byCountry = new HashMap<>();
        for (MembershipInput member : members) {
            MembershipRules.checkPeriod(alliance, member);
            for (MembershipInput other : byCountry.computeIfAbsent(member.country(), c -> new ArrayList<>())) {
                if (MembershipRules.overlap(other.joined(), other.left(), member.joined(), member.left())) {
                    throw new ProblemException(409, member.country() + "'s membership from " + member.joined()
                            + " overlaps its period from " + other.joined());
                }
            }
            byCountry.get(member.country()).add(member);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * How an alliance's periods differ from a record's, period by period: a period is the same one when
     * its country and first day are, and is corrected in place; the others are removed or added. Only
     * what the data set gives is compared (not suspensions, which a curator may add).
     */
    private record PeriodChanges(Map<Membership, MembershipInput> corrected, List<Membership> removed,
                                 List<MembershipInput> added) {

        static PeriodChanges between(List<Membership> current, List<MembershipInput> target) {
            Map<String, Membership> byKey = new LinkedHashMap<>();
            current.forEach(m -> byKey.put(m.country + "/" + m.joined, m));
            Map<Membership, MembershipInput> corrected = new LinkedHashMap<>();
            List<MembershipInput> added = new ArrayList<>();
            for (MembershipInput period : target) {
                Membership same = byKey.remove(period.country() + "/" + period.joined());
                if (same == null) {
                    added.add(period);
                    continue;
                }
                MembershipInput kept = new MembershipInput(period.country(), period.role(), period.joined(),
                        period.joinedPrecision(), period.left(), period.leftPrecision(), period.obligations(), same.suspensions);
                if (!MembershipService.changed(MembershipInput.of(same), kept).isEmpty()) {
                    corrected.put(same, kept);
                }
            }
            return new PeriodChanges(corrected, List.copyOf(byKey.values()), added);
        }

        boolean isEmpty() {
            return corrected.isEmpty() && removed.isEmpty() && added.isEmpty();
        }

        void apply(UUID allianceId, Instant now) {
            removed.forEach(Membership::delete);
            corrected.forEach((membership, period) -> {
                period.applyTo(membership);
                membership.updatedAt = now;
            });
            for (MembershipInput period : added) {
                Membership membership = new Membership();
                membership.id = UUID.randomUUID();
                membership.allianceId = allianceId;
                period.applyTo(membership);
                membership.createdAt = now;
                membership.updatedAt = now;
                membership.persist();
            }
        }
    }
}
