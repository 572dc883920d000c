package org.entente.platform.countries;

/**
 * A country as every Entente record names it.
 *
 * @param code       ISO 3166-1 alpha-3 ({@code JPN}), ISO 3166-3 for a former state ({@code SUHH}), or
 *                   Entente's {@code X..} code for a state that no ISO code covers ({@code XKX}, {@code XAH})
 * @param name       English short name
 * @param historical true for a state that no longer exists
 */
public record Country(String code, String name, boolean historical) {
}
