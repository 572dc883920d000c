package org.entente.platform.jpa;

/** Case-insensitive "contains" filters: {@code LOWER(e.name) LIKE :p ESCAPE '\'} with the text's wildcards escaped. */
public final class Like {

    private Like() {
    }

    /** The JPQL condition on an expression, e.g. {@code condition("e.name", "q")}. */
    public static String condition(String expression, String parameter) {
        return "LOWER(" + expression + ") LIKE :" + parameter + " ESCAPE '\\'";
    }

    /** The parameter value matching any text that contains {@code text}, ignoring case; % and _ match themselves. */
    public static String containing(String text) {
        return "%" + text.toLowerCase()
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
