package org.entente.platform.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.platform.rest.ProblemException;

/**
 * An uploaded file, spooled to disk as it arrives (never whole in memory), so that the request is
 * answered at once and the import reads the file at its own pace. Deleted when closed.
 */
final class Upload implements AutoCloseable {

    private final Path file;
    private final long bytes;

    private Upload(Path file, long bytes) {
        this.file = file;
        this.bytes = bytes;
    }

    /**
     * @param expected what the file should be, for the problems' details, e.g. {@code DCAD-v1.0-main.csv (DCAD 1.0, main file)}
     * @throws ProblemException 413 when the body is larger than {@code maxBytes}, 400 when it is empty or
     *                          not text (not UTF-8, or with NUL characters: binary data)
     */
    static Upload spool(InputStream body, Path directory, long maxBytes, String expected) {
        Path file;
        try {
            file = directory == null ? Files.createTempFile("entente-import-", ".csv")
                    : Files.createTempFile(Files.createDirectories(directory), "entente-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot spool the upload", e);
        }
        long total = 0;
        TextCheck text = new TextCheck();
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while (body != null && (n = body.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new ProblemException(413, "The file is over the import limit of " + size(maxBytes)
                            + " (entente.imports.max-file-size); nothing was imported");
                }
                if (!text.accept(buffer, n)) {
                    break; // not text: refused below without reading the rest
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            delete(file);
            throw new ProblemException(400, "The upload broke off before its end: " + e.getMessage());
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        if (total == 0) {
            delete(file);
            throw new ProblemException(400, "The body is empty: send " + expected + " as it was downloaded");
        }
        var problem = text.problem();
        if (problem.isPresent()) {
            delete(file);
            throw new ProblemException(400, "The file is not " + expected + ": " + problem.get() + "; nothing was imported");
        }
        return new Upload(file, total);
    }

    /** A size in words: 512 KiB, 64 MiB, 1000 bytes. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    long bytes() {
        return bytes;
    }

    /** The file as UTF-8 text, refusing what is not (binary data fails with a MalformedInputException). */
    BufferedReader reader() throws IOException {
        InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        reader.mark(1);
        if (reader.read() != '\uFEFF') { // a byte order mark, as spreadsheet programs write, is not part of the header
            reader.reset();
        }
        return reader;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up what is left
        }
    }
}
