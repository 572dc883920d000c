package org.entente.platform.tokens;

import java.util.List;

/**
 * Entente's roles, lowest first. The services grant every higher role the rights of the lower ones
 * ({@code quarkus.http.auth.roles-mapping}), so a token needs to carry only its highest role.
 */
public final class Roles {

    /** GET. */
    public static final String READER = "reader";
    /** Create, update and lifecycle operations. */
    public static final String EDITOR = "editor";
    /** Delete and bulk import. */
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(READER, EDITOR, ADMIN);

    /**
     * Reads the gateway's {@code /q/metrics} and nothing else: the token a Prometheus scrapes with, which
     * would be a key to every record if scraping took an admin's. Outside the ladder above.
     */
    public static final String METRICS = "metrics";

    private Roles() {
    }
}
