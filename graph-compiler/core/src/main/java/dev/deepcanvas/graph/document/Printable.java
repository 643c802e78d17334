package dev.deepcanvas.graph.document;

/**
 * User text (ids, names, values) as it can be shown inside a message: control characters such as line breaks and
 * tabs written as escapes, so that a message stays one readable line on a terminal, and long text shortened.
 */
public final class Printable {

    /** Longest user text quoted in a message. */
    public static final int MAX_SHOWN = 40;

    private Printable() {
    }

    /** The text with control characters escaped ({@code \n}, {@code \t}, {@code \u0000}). */
    public static String escape(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The text escaped and, beyond {@link #MAX_SHOWN} characters, cut with an ellipsis. */
    public static String shortened(String s) {
        String e = escape(s);
        return e.length() > MAX_SHOWN ? e.substring(0, MAX_SHOWN) + "…" : e;
    }
}
