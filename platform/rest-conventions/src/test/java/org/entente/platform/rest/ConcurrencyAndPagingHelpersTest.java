package org.entente.platform.rest;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** ETag checks, cursors and sort orders: the building blocks of every service's writes and listings. */
class ConcurrencyAndPagingHelpersTest {

    @Nested
    class IfMatch {

        @Test
        void aMissingHeaderIsPreconditionRequired() {
            assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(null, 3)).status());
            assertEquals(428, assertThrows(ProblemException.class, () -> ETags.requireMatch(" ", 3)).status());
        }

        @Test
        void aStaleTagIsPreconditionFailed() {
            ProblemException e = assertThrows(ProblemException.class, () -> ETags.requireMatch("\"2\"", 3));
            assertEquals(412, e.status());
            assertTrue(e.getMessage().contains("\"3\""), e.getMessage());
        }

        @Test
        void theCurrentTagStrongOrWeakOrInAListOrAStarPasses() {
            assertDoesNotThrow(() -> ETags.requireMatch("\"3\"", 3));
            assertDoesNotThrow(() -> ETags.requireMatch("W/\"3\"", 3));
            assertDoesNotThrow(() -> ETags.requireMatch("\"1\", \"3\"", 3));
            assertDoesNotThrow(() -> ETags.requireMatch("*", 3));
        }

        @Test
        void anUnquotedTagDoesNotMatch() {
            assertEquals(412, assertThrows(ProblemException.class, () -> ETags.requireMatch("3", 3)).status());
        }

        @Test
        void theTagOfAVersionIsQuoted() {
            assertEquals("\"7\"", ETags.of(7).toString());
        }
    }

    @Nested
    class Cursors {

        @Test
        void aCursorReadsBackAsItsKeysEvenWithCommasAndUnicode() {
            List<String> keys = List.of("Organisation du Traité, de l'Atlantique Nord", "1949-04-04", "5f0c6a52");
            assertEquals(keys, Cursor.decode(Cursor.encode("name", keys), "name", 3));
        }

        @Test
        void aCursorIsUrlSafe() {
            assertTrue(Cursor.encode("-founded", List.of("???>>>", "~~~")).matches("[A-Za-z0-9_-]+"));
        }

        @Test
        void garbageOrACursorOfAnotherListingIsABadRequestNamingAfter() {
            ProblemException garbage = assertThrows(ProblemException.class, () -> Cursor.decode("%%%", "name", 2));
            assertEquals(400, garbage.status());
            assertTrue(garbage.getMessage().startsWith("after:"), garbage.getMessage());
            assertEquals(400, assertThrows(ProblemException.class,
                    () -> Cursor.decode(Cursor.encode("name", List.of("a", "b", "c")), "name", 2)).status());
        }

        @Test
        void aCursorOfTheSameListingSortedOtherwiseIsRefused() {
            String byName = Cursor.encode("name", List.of("NATO", "5f0c6a52"));
            assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode(byName, "code", 2)).status());
        }

        @Test
        void aForgedCursorHidingTextNoStoreAcceptsIsABadRequestNamingAfter() {
            String forged = Cursor.encode("name", List.of("NATO\u0000", "5f0c6a52"));
            ProblemException e = assertThrows(ProblemException.class, () -> Cursor.decode(forged, "name", 2));
            assertEquals(400, e.status());
            assertTrue(e.getMessage().startsWith("after:"), e.getMessage());
        }
    }

    @Nested
    class Sorting {

        private final Set<String> sortable = Set.of("name", "code", "founded");

        @Test
        void fieldsAreReadInOrderWithMinusForDescending() {
            SortOrder order = SortOrder.parse("-founded,name", sortable, "name");
            assertEquals(List.of(new SortOrder.Key("founded", true), new SortOrder.Key("name", false)), order.keys());
            assertEquals("-founded,name", order.toString());
        }

        @Test
        void noSortMeansTheDefault() {
            assertEquals("name", SortOrder.parse(null, sortable, "name").toString());
        }

        @Test
        void anUnknownFieldIsNamedWithTheSortableOnes() {
            ProblemException e = assertThrows(ProblemException.class, () -> SortOrder.parse("budget", sortable, "name"));
            assertEquals(400, e.status());
            assertTrue(e.getMessage().contains("code, founded, name"), e.getMessage());
        }

        @Test
        void aRepeatedFieldIsRefused() {
            assertEquals(400, assertThrows(ProblemException.class,
                    () -> SortOrder.parse("name,-name", sortable, "name")).status());
        }
    }
}
