package org.clinic.courses.patient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.clinic.courses.support.WebSession;
import org.clinic.courses.web.ClinicTime;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.clinic.courses.support.WebSession.apiNurse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Demographic edits keep the earlier values as versions (21 CFR 11.10(e)), by form and by API. */
@QuarkusTest
class PatientVersionTest {
    @Inject
    EntityManagerFactory emf;
    @Inject
    Clock clock;

    private static long versions(long patientId) {
        return QuarkusTransaction.requiringNew().call(() -> PatientVersion.count("patientId", patientId));
    }

    private static String json(String mrn, String given, Integer version) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"mrn\":\"" + mrn + "\",\"givenName\":\""
                + given + "\",\"familyName\":\"Lovelace\",\"birthDate\":\"1950-12-10\",\"sex\":\"FEMALE\",\"weightKg\":61.5}";
    }

    private static long create(String mrn) {
        return ((Number) apiNurse().body(json(mrn, "Ada", null)).post("/api/patients").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static int version(long id) {
        return apiNurse().get("/api/patients/" + id).then().extract().path("version");
    }

    @Test
    void formEditKeepsTheEarlierValuesShownOnThePatientPage() {
        WebSession nurse = WebSession.nurse();
        String mrn = PatientPageTest.mrn();
        String path = PatientPageTest.register(nurse, mrn);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        assertThat(nurse.page(path), not(containsString("Earlier versions")));
        nurse.page(path + "/edit");
        nurse.postFormExpectRedirect(path + "/edit", "version", "0", "mrn", mrn, "givenName", "Grace B.",
                "familyName", "Hopper", "birthDate", "1946-12-09", "sex", "OTHER", "weightKg", "58.5", "egfr", "64",
                "apoeE4Carrier", "true");
        assertEquals(2, versions(id), "given name and sex changed");
        PatientVersion row = QuarkusTransaction.requiringNew().call(() -> PatientVersion.<PatientVersion>find("patientId", id).firstResult());
        String page = nurse.page(path);
        assertThat(page, containsString("Earlier versions"));
        assertThat(page, containsString(ClinicTime.format(row.editedAt, clock.getZone()) + " by nurse"));
        assertThat(page, containsString("Given name: Grace → Grace B."));
        assertThat(page, containsString("Sex: Female → Other"));
        assertThat(page, not(containsString("Weight (kg):")));
    }

    @Test
    void apiEditMakesAVersionListedByTheApiAndAnUnchangedEditNone() {
        String mrn = PatientPageTest.mrn();
        long id = create(mrn);
        apiNurse().get("/api/patients/" + id + "/versions").then().statusCode(200).body("size()", is(0));
        apiNurse().body(json(mrn, "Augusta Ada", version(id))).put("/api/patients/" + id).then().statusCode(200);
        apiNurse().body(json(mrn, "Augusta Ada", version(id))).put("/api/patients/" + id).then().statusCode(200);
        assertEquals(1, versions(id), "the second edit changed nothing");
        apiNurse().get("/api/patients/" + id + "/versions").then().statusCode(200)
                .body("size()", is(1))
                .body("[0].editedBy", is("nurse"))
                .body("[0].replacedVersion", is(0))
                .body("[0].editedAt", notNullValue())
                .body("[0].changes", hasSize(1))
                .body("[0].changes[0].field", is("givenName"))
                .body("[0].changes[0].oldValue", is("Ada"))
                .body("[0].changes[0].newValue", is("Augusta Ada"));
        apiNurse().get("/api/patients/999999999/versions").then().statusCode(404);
    }

    @Test
    void unchangedFormEditMakesNoVersion() {
        WebSession nurse = WebSession.nurse();
        String mrn = PatientPageTest.mrn();
        String path = PatientPageTest.register(nurse, mrn);
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        nurse.page(path + "/edit");
        nurse.postFormExpectRedirect(path + "/edit", "version", "0", "mrn", mrn, "givenName", "Grace",
                "familyName", "Hopper", "birthDate", "1946-12-09", "sex", "FEMALE", "weightKg", "58.50", "egfr", "64",
                "apoeE4Carrier", "true");
        assertEquals(0, versions(id));
    }

    @Test
    void patientPageRunsTheSameStatementsForOneAndTwelveEdits() {
        String mrnOne = PatientPageTest.mrn();
        String mrnMany = PatientPageTest.mrn();
        long one = create(mrnOne);
        long many = create(mrnMany);
        apiNurse().body(json(mrnOne, "Ada1", version(one))).put("/api/patients/" + one).then().statusCode(200);
        for (int i = 0; i < 12; i++) {
            apiNurse().body(json(mrnMany, "Ada" + i, version(many))).put("/api/patients/" + many).then().statusCode(200);
        }
        WebSession nurse = WebSession.nurse();
        nurse.page("/patients/" + one);
        nurse.page("/patients/" + many);
        long a = statements(() -> nurse.page("/patients/" + one));
        long b = statements(() -> nurse.page("/patients/" + many));
        assertEquals(a, b, "same statements for 1 and 12 edits");
        assertTrue(a <= 12, "patient page ran " + a + " statements");
        assertThat(nurse.page("/patients/" + many), containsString("Ada10 → Ada11"));
    }

    private long statements(Runnable call) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        long before = stats.getPrepareStatementCount();
        call.run();
        return stats.getPrepareStatementCount() - before;
    }
}
