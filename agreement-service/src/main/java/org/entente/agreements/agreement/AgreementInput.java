package org.entente.agreements.agreement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.CountryCode;
import org.entente.platform.rest.DatePrecision;

/** What a client sets on an agreement: the body of a create, and the target of a merge patch. */
@Schema(name = "AgreementInput", description = "An agreement's own fields. Status changes only through the lifecycle operations;"
        + " `signed` and `enteredIntoForce` may be given when recording an agreement that is already signed or in force.",
        example = """
                {"parties": ["USA", "JPN"], "title": "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
                 "type": "MUTUAL_DEFENSE_TREATY", "scopeAreas": ["MUTUAL_DEFENSE", "CONSULTATION"], "signed": "1960-01-19",
                 "enteredIntoForce": "1960-06-23", "durationYears": 10,
                 "summary": "Each party acts to meet an armed attack against either party in the territories under the\
                 administration of Japan; the United States is granted the use of facilities and areas in Japan.",
                 "source": "Treaty text, Article X; ratifications exchanged at Tokyo on 23 June 1960"}""")
public record AgreementInput(
        @NotNull @Size(min = 2, max = 2, message = "exactly two parties")
        @Schema(description = "The two parties, ISO 3166-1 alpha-3 (a former state ISO 3166-3); the pair is unordered",
                example = "[\"USA\", \"JPN\"]")
        List<@NotNull @CountryCode String> parties,
        @NotBlank @Size(max = 300)
        @Schema(example = "Treaty of Mutual Cooperation and Security between Japan and the United States of America",
                description = "Its title, as signed") String title,
        @NotNull @Schema(example = "MUTUAL_DEFENSE_TREATY", description = "What kind of arrangement it is") AgreementType type,
        @Schema(example = "[\"MUTUAL_DEFENSE\", \"CONSULTATION\"]", description = "What it covers") Set<@NotNull ScopeArea> scopeAreas,
        @Size(max = 50) @Schema(description = "What the parties mean to achieve by it") List<@NotBlank @Size(max = 500) String> objectives,
        @Schema(example = "1960-01-19", description = "Set by the sign operation, or when recording a signed agreement") LocalDate signed,
        @Schema(description = "How much of `signed` is known; absent: the day. A date known to the month or year is given as"
                + " the period's first day") DatePrecision signedPrecision,
        @Schema(example = "1960-06-23", description = "Set by the enter-into-force operation, or when recording an agreement in force")
        LocalDate enteredIntoForce,
        @Schema(description = "How much of `enteredIntoForce` is known; absent: the day") DatePrecision enteredIntoForcePrecision,
        @Schema(description = "First day no longer in force; absent for an agreement without end") LocalDate expires,
        @Positive @Max(100) @Schema(example = "10", description = "Initial term in years") Integer durationYears,
        @Positive @Max(100)
        @Schema(description = "Renewed automatically for this many years when it would expire; absent: no automatic renewal")
        Integer renewalYears,
        @Size(max = 4000) @Schema(description = "What it provides, in a few sentences") String summary,
        @Size(max = 500) @Schema(example = "https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html",
                description = "Where the facts come from") String source) {

    public AgreementInput {
        // a date given without a precision is known to the day
        signedPrecision = signed != null && signedPrecision == null ? DatePrecision.DAY : signedPrecision;
        enteredIntoForcePrecision = enteredIntoForce != null && enteredIntoForcePrecision == null ? DatePrecision.DAY
                : enteredIntoForcePrecision;
    }

    static AgreementInput of(Agreement a) {
        return new AgreementInput(a.parties(), a.title, a.type, Set.copyOf(a.scopeAreas), List.copyOf(a.objectives),
                a.signed, a.signedPrecision, a.enteredIntoForce, a.enteredIntoForcePrecision, a.expires, a.durationYears,
                a.renewalYears, a.summary, a.source);
    }

    /** The same agreement without its entry into force, which a lifecycle step is to record. */
    AgreementInput withoutEntryIntoForce() {
        return new AgreementInput(parties, title, type, scopeAreas, objectives, signed, signedPrecision, null, null, expires,
                durationYears, renewalYears, summary, source);
    }

    void applyTo(Agreement a) {
        a.partyA = parties.get(0);
        a.partyB = parties.get(1);
        a.title = title;
        a.type = type;
        a.scopeAreas.clear();
        if (scopeAreas != null) {
            a.scopeAreas.addAll(scopeAreas);
        }
        a.objectives.clear();
        if (objectives != null) {
            a.objectives.addAll(new ArrayList<>(objectives));
        }
        a.signed = signed;
        a.signedPrecision = signed == null ? null : signedPrecision;
        a.enteredIntoForce = enteredIntoForce;
        a.enteredIntoForcePrecision = enteredIntoForce == null ? null : enteredIntoForcePrecision;
        a.expires = expires;
        a.durationYears = durationYears;
        a.renewalYears = renewalYears;
        a.summary = summary;
        a.source = source;
    }
}
