package org.clinic.courses.proof;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.proof.AccessTable.Who;
import org.clinic.courses.proof.HostileCases.Value;
import org.clinic.courses.proof.PageForms.Form;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hostile values in every field of every page form (starting from a valid submission): the form
 * comes back with the field's message (400, nothing stored) or the value is taken; never a 500.
 * Values no field may hold (10,000 characters, NUL, control characters) must be refused.
 */
@QuarkusTest
class HostileFormTest {
    /**
     * Hidden plumbing, not something a person types ("enabled" is the value of the enable/disable
     * button, read as a yes/no by JAX-RS; "lists" is the drug's JSON, covered by HostileApiTest).
     */
    static final Set<String> HIDDEN = Set.of("submissionToken", "returnTo", "version", "back", "lists", "enabled");
    static final Set<String> NEVER = Set.of("10000 chars", "NUL", "control chars");

    @Test
    void everyFieldOfEveryPageForm() {
        Map<Who, WebSession> sessions = new EnumMap<>(Who.class);
        for (Who who : List.of(Who.NURSE, Who.PHYSICIAN, Who.ADMIN)) {
            sessions.put(who, AccessMatrixTest.login(who));
        }
        ProofFixtures f = ProofFixtures.create();
        long finished = DoseFixtures.course(Route.IV_INFUSION, "30", DoseFixtures.today().minusDays(20), 10,
                ScheduleType.DAILY, "Finished", "Hostile");
        Map<String, Form> forms = PageForms.all(f, contraindicated(), contraindicated(), contraindicated(), finished,
                sessions.get(Who.PHYSICIAN), sessions.get(Who.ADMIN));
        List<String> problems = new ArrayList<>();
        int cases = 0;
        for (Form form : forms.values()) {
            for (String field : form.fields().keySet()) {
                if (HIDDEN.contains(field)) continue;
                // Every hostile value there is a wrong password, counted as a failed login of the shared
                // test client: 28 of them use up its limit and later tests' logins are refused.
                // SecondFactorTest covers that field's answers.
                if (form.path().equals("/account/totp/start") && field.equals("password")) continue;
                for (Value value : HostileCases.VALUES) {
                    Map<String, String> fields = new LinkedHashMap<>(form.fields());
                    fields.put(field, value.form());
                    fields.computeIfPresent("submissionToken", (k, v) -> java.util.UUID.randomUUID().toString());
                    // a flag is used up by the first accepted action: each case gets an open one
                    String path = form.path().startsWith("/flags/")
                            ? form.path().replaceFirst("/flags/\\d+/", "/flags/" + contraindicated() + "/")
                            : form.path().matches("/courses/\\d+/flags/\\d+/\\w+")
                            ? PageForms.reviewPath(PageForms.openFlag(), form.path().replaceFirst(".*/", ""))
                            // an entry is used up by its first accepted correction: each case corrects one of its own
                            : form.path().matches("/administrations/\\d+/correct") ? "/administrations/"
                            + WebSession.apiNurse().body(ProofFixtures.doseJson()).post("/api/courses/" + f.course()
                            + "/administrations").then().statusCode(201).extract().jsonPath().getLong("id") + "/correct"
                            : form.path().matches("/adverse-events/\\d+/correct") ? "/adverse-events/"
                            + WebSession.apiNurse().body(ProofFixtures.adverseEventJson()).post("/api/courses/" + f.course()
                            + "/adverse-events").then().statusCode(201).extract().jsonPath().getLong("id") + "/correct"
                            : form.path();
                    Map<String, Long> before = Counts.now();
                    Response r = sessions.get(form.who()).postForm(path, pairs(fields));
                    String what = form.endpoint() + " " + field + " = " + value.label() + " → " + r.statusCode();
                    cases++;
                    try {
                        Outcomes.assertNoInternals(what, r);
                    } catch (AssertionError e) {
                        problems.add(e.getMessage());
                        continue;
                    }
                    boolean worklist = form.path().startsWith("/worklist");
                    if (r.statusCode() == 400) {
                        if (!r.asString().contains("id=\"" + field + "-error\"") && !r.asString().contains("field-error")) {
                            problems.add(what + ": re-rendered without a message for the field");
                        }
                    }
                    if (r.statusCode() == 400 || r.statusCode() == 409 || worklist && NEVER.contains(value.label())) {
                        if (!before.equals(Counts.now())) problems.add(what + ": refused but stored something");
                    } else if (NEVER.contains(value.label()) && !worklist) {
                        problems.add(what + ": accepted " + value.label());
                    }
                }
            }
        }
        assertTrue(cases > 1000, "too few cases: " + cases);
        assertEquals(List.of(), problems);
    }

    private static Object[] pairs(Map<String, String> fields) {
        List<Object> pairs = new ArrayList<>();
        fields.forEach((k, v) -> {
            pairs.add(k);
            pairs.add(v);
        });
        return pairs.toArray();
    }

    private static long contraindicated() {
        return DoseFixtures.flag(DoseFixtures.activeCourse(Route.IV_INFUSION, "30"), FlagCode.CONTRAINDICATION,
                FlagStatus.OPEN);
    }
}
