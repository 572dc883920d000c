package org.entente.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; a write must send it back in
 * {@code If-Match} ({@code 428} without it, {@code 412} when the resource changed meanwhile); a read
 * that sends it in {@code If-None-Match} gets {@code 304} when nothing changed ({@link ConditionalReads}).
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Checks an {@code If-Match} header against the current version.
     *
     * @throws ProblemException 428 when the header is missing, 412 when no tag in it matches
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "This write needs an If-Match header with the resource's current ETag; "
                    + "GET the resource to read it");
        }
        if (matches(ifMatch, Long.toString(currentVersion))) {
            return;
        }
        throw new ProblemException(412, "The resource changed since you read it (its ETag is now \"" + currentVersion
                + "\"); GET it again and reapply your change");
    }

    /**
     * Whether an {@code If-Match} or {@code If-None-Match} header names this tag: {@code *}, or one of its
     * comma-separated tags, a weak one ({@code W/"7"}) counting as the same version.
     */
    public static boolean matches(String header, String tag) {
        for (String candidate : header.split(",")) {
            String value = candidate.trim();
            if (value.equals("*")) {
                return true;
            }
            if (value.startsWith("W/")) {
                value = value.substring(2); // a weak tag still names the version we gave out
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    && value.substring(1, value.length() - 1).equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
