package org.clinic.courses.patient;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class PatientPageTest {
    static String mrn() {
        return "P-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static long count(String mrn) {
        return QuarkusTransaction.requiringNew().call(() -> Patient.count("mrn", mrn));
    }

    static String register(WebSession s, String mrn) {
        s.page("/patients/new");
        return s.postFormExpectRedirect("/patients/new", "mrn", mrn, "givenName", "Grace", "familyName", "Hopper",
                "birthDate", "1946-12-09", "sex", "FEMALE", "weightKg", "58.5", "egfr", "64", "apoeE4Carrier", "true")
                .replaceAll("^https?://[^/]+", "");
    }

    @Test
    void nurseRegistersSearchesAndEditsAPatient() {
        WebSession nurse = WebSession.nurse();
        String mrn = mrn();
        String path = register(nurse, mrn);
        String view = nurse.page(path);
        assertThat(view, containsString("Grace Hopper"));
        assertThat(view, containsString("Patient Grace Hopper registered."));
        assertThat(view, containsString("may respond less well in Alzheimer"));
        assertThat(nurse.page("/patients?q=" + mrn), containsString(path));
        assertThat(nurse.page("/patients?q=hopper"), containsString("Hopper, Grace"));
        String edit = nurse.page(path + "/edit");
        assertThat(edit, containsString("value=\"" + mrn + "\""));
        nurse.postFormExpectRedirect(path + "/edit", "version", "0", "mrn", mrn, "givenName", "Grace B.",
                "familyName", "Hopper", "birthDate", "1946-12-09", "sex", "FEMALE");
        assertThat(nurse.page(path), containsString("Grace B. Hopper"));
        nurse.postForm(path + "/edit", "version", "0", "mrn", mrn, "givenName", "Stale",
                "familyName", "Hopper", "birthDate", "1946-12-09", "sex", "FEMALE").then().statusCode(409);
    }

    @Test
    void invalidFormReRendersWithEveryMessageAndStoresNothing() {
        WebSession nurse = WebSession.nurse();
        nurse.page("/patients/new");
        String mrn = "bad mrn!";
        String html = nurse.postForm("/patients/new", "mrn", mrn, "givenName", "x".repeat(101), "familyName", "",
                        "birthDate", "09/12/1946", "sex", "ROBOT", "weightKg", "heavy", "egfr", "-5", "apoeE4Carrier", "maybe")
                .then().statusCode(400).extract().asString();
        for (String field : new String[]{"mrn", "givenName", "familyName", "birthDate", "sex", "weightKg", "egfr", "apoeE4Carrier"}) {
            assertThat(field, html, containsString("id=\"" + field + "-error\""));
        }
        assertThat(count(mrn), is(0L));
    }

    @Test
    void duplicateMrnIsAFormError() {
        WebSession physician = WebSession.physician();
        String mrn = mrn();
        register(physician, mrn);
        String html = physician.postForm("/patients/new", "mrn", mrn, "givenName", "Other", "familyName", "Person",
                "birthDate", "1950-01-01", "sex", "MALE").then().statusCode(409).extract().asString();
        assertThat(html, containsString("id=\"mrn-error\""));
        assertThat(count(mrn), is(1L));
    }

    @Test
    void conditionsMedicationsAndAllergiesAreAddedAndRemovedWithAReason() {
        WebSession nurse = WebSession.nurse();
        String path = register(nurse, mrn());
        nurse.postFormExpectRedirect(path + "/conditions", "conditionName", "Epilepsy", "conditionCode", "G40.909");
        nurse.postFormExpectRedirect(path + "/medications", "medicationName", "Lithium carbonate 300 mg");
        nurse.postFormExpectRedirect(path + "/allergies", "allergySubstance", "Penicillin");
        String html = nurse.postForm(path + "/medications", "medicationName", "").then().statusCode(400).extract().asString();
        assertThat(html, containsString("id=\"medicationName-error\""));
        String view = nurse.page(path);
        assertThat(view, containsString("Epilepsy"));
        assertThat(view, containsString("Lithium carbonate 300 mg"));
        assertThat(view, containsString("Penicillin"));
        long conditionId = QuarkusTransaction.requiringNew().call(() -> Condition.<Condition>find(
                "patient.id = ?1", Long.parseLong(path.substring(path.lastIndexOf('/') + 1))).firstResult().id);
        nurse.postForm(path + "/conditions/" + conditionId + "/remove", "reason", "").then().statusCode(400);
        nurse.postFormExpectRedirect(path + "/conditions/" + conditionId + "/remove", "reason", "Misdiagnosis");
        assertThat(nurse.page(path), containsString("by nurse: Misdiagnosis"));
    }

    @Test
    void rolesAndCsrf() {
        WebSession.admin().request().get("/patients").then().statusCode(403);
        WebSession.anonymous().request().get("/patients").then().statusCode(302);
        WebSession nurse = WebSession.nurse();
        nurse.request().get("/patients/999999").then().statusCode(404);
        nurse.request().contentType("application/x-www-form-urlencoded").formParam("mrn", mrn())
                .post("/patients/new").then().statusCode(400);
    }
}
