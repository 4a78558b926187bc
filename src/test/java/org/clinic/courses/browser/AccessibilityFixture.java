package org.clinic.courses.browser;

import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Records that make every kind of page show its parts: a patient in bed 12 of a ward with a due infusion
 * (Okafor), an intramuscular course and a blocked course due today, and a course with a dose and a side
 * effect today (for the void forms and the day rows). Names carry a run id: the test database is shared.
 */
record AccessibilityFixture(String family, String ward, long patient, long due, long intramuscular, long blocked,
                            long recorded, long dose, long sideEffect, long user) {

    static AccessibilityFixture create() {
        String run = Screen.runId();
        String family = "Okafor" + run;
        String ward = "A" + run.substring(0, 5);
        WebSession.apiAdmin().body("{\"code\":\"" + ward + "\",\"name\":\"Ward " + run + "\"}").post("/api/wards")
                .then().statusCode(201);
        long due = DoseFixtures.course(Route.IV_INFUSION, "30", DoseFixtures.today().minusDays(2), 10,
                ScheduleType.DAILY, "Chidi", family);
        long patient = patientOf(due);
        bed(patient, ward, "12");
        long intramuscular = DoseFixtures.course(Route.IM_INJECTION, "5", DoseFixtures.today().minusDays(1), 10,
                ScheduleType.DAILY, "Ngozi", "Adeyemi" + run);
        long blocked = DoseFixtures.course(Route.IV_INJECTION, "10", DoseFixtures.today().minusDays(1), 10,
                ScheduleType.DAILY, "Emeka", "Blocked" + run);
        DoseFixtures.flag(blocked, FlagCode.CONTRAINDICATION, FlagStatus.OPEN);
        bed(patientOf(intramuscular), ward, "14");
        bed(patientOf(blocked), ward, "15");
        long recorded = DoseFixtures.course(Route.IV_INFUSION, "30", DoseFixtures.today().minusDays(2), 10,
                ScheduleType.DAILY, "Amara", "Recorded" + run);
        bed(patientOf(recorded), ward, "16");
        long dose = id(WebSession.apiNurse().body(doseJson()).post("/api/courses/" + recorded + "/administrations"));
        long sideEffect = id(WebSession.apiNurse().body("{\"observedOn\":\"" + DoseFixtures.today()
                        + "\",\"term\":\"Headache\",\"grade\":1,\"serious\":false,\"seriousCriteria\":[],\"action\":\"NONE\","
                        + "\"outcome\":\"NOT_RECOVERED\",\"causality\":\"POSSIBLE\"}")
                .post("/api/courses/" + recorded + "/adverse-events"));
        long user = id(WebSession.apiAdmin().body("{\"username\":\"axe-" + run.toLowerCase()
                + "\",\"password\":\"long-enough-password\",\"role\":\"NURSE\"}").post("/api/users"));
        return new AccessibilityFixture(family, ward, patient, due, intramuscular, blocked, recorded, dose, sideEffect, user);
    }

    /** The entry forms reached by buttons rather than links in the navigation (nurse and physician). */
    List<String> clinicalForms() {
        return List.of("/worklist?ward=" + ward, "/courses/" + due, "/courses/" + recorded,
                "/courses/" + due + "/administrations/new", "/courses/" + intramuscular + "/administrations/new",
                "/courses/" + due + "/adverse-events/new", "/administrations/" + dose + "/void",
                "/adverse-events/" + sideEffect + "/void", "/patients/new", "/patients/" + patient,
                "/patients/" + patient + "/edit", "/beds/" + patient + "?returnTo=/worklist", "/account/password");
    }

    List<String> physicianForms() {
        return List.of("/physician", "/courses/" + due, "/courses/" + recorded, "/courses/new", "/courses/new?patientId=" + patient, "/prescribe/patients?q=" + family,
                "/courses/" + recorded + "/sign-off", "/courses/" + recorded + "/drug-chart", "/signals", "/reports");
    }

    List<String> adminForms() {
        return List.of("/admin/users", "/admin/users/" + user + "/password", "/admin/drugs", "/admin/drugs/cerebrolysin",
                "/admin/settings", "/admin/wards", "/admin/audit", "/account/password");
    }

    private static void bed(long patient, String ward, String bed) {
        WebSession.apiNurse().body("{\"ward\":\"" + ward + "\",\"bed\":\"" + bed + "\"}").post("/api/beds/" + patient)
                .then().statusCode(200);
    }

    private static long patientOf(long course) {
        return WebSession.apiNurse().get("/api/courses/" + course).then().statusCode(200).extract().jsonPath()
                .getLong("patientId");
    }

    private static String doseJson() {
        return "{\"administeredAt\":\"" + Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                + "\",\"route\":\"IV_INFUSION\",\"volumeMl\":30,\"status\":\"GIVEN\",\"lotNumber\":\"L1\","
                + "\"diluent\":\"NaCl 0.9%\",\"diluentVolumeMl\":100,\"infusionMinutes\":20}";
    }

    private static long id(Response r) {
        r.then().statusCode(201);
        return r.jsonPath().getLong("id");
    }
}
