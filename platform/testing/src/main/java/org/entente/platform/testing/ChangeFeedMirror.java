package org.entente.platform.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A client of a collection's change feed, as a system that pulls would write one: it takes the
 * cursor of now, reads the collection whole, then applies the feed to what it read. Tests compare
 * its records with the collection read again.
 */
public final class ChangeFeedMirror {

    private final String feed;
    private final String collection;
    private final Supplier<RequestSpecification> reader;
    private final Map<String, Map<String, Object>> records = new HashMap<>();
    private String cursor;

    /** Takes the cursor of now, then reads the collection (e.g. {@code /api/v1/alliances}) whole, as the test's reader. */
    public ChangeFeedMirror(String collection) {
        this(collection, () -> given().auth().oauth2(TestTokens.reader()));
    }

    /** The same, with requests that {@code reader} starts (another base URI, another token). */
    public ChangeFeedMirror(String collection, Supplier<RequestSpecification> reader) {
        this.collection = collection;
        this.feed = collection + "/changes";
        this.reader = reader;
        this.cursor = cursorOfNow(reader.get(), feed);
        records.putAll(readAll());
    }

    /** The cursor of now: a call without one, which answers no changes. */
    public static String cursorOfNow(String feed) {
        return cursorOfNow(given().auth().oauth2(TestTokens.reader()), feed);
    }

    private static String cursorOfNow(RequestSpecification request, String feed) {
        return request.get(feed).then().statusCode(200).body("items", empty())
                .body("more", equalTo(false)).body("next", notNullValue()).extract().path("next");
    }

    /** How many records the mirror holds. */
    public int size() {
        return records.size();
    }

    /** One answer of the feed after the cursor, up to 200 changes. */
    public static JsonPath changes(String feed, String cursor) {
        return given().auth().oauth2(TestTokens.reader()).queryParam("after", cursor).queryParam("limit", "200").get(feed)
                .then().statusCode(200).body("next", notNullValue()).extract().jsonPath();
    }

    /** The changes of one record after the cursor, in the feed's order. */
    public static List<Map<String, Object>> changesOf(String feed, String cursor, String id) {
        return changes(feed, cursor).<Map<String, Object>>getList("items").stream().filter(c -> id.equals(c.get("id"))).toList();
    }

    /** Applies every change waiting, in small pages; returns whether the records now equal the collection read again. */
    public boolean caughtUp() {
        boolean more;
        do {
            JsonPath page = reader.get().queryParam("after", cursor).queryParam("limit", "7").get(feed).then().statusCode(200)
                    .extract().jsonPath();
            for (Map<String, Object> change : page.<Map<String, Object>>getList("items")) {
                String id = (String) change.get("id");
                if (change.get("change").equals("DELETED")) {
                    records.remove(id);
                } else {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> record = (Map<String, Object>) change.get("record");
                    records.put(id, record);
                }
            }
            cursor = page.getString("next");
            more = page.getBoolean("more");
        } while (more);
        return records.equals(readAll());
    }

    private Map<String, Map<String, Object>> readAll() {
        Map<String, Map<String, Object>> all = new HashMap<>();
        String after = null;
        do {
            var request = reader.get().queryParam("limit", "20");
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(collection).then().statusCode(200).extract().jsonPath();
            page.<Map<String, Object>>getList("items").forEach(r -> all.put((String) r.get("id"), r));
            after = page.getString("next");
        } while (after != null);
        return all;
    }
}
