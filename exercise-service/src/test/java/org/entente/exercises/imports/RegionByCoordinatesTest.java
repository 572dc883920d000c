package org.entente.exercises.imports;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entente.platform.countries.Region;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The regions of places on both sides of the borders that separate them. */
class RegionByCoordinatesTest {

    private record Place(String name, double lat, double lon, Region region) {
    }

    @Test
    void eachPlaceIsInTheRegionOfItsSideOfTheBorder() {
        List<Place> places = List.of(
                new Place("Moscow", 55.75, 37.62, Region.EURASIA), new Place("Minsk", 53.9, 27.56, Region.EURASIA),
                new Place("Vilnius", 54.69, 25.28, Region.EURO_ATLANTIC), new Place("Tallinn", 59.44, 24.75, Region.EURO_ATLANTIC),
                new Place("Kyiv", 50.45, 30.52, Region.EURO_ATLANTIC), new Place("Kharkiv", 50.0, 36.25, Region.EURO_ATLANTIC),
                new Place("Belgorod", 50.6, 36.6, Region.EURASIA), new Place("Sevastopol", 44.6, 33.5, Region.EURO_ATLANTIC),
                new Place("Novorossiysk", 44.72, 37.77, Region.EURASIA), new Place("Batumi", 41.64, 41.64, Region.EURASIA),
                new Place("Yerevan", 40.18, 44.51, Region.EURASIA), new Place("Baku", 40.41, 49.87, Region.EURASIA),
                new Place("Ashgabat", 37.95, 58.38, Region.EURASIA), new Place("Dushanbe", 38.56, 68.79, Region.EURASIA),
                new Place("Almaty", 43.24, 76.89, Region.EURASIA), new Place("Vladivostok", 43.12, 131.89, Region.EURASIA),
                new Place("Kaliningrad", 54.71, 20.51, Region.EURASIA), new Place("Helsinki", 60.17, 24.94, Region.EURO_ATLANTIC),
                new Place("Ankara", 39.93, 32.86, Region.EURO_ATLANTIC), new Place("Antakya", 36.2, 36.16, Region.EURO_ATLANTIC),
                new Place("Nicosia", 35.17, 33.36, Region.EURO_ATLANTIC), new Place("Valletta", 35.9, 14.51, Region.EURO_ATLANTIC),
                new Place("Gibraltar", 36.14, -5.35, Region.EURO_ATLANTIC), new Place("Canary Islands", 28.1, -15.4, Region.EURO_ATLANTIC),
                new Place("Aleppo", 36.2, 37.16, Region.MIDDLE_EAST), new Place("Beirut", 33.89, 35.5, Region.MIDDLE_EAST),
                new Place("Cairo", 30.04, 31.24, Region.MIDDLE_EAST), new Place("Tehran", 35.69, 51.39, Region.MIDDLE_EAST),
                new Place("Mashhad", 36.3, 59.6, Region.MIDDLE_EAST), new Place("Muscat", 23.59, 58.41, Region.MIDDLE_EAST),
                new Place("Aden", 12.8, 45.03, Region.MIDDLE_EAST), new Place("Jeddah", 21.5, 39.17, Region.MIDDLE_EAST),
                new Place("Tripoli", 32.89, 13.19, Region.AFRICA), new Place("Tunis", 36.8, 10.18, Region.AFRICA),
                new Place("Tangier", 35.78, -5.81, Region.AFRICA), new Place("Djibouti", 11.59, 43.15, Region.AFRICA),
                new Place("Port Sudan", 19.6, 37.22, Region.AFRICA), new Place("Nairobi", -1.29, 36.82, Region.AFRICA),
                new Place("Seychelles", -4.62, 55.45, Region.AFRICA), new Place("Cape Verde", 14.93, -23.51, Region.AFRICA),
                new Place("Mexico City", 19.43, -99.13, Region.LATIN_AMERICA), new Place("Havana", 23.11, -82.37, Region.LATIN_AMERICA),
                new Place("Nassau", 25.06, -77.35, Region.LATIN_AMERICA), new Place("Monterrey", 25.69, -100.32, Region.LATIN_AMERICA),
                new Place("Santiago", -33.45, -70.67, Region.LATIN_AMERICA), new Place("Falklands", -51.7, -57.85, Region.LATIN_AMERICA),
                new Place("Miami", 25.76, -80.19, Region.EURO_ATLANTIC), new Place("San Antonio", 29.42, -98.49, Region.EURO_ATLANTIC),
                new Place("San Diego", 32.72, -117.16, Region.EURO_ATLANTIC), new Place("Anchorage", 61.22, -149.9, Region.EURO_ATLANTIC),
                new Place("Bermuda", 32.3, -64.78, Region.EURO_ATLANTIC), new Place("Reykjavik", 64.15, -21.94, Region.EURO_ATLANTIC),
                new Place("Honolulu", 21.31, -157.86, Region.INDO_PACIFIC), new Place("Guam", 13.44, 144.79, Region.INDO_PACIFIC),
                new Place("Kabul", 34.56, 69.21, Region.INDO_PACIFIC), new Place("Karachi", 24.86, 67.0, Region.INDO_PACIFIC),
                new Place("Urumqi", 43.83, 87.62, Region.INDO_PACIFIC), new Place("Ulaanbaatar", 47.89, 106.91, Region.INDO_PACIFIC),
                new Place("Harbin", 45.8, 126.53, Region.INDO_PACIFIC), new Place("Sapporo", 43.06, 141.35, Region.INDO_PACIFIC),
                new Place("Canberra", -35.28, 149.13, Region.INDO_PACIFIC), new Place("Diego Garcia", -7.31, 72.41, Region.INDO_PACIFIC),
                new Place("Central Pacific", -5.0, -140.0, Region.INDO_PACIFIC));
        List<Executable> checks = new ArrayList<>();
        for (Place place : places) {
            checks.add(() -> assertEquals(Optional.of(place.region()), RegionByCoordinates.of(place.lat(), place.lon()), place.name()));
        }
        assertAll(checks);
    }

    @Test
    void theSouthernOceanIsInNoRegion() {
        assertEquals(Optional.empty(), RegionByCoordinates.of(-70.0, 0.0));
    }
}
