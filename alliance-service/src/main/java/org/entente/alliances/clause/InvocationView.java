package org.entente.alliances.clause;

import java.time.LocalDate;
import java.util.UUID;
import org.entente.platform.export.CsvColumns;

public record InvocationView(UUID id, LocalDate date, String invokingMember, String description) {

    /** Its columns in an export. */
    public static final CsvColumns<InvocationView> CSV_COLUMNS = CsvColumns.of(InvocationView.class)
            .add("id", InvocationView::id).add("date", InvocationView::date)
            .add("invokingMember", InvocationView::invokingMember).add("description", InvocationView::description);

    static InvocationView of(ClauseInvocation invocation) {
        return new InvocationView(invocation.id, invocation.invokedOn, invocation.invokingMember, invocation.description);
    }
}
