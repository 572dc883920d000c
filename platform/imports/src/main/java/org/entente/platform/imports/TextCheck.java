package org.entente.platform.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Whether an upload is text a CSV file can be, checked as its bytes arrive: UTF-8 (of which ASCII is
 * a part) without NUL characters, so that binary data is refused before anything is imported, naming
 * the line where it starts.
 */
final class TextCheck {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharBuffer decoded = CharBuffer.allocate(16 * 1024);
    /** The start of a character split between two chunks; never holds a line break (those are one byte). */
    private ByteBuffer carried = ByteBuffer.allocate(0);
    private long line = 1;
    private boolean first = true;
    private String problem;

    /** @return whether the bytes so far can be text; once false, the rest need not be read */
    boolean accept(byte[] bytes, int length) {
        if (problem != null) {
            return false;
        }
        if (first) {
            first = false;
            if (startsWith(bytes, length, ZIP)) {
                problem = "it is a ZIP archive (unpack it and send the CSV file it holds)";
                return false;
            }
        }
        ByteBuffer in = ByteBuffer.allocate(carried.remaining() + length);
        in.put(carried).put(bytes, 0, length).flip();
        for (int i = in.position(); i < in.limit(); i++) {
            if (in.get(i) == 0) {
                problem = "line " + lineAt(in, i) + " holds a NUL character (binary data?)";
                return false;
            }
        }
        CoderResult result;
        do {
            decoded.clear();
            result = decoder.decode(in, decoded, false);
        } while (result.isOverflow());
        if (result.isError()) {
            problem = "line " + lineAt(in, in.position()) + " is not UTF-8 text (binary data, or saved in another encoding)";
            return false;
        }
        line = lineAt(in, in.limit());
        carried = ByteBuffer.allocate(in.remaining()).put(in).flip();
        return true;
    }

    /** Ends the check: a character cut off by the end of the file is a problem too. */
    Optional<String> problem() {
        if (problem == null && carried.hasRemaining()) {
            problem = "line " + line + " ends the file in the middle of a UTF-8 character";
            carried = ByteBuffer.allocate(0);
        }
        return Optional.ofNullable(problem);
    }

    /** The line the byte at {@code index} of the chunk is on. */
    private long lineAt(ByteBuffer chunk, int index) {
        long at = line;
        for (int i = 0; i < index; i++) {
            if (chunk.get(i) == '\n') {
                at++;
            }
        }
        return at;
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
