package org.clinic.courses.proof;

import java.util.ArrayList;
import java.util.List;

/**
 * Generates hostile (field, value, expectation) cases. Each value has a JSON form (a raw JSON
 * token, so wrong types and non-numbers can be sent) and a form form (what a browser would post).
 * A field's kind decides what is legitimate: free text may take emoji, right-to-left script,
 * markup, SQL or formulas as plain text (and must then show them escaped); nothing takes 10,000
 * characters, NUL, control characters, half a surrogate pair or a noncharacter; numbers, dates, enums
 * and ids take only their own kind.
 */
final class HostileCases {
    enum Kind { TEXT, OPTIONAL_TEXT, NUMBER, DATE, INSTANT, ENUM, ID, BOOL }

    enum Expect { REJECT, EITHER }

    record Value(String label, String json, String form, boolean text) {
    }

    record Case(String target, String field, Kind kind, Value value, Expect expect) {
        @Override
        public String toString() {
            return target + " " + field + " = " + value.label;
        }
    }

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String SQL = "'; DROP TABLE patient; --";
    static final String FORMULA = "=HYPERLINK(\"http://x\")";

    static final List<Value> VALUES = List.of(
            v("empty", "\"\"", "", false),
            v("whitespace", "\"   \\t \"", "   \t ", false),
            v("10000 chars", "\"" + "x".repeat(10_000) + "\"", "x".repeat(10_000), false),
            v("NUL", "\"a\\u0000b\"", "a\u0000b", false),
            v("control chars", "\"a\\u0007\\u001b[31mb\"", "a\u0007\u001b[31mb", false),
            // A browser cannot send half a surrogate pair (UTF-8 has no form for it): its form posts U+FFFF.
            v("lone surrogate", "\"Head\\ud800ache\"", "Head\uFFFFache", false),
            v("noncharacter", "\"T\\ufffeX\"", "T\uFFFEX", false),
            v("emoji", "\"Dizzy 😵‍💫 💉\"", "Dizzy 😵‍💫 💉", true),
            v("right-to-left", "\"صداع \u202Eעברית\"", "صداع \u202Eעברית", true),
            v("script", json(SCRIPT), SCRIPT, true),
            v("img onerror", json(IMG), IMG, true),
            v("SQL", json(SQL), SQL, true),
            v("formula", json(FORMULA), FORMULA, true),
            v("negative", "-1", "-1", false),
            v("zero", "0", "0", false),
            v("NaN", "NaN", "NaN", false),
            v("1e309", "1e309", "1e309", false),
            v("number as string", "\"thirty\"", "thirty", false),
            v("number for string", "42", "42", false),
            v("object", "{\"a\":1}", "{\"a\":1}", false),
            v("array", "[1,2]", "[1,2]", false),
            v("unknown enum", "\"BOGUS_VALUE\"", "BOGUS_VALUE", false),
            v("impossible date", "\"2026-02-30\"", "2026-02-30", false),
            v("malformed date", "\"26-11-2026\"", "26-11-2026", false),
            v("far past", "\"0001-01-01\"", "0001-01-01", false),
            v("far future", "\"9999-12-31\"", "9999-12-31", false),
            v("far future instant", "\"9999-12-31T00:00:00Z\"", "9999-12-31T00:00", false),
            v("unknown id", "999999999", "999999999", false));

    private HostileCases() {
    }

    /** Every value for every field of the target: fields are "name:KIND", "name:KIND?" when it may be left blank. */
    static List<Case> cases(String target, String... fields) {
        List<Case> cases = new ArrayList<>();
        for (String spec : fields) {
            String name = spec.substring(0, spec.indexOf(':'));
            boolean optional = spec.endsWith("?");
            Kind kind = Kind.valueOf(spec.substring(spec.indexOf(':') + 1).replace("?", ""));
            for (Value value : VALUES) {
                boolean blank = value.label().equals("empty") || value.label().equals("whitespace");
                Expect expect = optional && blank ? Expect.EITHER : expect(kind, value);
                cases.add(new Case(target, name, kind, value, expect));
            }
        }
        return cases;
    }

    /** Never acceptable in a text field: too long, NUL and control characters, structures, non-JSON. */
    static final List<String> NOT_TEXT = List.of("10000 chars", "NUL", "control chars", "lone surrogate", "noncharacter", "object",
            "array", "NaN");

    /**
     * Free text may legitimately hold any other string (markup, SQL, formulas, a date-like or
     * enum-like word) and a JSON number (read as its digits); blank only when optional.
     */
    static Expect expect(Kind kind, Value value) {
        boolean blank = value.label().equals("empty") || value.label().equals("whitespace");
        if (kind == Kind.TEXT || kind == Kind.OPTIONAL_TEXT) {
            return NOT_TEXT.contains(value.label()) || blank && kind == Kind.TEXT ? Expect.REJECT : Expect.EITHER;
        }
        if (kind == Kind.NUMBER && List.of("zero", "number for string", "unknown id").contains(value.label())) {
            return Expect.EITHER; // plain numbers: whether 0 or 999999999 fits is the field's own rule
        }
        if (kind == Kind.ID && value.label().equals("number for string")) {
            return Expect.EITHER; // 42 may well be a real id
        }
        return Expect.REJECT;
    }

    private static Value v(String label, String json, String form, boolean text) {
        return new Value(label, json, form, text);
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
