package org.entente.alliances.reference;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.entente.alliances.alliance.Alliance;
import org.entente.alliances.alliance.AllianceInput;
import org.entente.alliances.alliance.AllianceService;
import org.entente.alliances.clause.ClauseService;
import org.entente.alliances.clause.InvocationInput;
import org.entente.alliances.membership.MembershipInput;
import org.entente.alliances.membership.MembershipService;
import org.entente.platform.rest.BeanValidation;
import org.entente.platform.rest.BundledJson;
import org.entente.platform.rest.ImportSummary;
import org.jboss.logging.Logger;

/**
 * The real alliances of the source articles (NATO with its 32 members and their accession dates,
 * AUKUS, Quad, ANZUS, CSTO, GCC, Five Eyes, SCO), kept in {@code reference/alliances.json}. Loaded
 * through the same services as any client's writes, so every record is validated and published as
 * events. Facts written and checked by the team; where one was brought up to date, its sources are
 * cited in {@code source}, and the descriptions say what is not recorded.
 */
@ApplicationScoped
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class);
    private static final String RESOURCE = "/reference/alliances.json";

    private final AllianceService alliances;
    private final MembershipService memberships;
    private final ClauseService clauses;
    private final ObjectMapper json;
    private final Validator validator;
    private final boolean loadOnEmpty;

    ReferenceData(AllianceService alliances, MembershipService memberships, ClauseService clauses, ObjectMapper json,
                  Validator validator,
                  @ConfigProperty(name = "entente.reference-data.load-on-empty", defaultValue = "false") boolean loadOnEmpty) {
        this.alliances = alliances;
        this.memberships = memberships;
        this.clauses = clauses;
        this.json = json;
        this.validator = validator;
        this.loadOnEmpty = loadOnEmpty;
    }

    void loadIntoEmptyDatabase(@Observes StartupEvent started) {
        // a lambda, not Alliance::count: a method reference would call PanacheEntityBase.count, which Panache does not enhance
        if (loadOnEmpty && QuarkusTransaction.requiringNew().call(() -> Alliance.count()) == 0) {
            ImportSummary summary = importBundled();
            LOG.infof("Loaded the reference alliances into the empty database: %s", summary.created());
        }
    }

    /** Imports every bundled alliance whose code is not taken yet, each with its members in one transaction. */
    public ImportSummary importBundled() {
        List<String> created = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (ReferenceAlliance reference : bundled()) {
            boolean imported = QuarkusTransaction.requiringNew().call(() -> importOne(reference));
            (imported ? created : skipped).add(reference.alliance().code());
        }
        return new ImportSummary(created, skipped);
    }

    private boolean importOne(ReferenceAlliance reference) {
        if (Alliance.count("code", reference.alliance().code()) > 0) {
            return false;
        }
        var violations = validator.validate(reference.alliance(), AllianceInput.Curated.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String code = alliances.create(reference.alliance()).code;
        for (MembershipInput member : reference.members()) {
            BeanValidation.requireValid(validator, member);
            memberships.admit(code, member);
        }
        for (InvocationInput invocation : reference.invocations()) {
            BeanValidation.requireValid(validator, invocation);
            clauses.record(code, invocation);
        }
        return true;
    }

    public List<ReferenceAlliance> bundled() {
        return BundledJson.read(json, RESOURCE, new TypeReference<List<ReferenceAlliance>>() { });
    }
}
