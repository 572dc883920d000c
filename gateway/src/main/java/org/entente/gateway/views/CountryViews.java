package org.entente.gateway.views;

import io.vertx.core.Future;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.gateway.views.CountryProfile.AllianceMembership;
import org.entente.gateway.views.CountryProfile.ExerciseTaken;
import org.entente.gateway.views.CountryProfile.PartnerAgreement;
import org.entente.gateway.views.CountryProfile.Period;
import org.entente.gateway.views.CountryTies.JointExercise;
import org.entente.gateway.views.CountryTies.JointYear;
import org.entente.gateway.views.CountryTies.SharedAlliance;
import org.entente.gateway.views.ServiceReads.Caller;
import org.entente.gateway.views.ServiceRecords.Exercise;
import org.entente.gateway.views.ServiceRecords.Membership;
import org.entente.gateway.views.ServiceRecords.Partner;
import org.entente.platform.countries.Countries;
import org.entente.platform.countries.Country;

/**
 * Builds the cross-service views from the three services, asked in parallel. A part whose service
 * fails or is late is left out and named, as KrakenD flags an incomplete response: the view still
 * answers with what it has.
 */
@Singleton
class CountryViews {

    static final String ALLIANCES = "alliances";
    static final String AGREEMENTS = "agreements";
    static final String EXERCISES = "exercises";

    private final ServiceReads reads;
    private final ViewsConfig config;

    CountryViews(ServiceReads reads, ViewsConfig config) {
        this.reads = reads;
        this.config = config;
    }

    Future<CountryProfile> profile(String country, LocalDate asOf, Caller caller) {
        Future<List<Membership>> memberships = reads.memberships(country, caller);
        Future<List<Partner>> partners = reads.partners(country, asOf, caller);
        Future<List<Exercise>> recent = reads.exercises("country=" + country + "&to=" + asOf + "&sort=-start&limit="
                + config.exercises(), caller).map(ServiceRecords.Page::items);
        // exercises still under way on the day also match `from` and come first: a full page leaves room for them
        Future<List<Exercise>> upcoming = reads.exercises("country=" + country + "&from=" + asOf.plusDays(1)
                + "&sort=start&limit=200", caller).map(ServiceRecords.Page::items);
        Future<CountryProfile.Exercises> exercises = Future.all(recent, upcoming).map(both -> new CountryProfile.Exercises(
                taken(recent.result(), country),
                taken(upcoming.result().stream().filter(e -> e.startDay().isAfter(asOf)).limit(config.exercises()).toList(),
                        country)));
        return Future.join(memberships, partners, exercises).transform(done -> {
            Map<String, String> missing = new LinkedHashMap<>();
            var alliances = part(ALLIANCES, memberships, missing, m -> alliancesOf(m, asOf));
            var agreements = part(AGREEMENTS, partners, missing, CountryViews::agreementsOf);
            var taken = part(EXERCISES, exercises, missing, e -> e);
            return Future.succeededFuture(new CountryProfile(country, nameOf(country), asOf, alliances, agreements, taken,
                    List.copyOf(missing.keySet()), missing));
        });
    }

    Future<CountryTies> ties(String country, String other, LocalDate asOf, Caller caller) {
        Future<List<SharedAlliance>> alliances = Future.all(reads.memberships(country, caller), reads.memberships(other, caller))
                .map(both -> shared(both.resultAt(0), both.resultAt(1), asOf));
        Future<List<PartnerAgreement>> agreements = reads.partners(country, asOf, caller)
                .map(partners -> agreementsOf(partners.stream().filter(p -> p.partner().equals(other)).toList()));
        Future<List<Exercise>> joint = reads.allExercises("country=" + country + "&country=" + other + "&to=" + asOf
                + "&sort=-start&limit=200", caller);
        return Future.join(alliances, agreements, joint).transform(done -> {
            Map<String, String> missing = new LinkedHashMap<>();
            var shared = part(ALLIANCES, alliances, missing, a -> a);
            var between = part(AGREEMENTS, agreements, missing, a -> a);
            var years = part(EXERCISES, joint, missing, j -> byYear(j, country, other));
            TieScore score = TieScore.of(shared == null ? 0 : alliancesNow(shared),
                    between == null ? 0 : (int) between.stream().filter(PartnerAgreement::inForce).count(),
                    joint.failed() ? 0 : (int) joint.result().stream()
                            .filter(e -> e.startDay().isAfter(asOf.minusYears(5))).count());
            return Future.succeededFuture(new CountryTies(country, other, asOf, score.total(), score, shared, between, years,
                    List.copyOf(missing.keySet()), missing));
        });
    }

    /** The shared alliances both are members of, an alliance known from two sources (curated and ATOP) counted once. */
    private static int alliancesNow(List<SharedAlliance> shared) {
        java.util.Set<String> counted = new java.util.HashSet<>();
        int alliances = 0;
        for (SharedAlliance alliance : shared) {
            if (alliance.bothMembers() && counted.add(alliance.code())) {
                alliances++;
                counted.addAll(alliance.counterparts());
            }
        }
        return alliances;
    }

    /** The part's value, or null with the reason recorded when its service failed. */
    private static <T, R> R part(String name, Future<T> read, Map<String, String> missing, java.util.function.Function<T, R> view) {
        if (read.succeeded()) {
            return view.apply(read.result());
        }
        missing.put(name, read.cause().getMessage());
        return null;
    }

    private static List<AllianceMembership> alliancesOf(List<Membership> memberships, LocalDate asOf) {
        Map<String, List<Membership>> byAlliance = memberships.stream().filter(m -> !m.joined().isAfter(asOf))
                .collect(Collectors.groupingBy(Membership::allianceCode, TreeMap::new, Collectors.toList()));
        List<AllianceMembership> result = new ArrayList<>();
        byAlliance.forEach((code, periods) -> {
            List<Membership> sorted = periods.stream().sorted(Comparator.comparing(Membership::joined)).toList();
            Membership latest = sorted.get(sorted.size() - 1);
            result.add(new AllianceMembership(code, latest.allianceName(), latest.role(),
                    sorted.stream().anyMatch(m -> m.on(asOf)),
                    sorted.stream().map(m -> new Period(m.joined(), m.left())).toList()));
        });
        result.sort(Comparator.comparing((AllianceMembership a) -> !a.member()).thenComparing(AllianceMembership::code));
        return result;
    }

    private static List<PartnerAgreement> agreementsOf(List<Partner> partners) {
        return partners.stream().flatMap(p -> p.agreements().stream().map(a -> new PartnerAgreement(p.partner(),
                        nameOf(p.partner()), a.id(), a.title(), a.type(), a.status(), a.signed(), a.enteredIntoForce(),
                        a.expires(), a.terminated(), a.inForce())))
                .sorted(Comparator.comparing(PartnerAgreement::inForce).reversed()
                        .thenComparing(PartnerAgreement::partner).thenComparing(PartnerAgreement::title))
                .toList();
    }

    private static List<ExerciseTaken> taken(List<Exercise> exercises, String country) {
        return exercises.stream().map(e -> new ExerciseTaken(e.id(), e.name(), e.series(), e.start(), e.end(), e.status(),
                e.roleOf(country), e.participants().size())).toList();
    }

    /** Periods in which both were in the same alliance (each pair of their periods, intersected) that began by the day. */
    static List<SharedAlliance> shared(List<Membership> mine, List<Membership> theirs, LocalDate asOf) {
        Map<String, List<Membership>> theirsByAlliance = theirs.stream().collect(Collectors.groupingBy(Membership::allianceCode));
        Map<String, SharedAlliance> shared = new TreeMap<>();
        for (Membership a : mine) {
            for (Membership b : theirsByAlliance.getOrDefault(a.allianceCode(), List.of())) {
                LocalDate from = a.joined().isAfter(b.joined()) ? a.joined() : b.joined();
                LocalDate until = earlierEnd(a.left(), b.left());
                if (until != null && !until.isAfter(from) || from.isAfter(asOf)) {
                    continue; // one left before the other joined, or they joined together only after the day asked
                }
                SharedAlliance known = shared.get(a.allianceCode());
                List<Period> together = new ArrayList<>(known == null ? List.of() : known.together());
                together.add(new Period(from, until));
                together.sort(Comparator.comparing(Period::joined));
                boolean both = (known != null && known.bothMembers()) || (a.on(asOf) && b.on(asOf));
                shared.put(a.allianceCode(), new SharedAlliance(a.allianceCode(), a.allianceName(), both, List.copyOf(together),
                        a.counterparts()));
            }
        }
        List<SharedAlliance> result = new ArrayList<>(shared.values());
        result.sort(Comparator.comparing((SharedAlliance s) -> !s.bothMembers()).thenComparing(SharedAlliance::code));
        return result;
    }

    private static LocalDate earlierEnd(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static List<JointYear> byYear(List<Exercise> joint, String country, String other) {
        Map<Integer, List<JointExercise>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Exercise e : joint) {
            Map<String, String> roles = new LinkedHashMap<>();
            roles.put(country, e.roleOf(country));
            roles.put(other, e.roleOf(other));
            years.computeIfAbsent(e.startDay().getYear(), y -> new ArrayList<>())
                    .add(new JointExercise(e.id(), e.name(), e.start(), e.end(), roles));
        }
        return years.entrySet().stream().map(y -> new JointYear(y.getKey(), y.getValue().size(), y.getValue())).toList();
    }

    private static String nameOf(String code) {
        return Countries.find(code).map(Country::name).orElse(code);
    }
}
