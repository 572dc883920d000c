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

    /** A cursor for the listing sorted by {@code sort} (its canonical text), after the row with these key values. */
    public static String encode(String sort, List<String> keyValues) {
        List<String> parts = new ArrayList<>();
        parts.add(sort);
        parts.addAll(keyValues);
        String joined = String.join(String.valueOf(SEPARATOR), parts);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key values of a cursor made by {@link #encode} for the same sort.
     *
     * @throws ProblemException 400 naming {@code after} when the value is not a cursor of this listing and sort
     *                          (a forged one with text no store accepts included)
     */
    public static List<String> decode(String cursor, String sort, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(joined.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expectedKeys + 1 || !parts.get(0).equals(sort)) {
                throw new IllegalArgumentException("another listing's cursor");
            }
            if (StorableText.flaw(joined).isPresent()) {
                throw new IllegalArgumentException("not made by encode: its keys could not be stored");
            }
            return new ArrayList<>(parts.subList(1, parts.size()));
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
