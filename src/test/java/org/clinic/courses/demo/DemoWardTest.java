package org.clinic.courses.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.clinic.courses.support.DoseFixtures.activeCourse;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The demo clinic's ward puts its patients in beds, so the ward's worklist shows their doses. */
@QuarkusTest
class DemoWardTest {
    @Test
    void theDemoPatientsLieInBedsOnTheDemoWardAndItsWorklistShowsThem() {
        long first = activeCourse(Route.IV_INJECTION, "10"), second = activeCourse(Route.IV_INJECTION, "10");
        String code = "D" + UUID.randomUUID().toString().substring(0, 6);
        QuarkusTransaction.requiringNew().run(() -> DemoWard.seed(code, DemoWard.NAME, Instant.now(), List.of(
                TreatmentCourse.<TreatmentCourse>findById(first).patient, TreatmentCourse.<TreatmentCourse>findById(second).patient)));
        String html = WebSession.nurse().page("/worklist?ward=" + code);
        assertThat(html, containsString("Neurology ward 3"));
        assertThat(html, containsString("id=\"row-" + first + "\""));
        assertThat(html, containsString("id=\"row-" + second + "\""));
        assertThat(html, containsString("bed 1"));
        assertThat(html, containsString("bed 2"));
    }
}
