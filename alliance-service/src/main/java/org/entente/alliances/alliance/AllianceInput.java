package org.entente.alliances.alliance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.entente.platform.countries.Region;

/** What a client sets on an alliance: the body of a create, and the target of a merge patch. */
@Schema(name = "AllianceInput", description = "An alliance's own fields; status and dissolution change through lifecycle operations")
public record AllianceInput(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "2 to 32 upper-case letters, digits or _, starting with a letter")
        @Schema(example = "NATO") String code,
        @NotBlank @Size(max = 200) @Schema(example = "North Atlantic Treaty Organization") String name,
        @NotNull @Schema(example = "COLLECTIVE_DEFENSE") AllianceKind kind,
        @NotNull @Schema(example = "EURO_ATLANTIC") Region region,
        @NotNull @PastOrPresent @Schema(example = "1949-04-04") LocalDate founded,
        @Size(max = 300) @Schema(example = "North Atlantic Treaty (Washington Treaty)") String foundingTreaty,
        @Size(max = 200) @Schema(example = "Brussels, Belgium") String headquarters,
        @Size(max = 4000) String description,
        Set<@NotNull FocusArea> focusAreas,
        Set<@NotNull Obligation> obligations,
        @Size(max = 200) @Schema(example = "Article 5") String collectiveDefenseClause,
        @DecimalMin("0.0") @DecimalMax("100.0") @Digits(integer = 3, fraction = 2)
        @Schema(example = "2.0", description = "Defense spending target in percent of GDP") java.math.BigDecimal spendingTargetGdpShare) {

    static AllianceInput of(Alliance a) {
        return new AllianceInput(a.code, a.name, a.kind, a.region, a.founded, a.foundingTreaty, a.headquarters,
                a.description, Set.copyOf(a.focusAreas), Set.copyOf(a.obligations), a.collectiveDefenseClause,
                a.spendingTargetGdpShare);
    }

    void applyTo(Alliance a) {
        a.code = code;
        a.name = name;
        a.kind = kind;
        a.region = region;
        a.founded = founded;
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
    }
}
