package org.entente.platform.testing;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.stream.Collectors;

/** How {@link OpenApiContract} weighs and words what the validator finds. */
final class ContractReport {

    private ContractReport() {
    }

    /**
     * Every finding fails, but one: a request without credentials. The API's tests send such requests on
     * purpose, to see the 401 (which the document must declare, and is checked); authorization is the
     * access tests' subject, not the contract's.
     */
    static LevelResolver levels() {
        return LevelResolver.create()
                .withDefaultLevel(ValidationReport.Level.ERROR)
                .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE)
                .build();
    }

    static String describe(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> "  - [" + message.getKey() + "] " + message.getMessage()
                        + message.getAdditionalInfo().stream().map(info -> "\n      " + info).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
