package org.entente.alliances.alliance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.Region;
import org.entente.platform.rest.DatePrecision;

/** What a client sets on an alliance: the body of a create, and the target of a merge patch. */
@Schema(name = "AllianceInput", description = "An alliance's own fields; status and dissolution change through lifecycle operations",
        example = """
                {"code": "NATO", "name": "North Atlantic Treaty Organization", "kind": "COLLECTIVE_DEFENSE",
                 "region": "EURO_ATLANTIC", "founded": "1949-04-04", "foundingTreaty": "North Atlantic Treaty (Washington Treaty)",
                 "headquarters": "Brussels, Belgium", "focusAreas": ["DETERRENCE", "CRISIS_MANAGEMENT", "CYBER_DEFENSE"],
                 "obligations": ["DEFENSE", "CONSULTATION"], "collectiveDefenseClause": "Article 5",
                 "spendingTargetGdpShare": 5.0, "spendingTargetCoreGdpShare": 3.5, "spendingTargetYear": 2035,
                 "source": "The Hague Summit Declaration, 25 June 2025, paragraphs 2 and 3"}""")
public record AllianceInput(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "2 to 32 upper-case letters, digits or _, starting with a letter")
        @Schema(example = "NATO", description = "Short and unique: how the API and other services name it") String code,
        @NotBlank @Size(max = 200) @Schema(example = "North Atlantic Treaty Organization", description = "Its full name") String name,
        @NotNull @Schema(example = "COLLECTIVE_DEFENSE", description = "What kind of arrangement it is") AllianceKind kind,
        @NotNull(groups = Curated.class)
        @Schema(example = "EURO_ATLANTIC", description = "Required, but null on an alliance imported from a data set that"
                + " gives none (ATOP)") Region region,
        @NotNull @PastOrPresent @Schema(example = "1949-04-04", description = "When it was founded") LocalDate founded,
        @Schema(description = "How much of `founded` is known; absent: the day. A date known to the month or year is given as"
                + " the period's first day") DatePrecision foundedPrecision,
        @Size(max = 300) @Schema(example = "North Atlantic Treaty (Washington Treaty)", description = "The treaty that founded it") String foundingTreaty,
        @Size(max = 200) @Schema(example = "Brussels, Belgium", description = "Where its headquarters are") String headquarters,
        @Size(max = 4000) @Schema(description = "What it is, in a few sentences") String description,
        @Schema(description = "What it works on") Set<@NotNull FocusArea> focusAreas,
        @Schema(description = "What its members owe each other") Set<@NotNull Obligation> obligations,
        @Size(max = 200) @Schema(example = "Article 5", description = "The article of its treaty on collective defense, which members invoke")
        String collectiveDefenseClause,
        @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 2)
        @Schema(example = "5.0", description = "Defense spending target in percent of GDP") BigDecimal spendingTargetGdpShare,
        @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 2)
        @Schema(example = "3.5", description = "The part of the target in core defense, as the alliance defines defense"
                + " expenditure; burden figures meet the target when they reach it") BigDecimal spendingTargetCoreGdpShare,
        @Min(1816) @Max(2100) @Schema(example = "2035", description = "The year by which the target is to be reached")
        Integer spendingTargetYear,
        @Size(max = 1000) @Schema(example = "The Hague Summit Declaration, 25 June 2025, paragraphs 2 and 3",
                description = "Where the facts come from") String source) {

    /**
     * The validation group of a client's or the reference data's alliance, for which a region is
     * required; an imported alliance is validated without it.
     */
    public interface Curated extends Default {
    }

    public AllianceInput {
        // a date given without a precision is known to the day
        foundedPrecision = founded != null && foundedPrecision == null ? DatePrecision.DAY : foundedPrecision;
    }

    /**
     * These fields as a data set gives them, with what it does not give (region, founding treaty,
     * headquarters, focus areas, clause, spending target) as {@code current} has it: a curator may add those.
     */
    AllianceInput keeping(AllianceInput current) {
        return new AllianceInput(code, name, kind, current.region, founded, foundedPrecision, current.foundingTreaty,
                current.headquarters, description, current.focusAreas, obligations, current.collectiveDefenseClause,
                current.spendingTargetGdpShare, current.spendingTargetCoreGdpShare, current.spendingTargetYear, source);
    }

    static AllianceInput of(Alliance a) {
        return new AllianceInput(a.code, a.name, a.kind, a.region, a.founded, a.foundedPrecision, a.foundingTreaty,
                a.headquarters, a.description, Set.copyOf(a.focusAreas), Set.copyOf(a.obligations), a.collectiveDefenseClause,
                a.spendingTargetGdpShare, a.spendingTargetCoreGdpShare, a.spendingTargetYear, a.source);
    }

    void applyTo(Alliance a) {
        a.code = code;
        a.name = name;
        a.kind = kind;
        a.region = region;
        a.founded = founded;
        a.foundedPrecision = DatePrecision.of(foundedPrecision);
        a.foundingTreaty = foundingTreaty;
        a.headquarters = headquarters;
        a.description = description;
        a.focusAreas.clear();
        if (focusAreas != null) {
            a.focusAreas.addAll(focusAreas);
        }
        a.obligations.clear();
        if (obligations != null) {
            a.obligations.addAll(obligations);
        }
        a.collectiveDefenseClause = collectiveDefenseClause;
        a.spendingTargetGdpShare = spendingTargetGdpShare;
        a.spendingTargetCoreGdpShare = spendingTargetCoreGdpShare;
        a.spendingTargetYear = spendingTargetYear;
        a.source = source;
    }
}
