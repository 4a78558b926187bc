package org.clinic.courses.proof;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.proof.AccessTable.Access;
import org.clinic.courses.proof.AccessTable.Who;
import org.clinic.courses.support.HtmlChecker;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page (each GET page endpoint from the reflection list, with real ids, for every role allowed
 * to see it), every form re-rendered with its errors and the worklist's htmx row pass the Nu HTML
 * Checker, and every input has a label.
 */
@QuarkusTest
class MarkupAllPagesTest {
    /** Not HTML pages: the landing page redirects by role, downloads are files. */
    /** Redirects or downloads; /login/totp is the login's code step, a signed-in session is sent on from it. */
    static final Set<String> NOT_PAGES = Set.of("GET /", "GET /reports/download", "GET /signals/export", "GET /admin/audit/export",
            "GET /login/totp");

    private static ProofFixtures fixtures;
    private final Map<Who, WebSession> sessions = new EnumMap<>(Who.class);

    @Test
    void everyPageForEveryRoleAllowed() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String endpoint : Endpoints.discovered()) {
            if (!endpoint.startsWith("GET ") || endpoint.startsWith("GET /api/") || NOT_PAGES.contains(endpoint)) {
                continue;
            }
            Access access = entry(endpoint);
            for (Who who : access.allowed()) {
                Response r = session(who).request().get(fixtures().path(access.call()));
                assertEquals(200, r.statusCode(), endpoint + " as " + who);
                problems.addAll(check(endpoint + " as " + who, r.asString()));
                checked++;
            }
        }
        assertTrue(checked > 25, "too few pages checked: " + checked);
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFormReRenderedWithItsErrors() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String endpoint : Endpoints.discovered()) {
            if (!endpoint.startsWith("POST ") || endpoint.startsWith("POST /api/") || endpoint.equals("POST /logout")
                    || endpoint.contains("/sign-off") || endpoint.contains("/enabled") || endpoint.contains("/worklist/")
                    || endpoint.contains("/totp")) {
                // no fields to get wrong, or (worklist) answered as a fragment below; the second factor's forms
                // (start, reset: no fields; confirm, disable, the code step: an enrolment or a pending login)
                // have their field messages checked in SecondFactorTest
                continue;
            }
            Access access = entry(endpoint);
            Who who = access.allowed().iterator().next();
            Response r = session(who).postForm(fixtures().path(access.call()), "reason", "x".repeat(5000),
                    "note", "x".repeat(2100), "name", "", "persistenceDays", "-1");
            assertEquals(400, r.statusCode(), endpoint + " with bad input: " + r.asString());
            assertTrue(r.asString().contains("field-error") || r.asString().contains("error-summary"),
                    endpoint + " re-rendered without a field message");
            problems.addAll(check(endpoint + " re-rendered", r.asString()));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void worklistRowFragmentWithErrorsAndWithSuccess() throws Exception {
        WebSession nurse = session(Who.NURSE);
        String path = fixtures().path("/worklist/courses/{course}/administrations");
        List<String> problems = new ArrayList<>();
        for (String volume : new String[]{"-5", "30"}) {
            Response r = nurse.request().header("HX-Request", "true").contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", nurse.csrf()).formParam("administeredAt", "")
                    .formParam("volumeMl", volume).formParam("route", "IV_INFUSION").formParam("status", "GIVEN")
                    .post(path);
            assertEquals(200, r.statusCode(), r.asString());
            problems.addAll(check("worklist row (volume " + volume + ")", "<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><title>fragment</title></head><body><main>" + r.asString()
                    + "</main></body></html>"));
        }
        assertEquals(List.of(), problems);
    }

    static List<String> check(String what, String html) throws Exception {
        List<String> problems = new ArrayList<>();
        HtmlChecker.errors(html).forEach(e -> problems.add(what + ": " + e));
        HtmlChecker.unlabelledInputs(html).forEach(i -> problems.add(what + ": no label for " + i));
        return problems;
    }

    private static Access entry(String endpoint) {
        return AccessTable.ALL.stream().filter(a -> a.endpoint().equals(endpoint)).findFirst().orElseThrow();
    }

    private WebSession session(Who who) {
        return sessions.computeIfAbsent(who, AccessMatrixTest::login);
    }

    private static ProofFixtures fixtures() {
        if (fixtures == null) {
            fixtures = ProofFixtures.create();
        }
        return fixtures;
    }
}
