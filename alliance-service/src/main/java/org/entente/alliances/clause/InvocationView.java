package org.entente.alliances.clause;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.platform.export.CsvColumns;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(example = """
        {"id": "6c1e7a0d-2b94-4f3e-8d55-91a7c4e02b36", "date": "2001-09-12", "invokingMember": "USA",
         "description": "After the terrorist attacks of 11 September 2001 against the United States"}""")
public record InvocationView(
        @Schema(description = "The invocation's id") UUID id,
        @Schema(description = "When the clause was invoked") LocalDate date,
        @Schema(description = "The member that was attacked and invoked the clause, ISO 3166-1 alpha-3") String invokingMember,
        @Schema(description = "What happened") String description) {

    /** Its columns in an export. */
    public static final CsvColumns<InvocationView> CSV_COLUMNS = CsvColumns.of(InvocationView.class)
            .add("id", InvocationView::id).add("date", InvocationView::date)
            .add("invokingMember", InvocationView::invokingMember).add("description", InvocationView::description);

    static InvocationView of(ClauseInvocation invocation) {
        return new InvocationView(invocation.id, invocation.invokedOn, invocation.invokingMember, invocation.description);
    }
}
