package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Jackson's reasons for refusing a document, retold in the user's terms: where (the JSON path, and line and column)
 * and what to write instead. Jackson's own texts name Java types and parser features, which mean nothing to the
 * person who saved the file.
 */
final class ReadErrors {

    private ReadErrors() {
    }

    static String describe(JsonProcessingException e) {
        // Databind wraps low-level parser failures met inside a value; report the underlying cause.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException || t instanceof JsonParseException
                    || t instanceof InputCoercionException) {
                return describe((JsonProcessingException) t);
            }
        }
        String where = location(e.getLocation());
        String path = path(e);
        if (e instanceof StreamConstraintsException) {
            return oversize(e.getOriginalMessage()) + where + ".";
        }
        if (e instanceof InputCoercionException) {
            return (path.isEmpty() ? "A number" : path) + " is " + shownValue(e) + where + ", which is too large "
                    + "here: write a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
                    + " (for a seed, between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ").";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            String parent = parentPath(u);
            return "Unknown field \"" + Printable.shortened(u.getPropertyName()) + "\" " + (parent.isEmpty() ? "at the top level of the "
                    + "document" : "in " + parent) + where + ". Known fields there: " + u.getKnownPropertyIds()
                    + ". Remove it, or check its spelling.";
        }
        if (e instanceof MismatchedInputException m) {
            return (path.isEmpty() ? "The document" : path) + " must be " + expected(m.getTargetType()) + ", not "
                    + shownValue(e) + where + ".";
        }
        if (e instanceof JsonMappingException m) {
            return "The graph document is not valid" + (path.isEmpty() ? "" : " at " + path) + where + ": "
                    + firstLine(m.getOriginalMessage());
        }
        return "The graph document is not valid JSON" + (path.isEmpty() ? "" : " at " + path) + where + ": "
                + syntax(e.getOriginalMessage());
    }

    /** Which limit a value broke: Jackson names it in its message, in its own words. */
    private static String oversize(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "The graph document is nested too deeply (the limit is " + GraphJson.MAX_DEPTH + " levels)";
        }
        if (m.contains("Number value length")) {
            return "The graph document contains a number with more than 100 digits";
        }
        if (m.contains("String value length")) {
            return "The graph document contains a text longer than " + GraphJson.MAX_CHARS + " characters";
        }
        return "The graph document is too deeply nested or contains an oversized value";
    }

    /**
     * The parser's complaint in plain words. The common slips get a sentence of their own; anything else keeps the
     * parser's first line without its advice about parser features, which a user cannot switch on.
     */
    static String syntax(String message) {
        String m = message == null ? "unreadable input" : firstLine(message);
        if (m.startsWith("Non-standard token 'NaN'") || m.startsWith("Non-standard token 'Infinity'")
                || m.startsWith("Non-standard token '+Infinity'") || m.startsWith("Non-standard token '-Infinity'")
                || m.contains("'NaN'") || m.contains("'Infinity'")) {
            return "NaN and Infinity are not numbers in JSON. Write a finite number (such as 0.5), or leave the "
                    + "field out to use its default.";
        }
        if (m.contains("maybe a (non-standard) comment")) {
            return "JSON has no comments. Remove the comment.";
        }
        if (m.contains("was expecting double-quote to start field name")) {
            return "a field name must be in double quotes (\"name\"), and a list or object must not end with a "
                    + "comma.";
        }
        if (m.contains("Unexpected character (''' (code 39))")) {
            return "texts must be in double quotes (\"…\"), not single quotes.";
        }
        if (m.contains("Leading zeroes not allowed")) {
            return "a number must not start with 0 (write 7, not 07).";
        }
        if (m.contains("Illegal unquoted character")) {
            return "a text contains a control character (such as a line break or a tab). Write it as an escape "
                    + "(\\n, \\t).";
        }
        if (m.contains("Unexpected end-of-input")) {
            return "the document ends too early (is the file cut off?). " + withoutAdvice(m);
        }
        return withoutAdvice(m);
    }

    private static String withoutAdvice(String m) {
        String cleaned = m.replaceAll(":? ?\\(?(enable|set) `?[A-Za-z]+\\.[A-Z_]+`?[^)]*\\)?", "")
                .replaceAll(" ?\\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
                .replaceAll(" ?\\(code \\d+\\)", "");
        return cleaned.isBlank() ? m : cleaned.trim();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a text (in double quotes)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [...]";
        }
        return "an object {...}";
    }

    /** The offending value as the user wrote it, read from the parser that stopped on it. */
    private static String shownValue(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser p)) {
            return "this value";
        }
        JsonToken t = p.currentToken();
        if (t == null) {
            return "missing";
        }
        try {
            return switch (t) {
                case VALUE_STRING -> "the text \"" + shorten(p.getText()) + "\"";
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> shorten(p.getText());
                case VALUE_TRUE, VALUE_FALSE -> p.getText();
                case VALUE_NULL -> "null";
                case START_ARRAY -> "a list";
                case START_OBJECT, FIELD_NAME -> "an object";
                default -> "this value";
            };
        } catch (IOException unreadable) {
            return "this value";
        }
    }

    private static String shorten(String s) {
        return Printable.shortened(s);
    }

    /** The JSON path of the failure ("edges[0].targetPort"), empty at the top. */
    static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return path(m.getPath());
        }
        if (e.getProcessor() instanceof JsonParser p) {
            return path(p.getParsingContext());
        }
        return "";
    }

    private static String parentPath(JsonMappingException e) {
        List<JsonMappingException.Reference> refs = e.getPath();
        return refs.isEmpty() ? "" : path(refs.subList(0, refs.size() - 1));
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                parts.push(c.getCurrentName());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!sb.isEmpty() && !part.startsWith("[")) {
                sb.append('.');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    static String location(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
