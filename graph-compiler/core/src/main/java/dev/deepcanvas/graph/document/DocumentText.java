package dev.deepcanvas.graph.document;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a graph file into text, strictly. Graph documents are UTF-8; editors on Windows also write a
 * byte-order mark or UTF-16 (PowerShell's {@code >} does), which are read as what they are. Anything that is not
 * valid in its encoding is refused with where it is: replacing bad bytes silently would change ids and names behind
 * the user's back.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The text of a document file; {@code source} names the file (or standard input) in messages. */
    public static String decode(byte[] bytes, String source) throws GraphFormatException {
        int n = bytes.length;
        boolean utf32 = n >= 4 && ((bytes[0] == 0 && bytes[1] == 0)
                || (bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0)
                || ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe && bytes[2] == 0 && bytes[3] == 0));
        if (utf32) {
            throw new GraphFormatException(source + " is encoded as UTF-32; graph documents are UTF-8. Save it as "
                    + "UTF-8 and try again.");
        }
        if (n >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            return strict(StandardCharsets.UTF_8, bytes, 3, source, "UTF-8");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, source, "UTF-16");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, source, "UTF-16");
        }
        // JSON starts with an ASCII character, so UTF-16 without a mark shows a zero byte beside the first one.
        if (n >= 2 && bytes[0] == 0 && bytes[1] != 0) {
            return strict(StandardCharsets.UTF_16BE, bytes, 0, source, "UTF-16");
        }
        if (n >= 2 && bytes[0] != 0 && bytes[1] == 0) {
            return strict(StandardCharsets.UTF_16LE, bytes, 0, source, "UTF-16");
        }
        return strict(StandardCharsets.UTF_8, bytes, 0, source, "UTF-8");
    }

    private static String strict(Charset charset, byte[] bytes, int start, String source, String name)
            throws GraphFormatException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length - start) * 2 + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new GraphFormatException(source + " is not valid " + name + ": " + describe(bytes, in.position())
                    + ". Save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\") and try "
                    + "again.");
        }
        out.flip();
        return out.toString();
    }

    /** "the byte 0xff at line 3, column 12 is not part of any character", or where the text breaks off. */
    private static String describe(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String where = "line " + line + ", column " + (offset - lineStart + 1);
        if (offset >= bytes.length) {
            return "it ends in the middle of a character (" + where + ")";
        }
        return String.format("the byte 0x%02x at %s is not part of any character", bytes[offset] & 0xff, where);
    }
}
