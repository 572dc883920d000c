package org.entente.platform.countries;

/**
 * A country as every Entente record names it.
 *
 * @param code       ISO 3166-1 alpha-3 ({@code JPN}), or ISO 3166-3 for a former state ({@code SUHH})
 * @param name       English short name
 * @param historical true for a state that no longer exists (ISO 3166-3)
 */
public record Country(String code, String name, boolean historical) {
}
