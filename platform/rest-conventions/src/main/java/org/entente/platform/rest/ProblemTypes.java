package org.entente.platform.rest;

/** The problem {@code type} URIs that mean more than their status code. */
public final class ProblemTypes {

    public static final String ABOUT_BLANK = "about:blank";
    /** The body or a parameter breaks a rule; {@code errors} names each field. */
    public static final String VALIDATION = "urn:entente:problem:validation";
    /** The body is not well-formed JSON. */
    public static final String MALFORMED_JSON = "urn:entente:problem:malformed-json";

    /** A lifecycle operation the resource's current status does not allow; {@code detail} names the allowed ones. */
    public static final String ILLEGAL_TRANSITION = "urn:entente:problem:illegal-transition";

    /** A change feed's cursor older than the feed's retention (or not of this feed's history): read everything again. */
    public static final String CHANGES_EXPIRED = "urn:entente:problem:changes-expired";

    private ProblemTypes() {
    }
}
