package org.entente.platform.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.entente.platform.rest.ProblemException;
import org.junit.jupiter.api.Test;

class UploadTest {

    private static final String EXPECTED = "DCAD-v1.0-main.csv (DCAD 1.0, main file)";

    private static ProblemException refused(InputStream body, long maxBytes) {
        return assertThrows(ProblemException.class, () -> Upload.spool(body, null, maxBytes, EXPECTED).close());
    }

    private static InputStream bytes(byte[]... parts) {
        return new SequenceInputStream(Collections.enumeration(
                List.of(parts).stream().map(part -> (InputStream) new ByteArrayInputStream(part)).toList()));
    }

    @Test
    void textInUtf8IsTakenWholeWithItsSize() {
        byte[] text = "ccode1,cowName1\n2,USA\n651,EGY — Ägypten\n".getBytes(StandardCharsets.UTF_8);
        try (Upload upload = Upload.spool(new ByteArrayInputStream(text), null, 1024, EXPECTED)) {
            assertEquals(text.length, upload.bytes());
        }
    }

    @Test
    void aCharacterSplitBetweenTwoReadsIsStillText() {
        byte[] umlaut = "Ä".getBytes(StandardCharsets.UTF_8);
        try (Upload upload = Upload.spool(bytes("a\n".getBytes(StandardCharsets.UTF_8), new byte[] {umlaut[0]},
                new byte[] {umlaut[1], '\n'}), null, 1024, EXPECTED)) {
            assertEquals(5, upload.bytes());
        }
    }

    @Test
    void bytesThatAreNoUtf8AreRefusedNamingTheirLine() {
        ProblemException e = refused(bytes("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), new byte[] {'x', (byte) 0xC4, 'y'}), 1024);
        assertEquals(400, e.status());
        assertEquals("The file is not " + EXPECTED + ": line 3 is not UTF-8 text (binary data, or saved in another encoding);"
                + " nothing was imported", e.getMessage());
    }

    @Test
    void aNulCharacterIsRefusedAsBinaryData() {
        ProblemException e = refused(bytes("a,b\n".getBytes(StandardCharsets.UTF_8), new byte[] {'1', 0, '2'}), 1024);
        assertTrue(e.getMessage().contains("line 2 holds a NUL character"), e.getMessage());
    }

    @Test
    void aZipArchiveIsNamedAsOne() {
        ProblemException e = refused(bytes(new byte[] {'P', 'K', 3, 4, 20, 0, 8, 0}), 1024);
        assertTrue(e.getMessage().contains("it is a ZIP archive"), e.getMessage());
    }

    @Test
    void aFileCutInTheMiddleOfACharacterIsRefused() {
        ProblemException e = refused(bytes("a\nb".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x80}), 1024);
        assertTrue(e.getMessage().contains("line 2 ends the file in the middle of a UTF-8 character"), e.getMessage());
    }

    @Test
    void anEmptyBodyOrOneOverTheLimitIsRefused() {
        assertEquals(400, refused(new ByteArrayInputStream(new byte[0]), 1024).status());
        ProblemException tooLarge = refused(new ByteArrayInputStream(new byte[3000]), 2048);
        assertEquals(413, tooLarge.status());
        assertTrue(tooLarge.getMessage().contains("2 KiB (entente.imports.max-file-size)"), tooLarge.getMessage());
    }
}
