package org.entente.platform.rest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code next}/{@code after} value of keyset pagination: the sort key values of the last
 * item of a page, so the next page starts right after it however the data changed meanwhile.
 * Encoded as base64url of the values joined by a separator that cannot occur in them.
 */
public final class Cursor {

    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(List<String> keyValues) {
        String joined = String.join(String.valueOf(SEPARATOR), keyValues);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param expectedKeys how many values a cursor of this listing holds
     * @throws ProblemException 400 naming {@code after} when the value is not such a cursor
     */
    public static List<String> decode(String cursor, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = new ArrayList<>(List.of(joined.split(String.valueOf(SEPARATOR), -1)));
            if (values.size() != expectedKeys) {
                throw new IllegalArgumentException("wrong number of keys");
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The 400 for an {@code after} value that is not a cursor of this listing. */
    public static ProblemException invalid() {
        return ProblemException.invalidField("after", "not a cursor of this listing; pass the `next` value of the "
                + "previous page unchanged, with the same sort");
    }
}
