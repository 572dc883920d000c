package org.entente.platform.rest;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a resource's ETag is its version; a write must send it back in
 * {@code If-Match} ({@code 428} without it, {@code 412} when the resource changed meanwhile).
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
        String current = Long.toString(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2); // a weak tag still names the version we gave out
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(current)) {
                return;
            }
        }
        throw new ProblemException(412, "The resource changed since you read it (its ETag is now \"" + current
                + "\"); GET it again and reapply your change");
    }
}
