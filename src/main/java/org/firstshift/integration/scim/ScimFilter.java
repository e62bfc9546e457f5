package org.firstshift.integration.scim;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The filter language of RFC 7644 section 3.4.2.2: {@code eq ne co sw ew gt ge lt le pr},
 * {@code and}, {@code or}, {@code not( )}, grouping and value paths ({@code emails[type eq "work"]}),
 * evaluated against a resource tree. Attribute names and (except {@code id}/{@code externalId})
 * string values compare without regard to case; dates compare as instants. Anything else is an
 * {@code invalidFilter} error naming the problem and where it is.
 */
public final class ScimFilter {
    private static final Set<String> CASE_EXACT = Set.of("id", "externalid");
    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le");

    /** A parsed filter: tests one resource. */
    public interface Node {
        boolean test(Map<String, Object> resource);
    }

    private final String text;
    private final List<Token> tokens;
    private final String coreSchema;
    private int pos;

    private record Token(String text, boolean quoted, int at) {
        boolean is(String word) {
            return !quoted && text.equalsIgnoreCase(word);
        }
    }

    private ScimFilter(String text, String coreSchema) {
        this.text = text;
        this.coreSchema = coreSchema;
        this.tokens = tokenize(text);
    }

    /** Parses a filter; {@code coreSchema} is the resource's core schema URN (allowed as a prefix). */
    public static Node parse(String filter, String coreSchema) {
        if (filter == null || filter.isBlank()) {
            throw ScimException.invalidFilter("the filter is empty");
        }
        ScimFilter p = new ScimFilter(filter, coreSchema);
        Node node = p.or();
        if (p.pos < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.pos).text + "'");
        }
        return node;
    }

    private ScimException error(String what) {
        int at = pos < tokens.size() ? tokens.get(pos).at : text.length();
        return ScimException.invalidFilter(what + " at position " + (at + 1) + " of the filter: " + text);
    }

    private Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private Token next() {
        if (pos >= tokens.size()) {
            throw error("the filter ends too early");
        }
        return tokens.get(pos++);
    }

    private Node or() {
        Node left = and();
        while (peek() != null && peek().is("or")) {
            pos++;
            Node l = left;
            Node r = and();
            left = res -> l.test(res) || r.test(res);
        }
        return left;
    }

    private Node and() {
        Node left = unary();
        while (peek() != null && peek().is("and")) {
            pos++;
            Node l = left;
            Node r = unary();
            left = res -> l.test(res) && r.test(res);
        }
        return left;
    }

    private Node unary() {
        Token t = next();
        if (t.is("not")) {
            expect("(");
            Node inner = or();
            expect(")");
            return res -> !inner.test(res);
        }
        if (t.is("(")) {
            Node inner = or();
            expect(")");
            return inner;
        }
        if (t.quoted || t.is(")") || t.is("[") || t.is("]")) {
            throw errorAt(t, "an attribute name was expected, not '" + t.text + "'");
        }
        AttributePath path;
        try {
            path = AttributePath.parse(t.text);
        } catch (ScimException e) {
            throw errorAt(t, "'" + t.text + "' is not an attribute name");
        }
        if (peek() != null && peek().is("[")) {
            pos++;
            Node inner = or();
            expect("]");
            return res -> elements(res, path).stream().anyMatch(inner::test);
        }
        Token op = next();
        String operator = op.text.toLowerCase(Locale.ROOT);
        if (op.is("pr")) {
            return res -> !values(res, path).isEmpty();
        }
        if (op.quoted || !COMPARISONS.contains(operator)) {
            throw errorAt(op, "'" + op.text + "' is not an operator (eq ne co sw ew gt ge lt le pr)");
        }
        Object expected = literal(next());
        if (expected instanceof Boolean && !operator.equals("eq") && !operator.equals("ne")) {
            throw errorAt(op, "booleans compare only with eq and ne");
        }
        if (expected == null && !operator.equals("eq") && !operator.equals("ne")) {
            throw errorAt(op, "null compares only with eq and ne");
        }
        if (!(expected instanceof String) && Set.of("co", "sw", "ew").contains(operator)) {
            throw errorAt(op, operator + " needs a string");
        }
        boolean exact = CASE_EXACT.contains(path.attribute().toLowerCase(Locale.ROOT)) && path.subAttribute() == null;
        if (operator.equals("ne")) {
            return res -> values(res, path).stream().noneMatch(v -> compare("eq", v, expected, exact))
                    && !(expected == null && values(res, path).isEmpty());
        }
        if (expected == null) {
            return res -> values(res, path).isEmpty();
        }
        return res -> values(res, path).stream().anyMatch(v -> compare(operator, v, expected, exact));
    }

    private ScimException errorAt(Token t, String what) {
        return ScimException.invalidFilter(what + " at position " + (t.at + 1) + " of the filter: " + text);
    }

    private void expect(String symbol) {
        Token t = next();
        if (!t.is(symbol)) {
            throw errorAt(t, "'" + symbol + "' was expected, not '" + t.text + "'");
        }
    }

    private Object literal(Token t) {
        if (t.quoted) {
            return t.text;
        }
        if (t.is("true")) {
            return Boolean.TRUE;
        }
        if (t.is("false")) {
            return Boolean.FALSE;
        }
        if (t.is("null")) {
            return null;
        }
        try {
            return new BigDecimal(t.text);
        } catch (NumberFormatException e) {
            throw errorAt(t, "a value (a \"quoted string\", number, true, false or null) was expected, not '" + t.text + "'");
        }
    }

    /** The elements of a multi-valued complex attribute (or the single complex value). */
    private List<Map<String, Object>> elements(Map<String, Object> res, AttributePath path) {
        Map<String, Object> container = path.container(res, coreSchema, false);
        List<Map<String, Object>> out = new ArrayList<>();
        if (container == null) {
            return out;
        }
        Object v = Tree.get(container, path.attribute());
        if (v instanceof List<?> list) {
            list.forEach(x -> {
                if (Tree.map(x) != null) {
                    out.add(Tree.map(x));
                }
            });
        } else if (Tree.map(v) != null) {
            out.add(Tree.map(v));
        }
        return out;
    }

    /** The simple values an attribute path names in a resource (complex multi-values give their "value"). */
    static List<Object> values(Map<String, Object> res, AttributePath path, String coreSchema) {
        List<Object> out = new ArrayList<>();
        Map<String, Object> container = path.container(res, coreSchema, false);
        if (container == null) {
            return out;
        }
        collect(Tree.get(container, path.attribute()), path.subAttribute(), out);
        return out;
    }

    private List<Object> values(Map<String, Object> res, AttributePath path) {
        return values(res, path, coreSchema);
    }

    private static void collect(Object v, String sub, List<Object> out) {
        if (v == null) {
            return;
        }
        if (v instanceof List<?> list) {
            list.forEach(x -> collect(x, sub, out));
            return;
        }
        Map<String, Object> m = Tree.map(v);
        if (m != null) {
            collect(Tree.get(m, sub == null ? "value" : sub), null, out);
            return;
        }
        if (sub != null) {
            return;
        }
        if (v instanceof String s && s.isEmpty()) {
            return;
        }
        out.add(v);
    }

    static boolean compare(String op, Object actual, Object expected, boolean caseExact) {
        if (expected instanceof Boolean b) {
            return actual instanceof Boolean a ? a.equals(b) : Boolean.toString(b).equalsIgnoreCase(actual.toString());
        }
        if (expected instanceof BigDecimal n) {
            if (!(actual instanceof BigDecimal a)) {
                return false;
            }
            return ordered(op, a.compareTo(n));
        }
        String a = actual.toString();
        String e = (String) expected;
        Instant ad = instant(a);
        Instant ed = instant(e);
        if (ad != null && ed != null && !Set.of("co", "sw", "ew").contains(op)) {
            return ordered(op, ad.compareTo(ed));
        }
        if (!caseExact) {
            a = a.toLowerCase(Locale.ROOT);
            e = e.toLowerCase(Locale.ROOT);
        }
        switch (op) {
            case "co":
                return a.contains(e);
            case "sw":
                return a.startsWith(e);
            case "ew":
                return a.endsWith(e);
            default:
                return ordered(op, a.compareTo(e));
        }
    }

    private static boolean ordered(String op, int c) {
        switch (op) {
            case "eq":
                return c == 0;
            case "gt":
                return c > 0;
            case "ge":
                return c >= 0;
            case "lt":
                return c < 0;
            case "le":
                return c <= 0;
            default:
                return false;
        }
    }

    private static Instant instant(String s) {
        if (s.length() < 20 || !Character.isDigit(s.charAt(0)) || s.charAt(10) != 'T') {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')' || c == '[' || c == ']') {
                out.add(new Token(String.valueOf(c), false, i));
                i++;
            } else if (c == '"') {
                int start = i;
                StringBuilder b = new StringBuilder();
                i++;
                boolean closed = false;
                while (i < s.length()) {
                    char d = s.charAt(i);
                    if (d == '\\' && i + 1 < s.length()) {
                        char esc = s.charAt(i + 1);
                        if (esc == 'u' && i + 5 < s.length()) {
                            b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                            i += 6;
                            continue;
                        }
                        b.append(switch (esc) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> esc;
                        });
                        i += 2;
                    } else if (d == '"') {
                        closed = true;
                        i++;
                        break;
                    } else {
                        b.append(d);
                        i++;
                    }
                }
                if (!closed) {
                    throw ScimException.invalidFilter("a string that starts at position " + (start + 1)
                            + " is not closed: " + s);
                }
                out.add(new Token(b.toString(), true, start));
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "()[]\"".indexOf(s.charAt(i)) < 0) {
                    i++;
                }
                out.add(new Token(s.substring(start, i), false, start));
            }
        }
        return out;
    }
}
