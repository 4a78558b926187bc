package org.clinic.courses.proof;

import io.restassured.response.Response;
import org.clinic.courses.proof.HostileCases.Case;
import org.clinic.courses.proof.HostileCases.Expect;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** What every hostile case must come to. */
final class Outcomes {
    private Outcomes() {
    }

    static void assertNoInternals(String what, Response r) {
        String body = r.asString();
        assertTrue(r.statusCode() < 500, what + " → " + r.statusCode() + ": " + abbreviate(body));
        for (String leak : List.of("Exception", "\tat ", "at org.", "at io.", "at java.", "org.hibernate", "SQL")) {
            assertFalse(body.contains(leak) && !body.contains(HostileCases.SQL.substring(0, 8)),
                    what + " shows internals (" + leak + "): " + abbreviate(body));
        }
    }

    static void assertApiOutcome(Case c, Response r, Map<String, Long> before) {
        String what = c.toString();
        assertNoInternals(what, r);
        int status = r.statusCode();
        if (status == 400) {
            List<String> fields = r.jsonPath().getList("errors.field");
            assertNotNull(fields, what + ": 400 without a field list: " + abbreviate(r.asString()));
            assertTrue(fields.stream().anyMatch(f -> f.equals(c.field()) || f.startsWith(c.field() + ".")
                            || f.startsWith(c.field() + "[") || c.value().label().equals("NaN") && f.equals("body")),
                    what + ": the 400 does not name the field: " + fields);
            assertEquals(before, Counts.now(), what + ": refused but stored something");
        } else if (c.expect() == Expect.REJECT) {
            fail(what + " was not refused: " + status + " " + abbreviate(r.asString()));
        } else {
            assertTrue(status == 200 || status == 201 || status == 409, what + " → " + status);
        }
    }

    static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
