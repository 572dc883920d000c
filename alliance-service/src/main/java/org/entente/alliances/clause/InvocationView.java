package org.entente.alliances.clause;

import java.time.LocalDate;
import java.util.UUID;

public record InvocationView(UUID id, LocalDate date, String invokingMember, String description) {

    static InvocationView of(ClauseInvocation invocation) {
        return new InvocationView(invocation.id, invocation.invokedOn, invocation.invokingMember, invocation.description);
    }
}
