package org.entente.platform.changes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.platform.rest.ProblemException;

/** The opaque cursor of a change feed: the position of the last change a client has. */
final class ChangeCursor {

    private static final String PREFIX = "changes:";

    private ChangeCursor() {
    }

    static String encode(long position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long position = Long.parseLong(text.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException notOurs) {
            // the answer below
        }
        throw ProblemException.invalidField("after", "not a cursor of this feed: pass the `next` of a previous answer,"
                + " or nothing to start from now");
    }
}
