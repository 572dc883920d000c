package org.entente.agreements.dcad;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.agreements.agreement.AgreementType;
import org.entente.agreements.agreement.ScopeArea;
import org.entente.platform.imports.RowRejected;
import org.entente.platform.imports.SourceRow;

/**
 * DCAD's categories of cooperation ({@code category1} to {@code category3}): the first gives the
 * agreement's type and its title, each gives a scope area.
 */
enum DcadCategory {
    /** General defense cooperation: the framework agreements DCAD is named for. */
    DCA(AgreementType.DEFENSE_COOPERATION_AGREEMENT, ScopeArea.DEFENSE_COOPERATION, "Defense cooperation agreement"),
    /** Defense industrial cooperation. */
    DIC(AgreementType.DEFENSE_INDUSTRIAL_COOPERATION, ScopeArea.DEFENSE_INDUSTRY, "Defense industrial cooperation agreement"),
    /** Training and exercises. */
    TREX(AgreementType.TRAINING_AND_EXERCISES, ScopeArea.TRAINING_AND_EXERCISES, "Training and exercises agreement"),
    PROCUREMENT(AgreementType.PROCUREMENT, ScopeArea.PROCUREMENT, "Defense procurement agreement"),
    /** A joint commission or committee. */
    COMMISSION(AgreementType.JOINT_COMMISSION, ScopeArea.CONSULTATION, "Agreement on a joint defense commission"),
    /** Research and development. */
    RESEARCH(AgreementType.RESEARCH_AND_DEVELOPMENT, ScopeArea.RESEARCH_AND_DEVELOPMENT,
            "Defense research and development agreement");

    static final List<String> COLUMNS = List.of("category1", "category2", "category3");

    final AgreementType type;
    final ScopeArea scope;
    final String label;

    DcadCategory(AgreementType type, ScopeArea scope, String label) {
        this.type = type;
        this.scope = scope;
        this.label = label;
    }

    /**
     * The row's categories in column order, the first one given.
     *
     * @throws RowRejected without {@code category1}, or for a value that is none of DCAD's categories
     */
    static List<DcadCategory> of(SourceRow row) {
        List<DcadCategory> categories = new ArrayList<>();
        for (String column : COLUMNS) {
            Optional<String> value = row.text(column);
            if (value.isEmpty()) {
                continue;
            }
            try {
                categories.add(valueOf(value.get()));
            } catch (IllegalArgumentException e) {
                throw new RowRejected("unknown category: " + column + " is \"" + value.get() + "\", none of DCAD's "
                        + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
            }
        }
        if (row.text("category1").isEmpty()) {
            throw new RowRejected("unknown category: category1 is empty, so what the agreement is about is not known");
        }
        return categories;
    }
}
