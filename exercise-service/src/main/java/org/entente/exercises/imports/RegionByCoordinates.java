package org.entente.exercises.imports;

import java.util.List;
import java.util.Optional;
import org.entente.platform.countries.Region;

/**
 * The {@link Region} a point lies in, for imported exercises, whose data sets give coordinates but no
 * region. Entente's own rule, coarse on purpose: each region is a polygon of a few dozen corners that
 * follows the borders and coasts that separate it from the next (docs/domain.md, "MME import"), so a
 * point within some 50 km of such a border may fall on the other side. The first region whose polygon
 * holds the point wins, in this order:
 *
 * <ul>
 *   <li>{@code EURASIA}: Russia, Belarus, the Caucasus, Central Asia and their seas (the Caspian, the
 *       Russian Arctic and Pacific coasts), i.e. the former Soviet Union without the Baltic states,
 *       Ukraine and Moldova;</li>
 *   <li>{@code MIDDLE_EAST}: Egypt, the Levant, the Arabian peninsula, Iraq, Iran, the Red Sea, the Gulf,
 *       the Gulfs of Aden and of Oman;</li>
 *   <li>{@code AFRICA}: the rest of the continent, its islands and coastal waters;</li>
 *   <li>{@code LATIN_AMERICA}: Mexico, Central and South America, the Caribbean, the western South Atlantic;</li>
 *   <li>{@code EURO_ATLANTIC}: Europe (with Turkey, Cyprus, Ukraine, Moldova), the Mediterranean, North
 *       America (with Alaska and the Aleutians east of 172°W) and the North Atlantic;</li>
 *   <li>{@code INDO_PACIFIC}: the rest east of 45°E (South, Southeast and East Asia, Oceania, the Indian
 *       Ocean) and the Pacific west of 100°W.</li>
 * </ul>
 * A point in none (the Southern Ocean, Antarctica) has no region.
 */
final class RegionByCoordinates {

    /** A region's polygon, as longitude, latitude pairs. */
    private record Area(Region region, double[] corners) {

        boolean contains(double lat, double lon) {
            boolean inside = false;
            for (int i = 0, j = corners.length - 2; i < corners.length; j = i, i += 2) {
                double xi = corners[i], yi = corners[i + 1], xj = corners[j], yj = corners[j + 1];
                if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    private static final List<Area> AREAS = List.of(
            new Area(Region.EURASIA, new double[] {
                    31.0, 85.0, 31.0, 69.8, 28.9, 69.0, 29.6, 66.0, 30.5, 63.5, 31.5, 62.9, 29.0, 61.2, 27.8, 60.5, // Finland
                    28.0, 59.4, 27.5, 57.8, 28.2, 56.2, 26.6, 55.7, 26.8, 55.3, 25.8, 54.8, 25.6, 54.3, 23.5, 53.9, // Baltic states
                    23.6, 52.1, 23.6, 51.6, 25.0, 51.9, 27.0, 51.7, 28.5, 51.5, 30.6, 51.3, 31.7, 52.1,             // Poland, Ukraine
                    33.8, 52.35, 34.4, 51.3, 35.4, 50.6, 36.4, 50.3, 37.5, 50.3, 38.2, 50.0, 39.6, 49.6, 40.1, 49.3, // Ukraine
                    39.7, 47.8, 38.9, 47.2, 38.2, 47.0, 36.6, 45.3, 37.0, 44.3, 40.0, 42.5, 41.4, 41.5,             // Azov, Black Sea
                    42.8, 41.5, 43.5, 41.1, 43.7, 40.1, 44.8, 39.7,                                                   // Turkey
                    46.5, 38.9, 48.0, 39.5, 48.3, 38.6, 48.9, 38.4, 49.0, 38.1, 49.5, 37.6, 51.0, 36.9, 53.9, 36.9, // Iran, Caspian
                    53.9, 37.35, 55.5, 38.0, 57.2, 38.2, 59.3, 37.5, 60.4, 36.6, 61.2, 36.6,                         // Iran
                    61.3, 35.6, 62.5, 35.3, 64.5, 36.3, 65.6, 37.5, 67.8, 37.2, 69.3, 37.1, 70.2, 37.6, 71.6, 36.7, // Afghanistan
                    73.0, 37.4, 74.9, 37.2, 75.0, 38.6, 73.7, 39.5, 75.7, 40.3, 78.3, 41.4, 80.2, 42.1,             // China
                    80.3, 44.8, 82.5, 45.2, 82.8, 47.0, 85.5, 47.1, 87.3, 49.1,
                    90.0, 50.0, 92.0, 50.7, 98.0, 52.0, 102.0, 51.5, 106.0, 50.3, 108.0, 49.5, 114.0, 50.2, 116.7, 49.8, // Mongolia
                    117.8, 49.5, 119.5, 50.5, 120.2, 52.6, 122.5, 53.4, 126.0, 52.8, 127.5, 49.8, 130.6, 48.9,    // China
                    134.7, 48.3, 133.1, 45.1, 131.9, 45.3, 131.0, 44.9, 131.2, 43.0, 130.7, 42.3,
                    133.0, 42.0, 138.0, 45.0, 142.0, 45.75, 145.2, 44.6, 146.5, 43.4,                                // Japan
                    150.0, 45.0, 157.0, 50.5, 165.0, 54.0, 172.0, 60.0, 180.0, 62.0, 180.0, 85.0}),
            new Area(Region.EURASIA, new double[] { // Kaliningrad
                    19.6, 54.3, 22.9, 54.3, 22.9, 55.1, 21.2, 55.3, 19.6, 54.9}),
            new Area(Region.MIDDLE_EAST, new double[] {
                    25.0, 22.0, 25.0, 33.5, 32.0, 34.0, 34.0, 34.3, 35.0, 35.2, 35.9, 35.95,                       // Libya, Cyprus
                    36.6, 36.25, 36.7, 36.8, 38.0, 36.85, 41.2, 37.05, 42.35, 37.1, 43.5, 37.3, 44.8, 37.15,        // Turkey
                    44.3, 38.4, 44.8, 39.7,
                    46.5, 38.9, 48.0, 39.5, 48.3, 38.6, 48.9, 38.4, 49.0, 38.1, 49.5, 37.6, 51.0, 36.9, 53.9, 36.9, // Caucasus, Caspian
                    53.9, 37.35, 55.5, 38.0, 57.2, 38.2, 59.3, 37.5, 60.4, 36.6, 61.2, 36.6,                         // Turkmenistan
                    61.3, 35.6, 60.6, 33.5, 60.9, 29.9, 61.5, 29.0, 62.8, 28.2, 62.8, 27.2, 62.3, 26.4, 61.6, 25.2, // Pakistan
                    59.9, 22.3, 58.9, 20.3, 55.0, 16.5, 55.0, 12.0, 51.5, 12.0,                                     // Arabian Sea
                    44.0, 11.0, 43.2, 12.5, 42.0, 13.5, 40.0, 15.5, 38.6, 18.0, 37.5, 19.0, 37.3, 21.0, 36.9, 22.0}), // Africa
            new Area(Region.AFRICA, new double[] {
                    -28.0, -40.0, -28.0, 27.0, -13.5, 27.5, -12.0, 29.0, -9.8, 31.5, -7.5, 34.0, -6.0, 35.9,        // Atlantic
                    -5.2, 35.95, -1.0, 36.3, 3.0, 37.3, 8.0, 37.5, 10.5, 37.7, 11.3, 37.0, 11.6, 36.3, 12.3, 35.3, // Mediterranean
                    14.0, 35.0, 20.0, 34.0, 25.0, 33.5, 25.0, 22.0,
                    36.9, 22.0, 37.3, 21.0, 37.5, 19.0, 38.6, 18.0, 40.0, 15.5, 42.0, 13.5, 43.2, 12.5, 44.0, 11.0, // Red Sea
                    51.5, 12.0, 55.0, 5.0, 58.0, -5.0, 58.5, -20.0, 59.0, -21.0, 40.0, -40.0}),                     // Indian Ocean
            new Area(Region.LATIN_AMERICA, new double[] {
                    -118.0, 32.4, -117.1, 32.53, -114.7, 32.72, -111.0, 31.33, -108.2, 31.33, -108.2, 31.78,       // United States
                    -106.5, 31.78, -104.5, 29.6, -103.0, 29.0, -101.4, 29.8, -99.5, 27.5, -97.2, 25.9,
                    -94.0, 25.6, -85.0, 24.0, -81.5, 24.1, -80.3, 24.5, -79.6, 25.2, -79.5, 27.5,                   // Gulf, Florida
                    -60.0, 27.5, -28.0, 5.0, -28.0, -60.0, -80.0, -60.0, -82.0, -34.0,                              // Atlantic
                    -85.0, -20.0, -95.0, -3.0, -95.0, 5.0, -118.0, 20.0}),                                         // Pacific
            new Area(Region.EURO_ATLANTIC, new double[] { // Europe (what the regions before it leave)
                    -32.0, 27.0, 45.0, 27.0, 45.0, 85.0, -32.0, 85.0}),
            new Area(Region.EURO_ATLANTIC, new double[] { // North America and the North Atlantic
                    -130.0, 24.0, -130.0, 51.0, -172.0, 51.0, -172.0, 85.0, -32.0, 85.0, -32.0, 24.0}),
            new Area(Region.INDO_PACIFIC, new double[] {
                    45.0, -60.0, 180.0, -60.0, 180.0, 85.0, 45.0, 85.0}),
            new Area(Region.INDO_PACIFIC, new double[] {
                    -180.0, -60.0, -100.0, -60.0, -100.0, 85.0, -180.0, 85.0}));

    private RegionByCoordinates() {
    }

    static Optional<Region> of(double latitude, double longitude) {
        return AREAS.stream().filter(area -> area.contains(latitude, longitude)).map(Area::region).findFirst();
    }
}
