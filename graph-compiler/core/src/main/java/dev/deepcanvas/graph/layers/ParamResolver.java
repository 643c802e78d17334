package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.document.Printable;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks raw JSON parameter values against a layer's specs and fills in defaults. Every problem becomes a message
 * (collected, never thrown) so that the analyzer can report all of them at once.
 */
public final class ParamResolver {

    /** Values or problems; {@code params} is null when any value was rejected. */
    public record Result(Params params, List<String> problems) {
    }

    private ParamResolver() {
    }

    public static Result resolve(String typeName, List<ParamSpec> specs, Map<String, Object> raw) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String key : raw.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(key))) {
                problems.add("there is no parameter \"" + key + "\" (the parameters are "
                        + specs.stream().map(ParamSpec::name).toList() + "). Remove it.");
            }
        }
        for (ParamSpec spec : specs) {
            Object v = raw.containsKey(spec.name()) ? raw.get(spec.name()) : spec.defaultValue();
            if (v == null) {
                problems.add("\"" + spec.name() + "\" has no value; give it one (" + spec.help() + ").");
                continue;
            }
            Object checked = check(spec, v, problems);
            if (checked != null) {
                values.put(spec.name(), checked);
            }
        }
        return new Result(problems.isEmpty() ? new Params(values) : null, problems);
    }

    private static Object check(ParamSpec spec, Object v, List<String> problems) {
        String name = "\"" + spec.name() + "\"";
        switch (spec.kind()) {
            case INT -> {
                Long n = wholeNumber(v);
                if (n == null) {
                    problems.add(name + " must be a whole number, not " + show(v) + ".");
                    return null;
                }
                return inRange(spec, n, name, problems) ? Integer.valueOf(n.intValue()) : null;
            }
            case DOUBLE -> {
                if (!(v instanceof Number num) || !Double.isFinite(num.doubleValue())) {
                    problems.add(name + " must be a number, not " + show(v) + ".");
                    return null;
                }
                double d = num.doubleValue();
                if ((spec.min() != null && d < spec.min()) || (spec.max() != null && d > spec.max())) {
                    problems.add(name + " is " + d + " but must be " + range(spec) + ".");
                    return null;
                }
                return d;
            }
            case ENUM -> {
                if (!(v instanceof String s) || !spec.options().contains(s)) {
                    problems.add(name + " is " + show(v) + " but must be one of " + spec.options() + ".");
                    return null;
                }
                return s;
            }
            case BOOLEAN -> {
                if (!(v instanceof Boolean b)) {
                    problems.add(name + " must be true or false, not " + show(v) + ".");
                    return null;
                }
                return b;
            }
            case INT_LIST -> {
                if (!(v instanceof List<?> list) || list.isEmpty() || list.size() > 8) {
                    problems.add(name + " must be a list of 1 to 8 whole numbers, not " + show(v) + ".");
                    return null;
                }
                List<Integer> out = new ArrayList<>();
                for (Object o : list) {
                    Long n = wholeNumber(o);
                    if (n == null) {
                        problems.add(name + " must contain whole numbers only, not " + show(o) + ".");
                        return null;
                    }
                    if (!inRange(spec, n, name, problems)) {
                        return null;
                    }
                    out.add(n.intValue());
                }
                return List.copyOf(out);
            }
            default -> throw new IllegalStateException("unhandled kind " + spec.kind());
        }
    }

    private static boolean inRange(ParamSpec spec, long n, String name, List<String> problems) {
        if ((spec.min() != null && n < spec.min()) || (spec.max() != null && n > spec.max())) {
            problems.add(name + " is " + n + " but must be " + range(spec) + ".");
            return false;
        }
        return true;
    }

    /** Accepts integral JSON numbers (including 3.0); anything else, or out of int range, is null. */
    private static Long wholeNumber(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            long n = ((Number) v).longValue();
            return n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE ? n : null;
        }
        if (v instanceof BigInteger) {
            return null;
        }
        if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
            double d = ((Number) v).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE) {
                return (long) d;
            }
        }
        return null;
    }

    private static String show(Object v) {
        if (v instanceof String s) {
            return "\"" + Printable.shortened(s) + "\"";
        }
        return Printable.shortened(String.valueOf(v));
    }

    /** "between 1 and 10", or "at least 1" when the upper bound is only the integer limit. */
    private static String range(ParamSpec spec) {
        if (spec.max() == null || spec.max() >= Integer.MAX_VALUE) {
            return spec.min() == null ? "a valid number" : "at least " + fmt(spec.min());
        }
        return "between " + fmt(spec.min()) + " and " + fmt(spec.max());
    }

    private static String fmt(Double d) {
        if (d == null) {
            return "unbounded";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
    }
}
