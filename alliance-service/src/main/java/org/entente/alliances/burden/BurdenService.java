package org.entente.alliances.burden;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.entente.alliances.alliance.Alliance;
import org.entente.alliances.alliance.AllianceEvents;
import org.entente.alliances.alliance.AllianceService;
import org.entente.alliances.alliance.AllianceView;
import org.entente.alliances.membership.Membership;
import org.entente.alliances.membership.MembershipService;
import org.entente.platform.rest.ETags;
import org.entente.platform.rest.ProblemException;

/** Members' defense spending against the alliance's target. */
@ApplicationScoped
public class BurdenService {

    static final int FIRST_YEAR = 1816;
    static final int LAST_YEAR = 2100;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AllianceService alliances;
    private final MembershipService memberships;
    private final AllianceEvents events;
    private final Clock clock;

    BurdenService(AllianceService alliances, MembershipService memberships, AllianceEvents events, Clock clock) {
        this.alliances = alliances;
        this.memberships = memberships;
        this.events = events;
        this.clock = clock;
    }

    public Optional<BurdenFigure> find(String idOrCode, int year, String country) {
        Alliance alliance = alliances.get(idOrCode);
        return BurdenFigure.find("allianceId = ?1 and year = ?2 and country = ?3", alliance.id, year, country)
                .firstResultOptional();
    }

    /** Creates or replaces a figure; replacing needs the figure's ETag. Returns it and whether it is new. */
    @Transactional
    public Recorded record(String idOrCode, int year, String country, String ifMatch, BurdenInput input) {
        Alliance alliance = alliances.get(idOrCode);
        checkYear(year);
        if (!memberDuring(alliance, country, year)) {
            throw ProblemException.invalidField("year", country + " was not a member of " + alliance.code + " in " + year);
        }
        Optional<BurdenFigure> existing = BurdenFigure.find("allianceId = ?1 and year = ?2 and country = ?3",
                alliance.id, year, country).firstResultOptional();
        existing.ifPresent(figure -> ETags.requireMatch(ifMatch, figure.version));
        BurdenFigure figure = existing.orElseGet(() -> {
            BurdenFigure created = new BurdenFigure();
            created.id = UUID.randomUUID();
            created.allianceId = alliance.id;
            created.country = country;
            created.year = year;
            return created;
        });
        figure.expenditureUsd = input.expenditureUsd();
        figure.gdpShare = input.gdpShare();
        figure.updatedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        figure.persistAndFlush();
        events.publish(alliance, "alliance.burden-recorded.v1", new BurdenRecorded(AllianceView.of(alliance),
                BurdenFigureView.of(figure, alliance.figureTarget()), List.of("expenditureUsd", "gdpShare")));
        return new Recorded(figure, existing.isEmpty());
    }

    public record Recorded(BurdenFigure figure, boolean created) {
    }

    public BurdenReport report(String idOrCode, int year) {
        Alliance alliance = alliances.get(idOrCode);
        checkYear(year);
        BigDecimal target = alliance.figureTarget();
        List<BurdenFigure> figures = BurdenFigure.list("allianceId = ?1 and year = ?2", Sort.by("country"), alliance.id, year);
        List<BurdenFigureView> views = figures.stream().map(f -> BurdenFigureView.of(f, target)).toList();

        BigDecimal total = BigDecimal.ZERO;
        BigDecimal totalOfFiguresWithGdp = BigDecimal.ZERO;
        BigDecimal totalGdp = BigDecimal.ZERO;
        for (BurdenFigure figure : figures) {
            total = total.add(figure.expenditureUsd);
            if (figure.gdpShare.signum() > 0) { // a share of 0 says nothing about the GDP
                totalOfFiguresWithGdp = totalOfFiguresWithGdp.add(figure.expenditureUsd);
                totalGdp = totalGdp.add(figure.expenditureUsd.multiply(HUNDRED).divide(figure.gdpShare, MathContext.DECIMAL128));
            }
        }
        BigDecimal weighted = totalGdp.signum() == 0 ? null
                : totalOfFiguresWithGdp.multiply(HUNDRED).divide(totalGdp, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP);

        Set<String> withFigures = new TreeSet<>(figures.stream().map(f -> f.country).toList());
        Set<String> members = new TreeSet<>();
        for (Membership m : memberships.members(alliance, Optional.empty())) {
            if (activeDuring(m, year)) {
                members.add(m.country);
            }
        }
        List<String> without = new ArrayList<>(members);
        without.removeAll(withFigures);
        List<String> meeting = views.stream().filter(v -> Boolean.TRUE.equals(v.meetsTarget())).map(BurdenFigureView::country).toList();
        return new BurdenReport(alliance.code, year, alliance.spendingTargetGdpShare, alliance.spendingTargetCoreGdpShare, views,
                meeting, total, weighted, without);
    }

    private boolean memberDuring(Alliance alliance, String country, int year) {
        return memberships.members(alliance, Optional.empty()).stream()
                .anyMatch(m -> m.country.equals(country) && activeDuring(m, year));
    }

    private static boolean activeDuring(Membership m, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return !m.joined.isAfter(last) && (m.left == null || m.left.isAfter(first));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalidField("year", year + " is not a year from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }
}
