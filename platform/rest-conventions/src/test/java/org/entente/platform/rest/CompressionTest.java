package org.entente.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.entente.platform.testing.RawHttp;
import org.entente.platform.testing.TestTokens;
import org.entente.platform.testing.TokenKeys;
import org.junit.jupiter.api.Test;

/** Answers are gzip-compressed for a client that accepts it, and sent as they are to one that does not. */
@QuarkusTest
@WithTestResource(TokenKeys.class)
class CompressionTest {

    @Test
    void aCollectionIsGzippedWhenTheClientAcceptsItAndUnzipsToTheSameJson() {
        RawHttp.Answer plain = RawHttp.get("/listed-samples", TestTokens.reader(), null);
        RawHttp.Answer gzipped = RawHttp.get("/listed-samples", TestTokens.reader(), "gzip");
        assertNull(plain.header("Content-Encoding"));
        assertEquals("gzip", gzipped.header("Content-Encoding"));
        assertEquals(plain.text(), gzipped.gunzipped());
        assertTrue(gzipped.body().length * 3 < plain.body().length, "a list compresses well");
        assertEquals(plain.header("ETag"), gzipped.header("ETag"));
    }

    @Test
    void aStreamedExportAndAProblemAreGzippedToo() {
        RawHttp.Answer export = RawHttp.get("/listed-samples/export", TestTokens.reader(), "gzip");
        assertEquals("gzip", export.header("Content-Encoding"));
        assertTrue(export.gunzipped().startsWith("0,"));
        RawHttp.Answer problem = RawHttp.get("/samples/gone", TestTokens.reader(), "gzip");
        assertEquals(404, problem.status());
        assertEquals("gzip", problem.header("Content-Encoding"));
        assertTrue(problem.gunzipped().contains("\"status\":404"));
    }

    @Test
    void withoutAcceptEncodingTheAnswerIsSentAsItIs() {
        RawHttp.Answer plain = RawHttp.get("/listed-samples", TestTokens.reader(), "identity");
        assertNull(plain.header("Content-Encoding"));
        assertTrue(plain.text().startsWith("{\"items\":["));
    }
}
