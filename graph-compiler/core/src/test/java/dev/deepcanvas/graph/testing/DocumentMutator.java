package dev.deepcanvas.graph.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Damages a valid graph document the ways files get damaged or hand-edited: cut off, bytes dropped or inserted,
 * values of the wrong kind, huge or non-finite numbers, unknown or duplicate fields, odd Unicode, deep nesting, and
 * other encodings (byte-order marks, UTF-16, UTF-32, Latin-1, invalid UTF-8). Each mutant says what was done, so a
 * failing one can be turned into a named test.
 */
public final class DocumentMutator {

    /** One damaged document and how it was damaged. */
    public record Mutant(String description, byte[] bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "\u0000raw\u0000";
    private static final List<String> RAW_VALUES = List.of("NaN", "-Infinity", "Infinity", "1e999", "-1e999",
            "123456789012345678901234567890", "1e-400", "-0", "0.0", "1.5", "-1", "2147483648", "9223372036854775808",
            "1" + "0".repeat(150), "+1", "01", ".5", "0x10", "true", "null", "[]", "{}", "\"\"", "[1,[2,[3]]]",
            "\"0.01\"", "\"1\"");
    private static final List<String> ODD_TEXTS = List.of("\uD800", "\uDFFF x", "\u202Eevil", "\u200B", "\u0000",
            "e\u0301", "\uD83D\uDE00", "\u00e9\u00e8", "日本語", "\n\t\r", "\\", "\"", "*/", "${jndi:x}", "%s%n",
            "x".repeat(300), "Dense", "", " ");

    private final Random rnd;

    public DocumentMutator(long seed) {
        this.rnd = new Random(seed);
    }

    /** One to three mutations of {@code json}. */
    public Mutant mutate(String json) {
        StringBuilder what = new StringBuilder();
        String text = json;
        int rounds = 1 + (rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(2) : 0);
        for (int i = 0; i < rounds; i++) {
            int kind = rnd.nextInt(10);
            what.append(what.isEmpty() ? "" : ", then ");
            text = switch (kind) {
                case 0 -> truncate(text, what);
                case 1 -> dropSpan(text, what);
                case 2 -> insertGarbage(text, what);
                case 3, 4 -> replaceValue(text, what);
                case 5 -> addField(text, what);
                case 6 -> oddText(text, what);
                case 7 -> duplicateKey(text, what);
                case 8 -> nest(text, what);
                default -> removeField(text, what);
            };
        }
        return encode(text, what);
    }

    private String truncate(String s, StringBuilder what) {
        int at = rnd.nextInt(s.length() + 1);
        what.append("cut at ").append(at);
        return s.substring(0, at);
    }

    private String dropSpan(String s, StringBuilder what) {
        int from = rnd.nextInt(s.length() + 1);
        int to = Math.min(s.length(), from + 1 + rnd.nextInt(12));
        what.append("dropped ").append(from).append("..").append(to);
        return s.substring(0, from) + s.substring(to);
    }

    private String insertGarbage(String s, StringBuilder what) {
        String[] bits = {"{", "}", "[", "]", ",", ":", "\"", "\\", "/*c*/", "//c\n", "'", "\u0001", "\uFFFF",
                "NaN", "9".repeat(40), " ", "\t", "\uFEFF", "\uD800"};
        String bit = bits[rnd.nextInt(bits.length)];
        int at = rnd.nextInt(s.length() + 1);
        what.append("inserted ").append(quoted(bit)).append(" at ").append(at);
        return s.substring(0, at) + bit + s.substring(at);
    }

    private String replaceValue(String s, StringBuilder what) {
        JsonNode root = tree(s);
        if (root == null) {
            return s;
        }
        List<Slot> slots = slots(root);
        if (slots.isEmpty()) {
            return s;
        }
        Slot slot = slots.get(rnd.nextInt(slots.size()));
        String raw = RAW_VALUES.get(rnd.nextInt(RAW_VALUES.size()));
        slot.set(TextNode.valueOf(RAW));
        what.append("set ").append(slot.path).append(" to ").append(raw);
        return write(root).replace(quoted(RAW), raw);
    }

    private String addField(String s, StringBuilder what) {
        JsonNode root = tree(s);
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        if (objects.isEmpty()) {
            return s;
        }
        ObjectNode target = objects.get(rnd.nextInt(objects.size()));
        String name = List.of("extra", "colour", "Version", "format ", "nodes2", "\u00fcber", "").get(rnd.nextInt(7));
        target.put(name, rnd.nextInt(10));
        what.append("added field ").append(quoted(name));
        return write(root);
    }

    private String removeField(String s, StringBuilder what) {
        JsonNode root = tree(s);
        List<ObjectNode> objects = new ArrayList<>();
        collectObjects(root, objects);
        objects.removeIf(o -> o.size() == 0);
        if (objects.isEmpty()) {
            return s;
        }
        ObjectNode target = objects.get(rnd.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        String name = names.get(rnd.nextInt(names.size()));
        target.remove(name);
        what.append("removed field ").append(name);
        return write(root);
    }

    private String oddText(String s, StringBuilder what) {
        JsonNode root = tree(s);
        if (root == null) {
            return s;
        }
        List<Slot> texts = slots(root).stream().filter(slot -> slot.get().isTextual()).toList();
        if (texts.isEmpty()) {
            return s;
        }
        Slot slot = texts.get(rnd.nextInt(texts.size()));
        String odd = ODD_TEXTS.get(rnd.nextInt(ODD_TEXTS.size()));
        String value = rnd.nextBoolean() ? slot.get().asText() + odd : odd;
        slot.set(TextNode.valueOf(value));
        what.append("set ").append(slot.path).append(" to ").append(quoted(value));
        return write(root);
    }

    private String duplicateKey(String s, StringBuilder what) {
        int at = s.indexOf("\"id\"", rnd.nextInt(Math.max(1, s.length())));
        if (at < 0) {
            at = s.indexOf("\"name\"");
        }
        if (at < 0) {
            return s;
        }
        what.append("duplicated a key at ").append(at);
        return s.substring(0, at) + "\"id\": \"dup\", " + s.substring(at);
    }

    private String nest(String s, StringBuilder what) {
        int depth = 20 + rnd.nextInt(200);
        int at = s.indexOf("\"params\"");
        if (at < 0) {
            return s;
        }
        what.append("nested ").append(depth).append(" levels in params");
        int colon = s.indexOf(':', at) + 1;
        return s.substring(0, colon) + "[".repeat(depth) + "]".repeat(depth) + "," + "\"x\":" + s.substring(colon);
    }

    /** Mostly UTF-8; sometimes with a byte-order mark, in another encoding, or with invalid bytes. */
    private Mutant encode(String text, StringBuilder what) {
        int roll = rnd.nextInt(12);
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return switch (roll) {
            case 0 -> mutant(what.append(" in UTF-8 with a byte-order mark"), concat(new byte[] {(byte) 0xEF,
                    (byte) 0xBB, (byte) 0xBF}, utf8));
            case 1 -> mutant(what.append(" in UTF-16"), text.getBytes(StandardCharsets.UTF_16));
            case 2 -> mutant(what.append(" in UTF-16LE without a mark"), text.getBytes(StandardCharsets.UTF_16LE));
            case 3 -> mutant(what.append(" in UTF-32"), text.getBytes(Charset.forName("UTF-32")));
            case 4 -> mutant(what.append(" in Latin-1"), text.getBytes(StandardCharsets.ISO_8859_1));
            case 5 -> {
                byte[][] bad = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82},
                        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80}};
                byte[] b = bad[rnd.nextInt(bad.length)];
                int at = rnd.nextInt(utf8.length + 1);
                yield mutant(what.append(" with invalid UTF-8 bytes at ").append(at),
                        concat(concat(Arrays.copyOf(utf8, at), b),
                                Arrays.copyOfRange(utf8, at, utf8.length)));
            }
            default -> mutant(what, utf8);
        };
    }

    private static Mutant mutant(StringBuilder what, byte[] bytes) {
        return new Mutant(what.toString(), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The text as a JSON string literal. */
    private static String quoted(String text) {
        return TextNode.valueOf(text).toString();
    }

    private static JsonNode tree(String s) {
        try {
            return JSON.readTree(s);
        } catch (JsonProcessingException e) {
            return null; // already broken by an earlier mutation: leave it to the text mutations
        }
    }

    private static String write(JsonNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectObjects(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        if (node != null && node.isContainerNode()) {
            node.forEach(child -> collectObjects(child, out));
        }
    }

    /** A place holding a value: a field of an object or an element of a list. */
    private record Slot(JsonNode parent, String field, int index, String path) {

        JsonNode get() {
            return field != null ? parent.get(field) : parent.get(index);
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) parent).set(field, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }
    }

    private static List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collectSlots(root, "", out);
        return out;
    }

    private static void collectSlots(JsonNode node, String path, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String p = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                out.add(new Slot(o, e.getKey(), -1, p));
                collectSlots(e.getValue(), p, out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                String p = path + "[" + i + "]";
                out.add(new Slot(a, null, i, p));
                collectSlots(a.get(i), p, out);
            }
        }
    }
}
