package org.entente.platform.rest;

import java.util.List;

/** Thrown by application code to answer with a problem; {@link ProblemMappers} renders it. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public ProblemException(int status, String detail) {
        this(status, ProblemTypes.ABOUT_BLANK, detail, null);
    }

    /** A 400 naming one invalid field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, ProblemTypes.VALIDATION, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /**
     * A 409 for a lifecycle operation the current status does not allow, naming the status and the
     * operations allowed in it, so a client knows what it can do instead.
     */
    public static ProblemException notAllowed(String operation, String subject, Object status, List<String> allowed) {
        return new ProblemException(409, ProblemTypes.ILLEGAL_TRANSITION, "Cannot " + operation + " " + subject
                + " that is " + status + "; allowed now: " + (allowed.isEmpty() ? "none" : String.join(", ", allowed)), null);
    }

    public int status() {
        return status;
    }

    Problem toProblem(String instance, String requestId) {
        return new Problem(type, Problem.reason(status), status, getMessage(), instance, requestId, errors);
    }
}
