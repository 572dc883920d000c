package org.entente.platform.rest;

import java.util.Optional;

/**
 * What text a store can keep: no NUL (PostgreSQL refuses it in text, MongoDB in keys and regular
 * expressions) and no unpaired UTF-16 surrogate (it has no UTF-8 encoding, so a store would get a
 * replacement character or refuse the value). Path and query parameters are checked by
 * {@link StorableParameters}, JSON bodies by {@link StrictJson}.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What is wrong with {@code text} for a store, if anything, e.g. "contains U+0000, which cannot be stored". */
    public static Optional<String> flaw(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return Optional.of("contains U+0000, which cannot be stored");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++; // a pair: one character outside the Basic Multilingual Plane
            } else if (Character.isSurrogate(c)) {
                return Optional.of("contains U+" + Integer.toHexString(c).toUpperCase()
                        + ", half of a surrogate pair without its other half, which cannot be stored");
            }
        }
        return Optional.empty();
    }
}
