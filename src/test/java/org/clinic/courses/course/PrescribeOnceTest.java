package org.clinic.courses.course;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** Pen-test finding: the prescribe form had no one-time token, so a double submit made two courses. */
@QuarkusTest
class PrescribeOnceTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"submissionToken\" value=\"([^\"]+)\"");

    @Test
    void aDoubleSubmitOfThePrescribeFormMakesOneCourse() {
        long patient = QuarkusTransaction.requiringNew().call(() -> DoseFixtures.patient("Ida", "Twice").id);
        WebSession physician = WebSession.physician();
        String form = physician.page("/courses/new?patientId=" + patient);
        Matcher m = TOKEN.matcher(form);
        assertTrue(m.find(), "the form carries a one-time token");
        Object[] fields = {"patientId", patient, "drug", "cerebrolysin", "indication", "Acute ischemic stroke",
                "route", "IV_INFUSION", "dailyVolumeMl", "30", "startDate", LocalDate.now().toString(), "lengthDays", "10",
                "schedule", "DAILY", "onsetAt", "", "submissionToken", m.group(1)};
        String first = physician.postFormExpectRedirect("/courses", fields);
        String second = physician.postFormExpectRedirect("/courses", fields);
        assertEquals(first, second, "the second submit lands on the first course");
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> TreatmentCourse.count("patient.id", patient)));

        String fresh = physician.page("/courses/new?patientId=" + patient);
        Matcher n = TOKEN.matcher(fresh);
        assertTrue(n.find());
        assertNotEquals(m.group(1), n.group(1), "a new form, a new token");
    }

    @Test
    void aRefusedFormKeepsItsToken() {
        WebSession physician = WebSession.physician();
        String html = physician.postForm("/courses", "patientId", "abc", "drug", "cerebrolysin", "indication", "",
                "route", "IV_INFUSION", "dailyVolumeMl", "30", "startDate", LocalDate.now().toString(), "lengthDays", "10",
                "schedule", "DAILY", "submissionToken", "kept-token-123").then().statusCode(400).extract().asString();
        assertTrue(html.contains("name=\"submissionToken\" value=\"kept-token-123\""), html);
    }
}
