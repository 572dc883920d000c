package org.entente.alliances.clause;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.entente.alliances.alliance.Alliance;
import org.entente.alliances.alliance.AllianceEvents;
import org.entente.alliances.alliance.AllianceService;
import org.entente.alliances.alliance.AllianceView;
import org.entente.alliances.membership.MembershipService;
import org.entente.platform.rest.ProblemException;

/** Invocations of an alliance's collective-defense clause. */
@ApplicationScoped
public class ClauseService {

    private final AllianceService alliances;
    private final MembershipService memberships;
    private final AllianceEvents events;
    private final Clock clock;

    ClauseService(AllianceService alliances, MembershipService memberships, AllianceEvents events, Clock clock) {
        this.alliances = alliances;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    public List<ClauseInvocation> list(String idOrCode) {
        Alliance alliance = alliances.get(idOrCode);
        return ClauseInvocation.list("allianceId", Sort.by("invokedOn").and("createdAt"), alliance.id);
    }

    @Transactional
    public ClauseInvocation record(String idOrCode, InvocationInput input) {
        Alliance alliance = alliances.get(idOrCode);
        if (alliance.collectiveDefenseClause == null || alliance.collectiveDefenseClause.isBlank()) {
            throw new ProblemException(409, alliance.code + " has no collective-defense clause to invoke; set "
                    + "collectiveDefenseClause first");
        }
        if (input.date().isBefore(alliance.founded)
                || (alliance.dissolved != null && !input.date().isBefore(alliance.dissolved))) {
            throw ProblemException.invalidField("date", input.date() + " is outside " + alliance.code + "'s life ("
                    + alliance.founded + (alliance.dissolved == null ? " onwards" : " to " + alliance.dissolved) + ")");
        }
        boolean member = memberships.members(alliance, Optional.of(input.date())).stream()
                .anyMatch(m -> m.country.equals(input.invokingMember()));
        if (!member) {
            throw ProblemException.invalidField("invokingMember", input.invokingMember() + " was not a member of "
                    + alliance.code + " on " + input.date());
        }
        ClauseInvocation invocation = new ClauseInvocation();
        invocation.id = UUID.randomUUID();
        invocation.allianceId = alliance.id;
        invocation.invokedOn = input.date();
        invocation.invokingMember = input.invokingMember();
        invocation.description = input.description();
        invocation.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        invocation.persist();
        events.publish(alliance, "alliance.clause-invoked.v1",
                new InvocationRecorded(AllianceView.of(alliance), InvocationView.of(invocation), List.of("clauseInvocations")));
        return invocation;
    }
}
