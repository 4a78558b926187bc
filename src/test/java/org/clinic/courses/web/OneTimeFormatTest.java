package org.clinic.courses.web;

import io.quarkus.test.junit.QuarkusTest;
import org.clinic.courses.course.Route;
import org.clinic.courses.course.ScheduleType;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.clinic.courses.support.DoseFixtures.clock;
import static org.clinic.courses.support.DoseFixtures.today;
import static org.clinic.courses.support.WebSession.apiPhysician;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One time format on every main page: no ISO-8601 timestamp ("2026-12-01T10:15:30Z") leaks into what a
 * person reads, and every time shown names the clinic's zone ("2026-12-01 10:15 CET"). The records
 * behind the pages carry every kind of time a page shows: a voided dose and side effect, a removed
 * condition, a stopped course, flags, audit entries.
 */
@QuarkusTest
class OneTimeFormatTest {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
    /** A date and a time with no zone after it. */
    private static final Pattern UNZONED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(?::\\d{2})?(?! ?[A-Z(+-])");

    /**
     * What a person reads: the text between tags, and the titles and labels shown on hover. Text that
     * other tests typed into names and notes (the hostile-input suite's instants, in the shared test
     * database) is user text, not a time the app wrote, and is left out.
     */
    static String readable(String html) {
        String text = html.replace("9999-12-31T00:00:00Z", "(typed)").replace("9999-12-31T00:00", "(typed)").replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ");
        List<String> parts = new ArrayList<>();
        Matcher attr = Pattern.compile("(?:title|aria-label|alt)=\"([^\"]*)\"").matcher(text);
        while (attr.find()) parts.add(attr.group(1));
        parts.add(text.replaceAll("(?s)<[^>]*>", " "));
        return String.join(" ", parts);
    }

    @Test
    void thePagesShowTimesInTheClinicsFormatWithItsZone() {
        LocalDate start = today().minusDays(2);
        long course = DoseFixtures.course(Route.IV_INFUSION, "30", start, 21, ScheduleType.DAILY, "Tina", "Timeformat");
        long patient = apiPhysician().get("/api/courses/" + course).then().statusCode(200).extract().jsonPath().getLong("patientId");
        long dose = apiPhysician().body(Map.of("administeredAt", start.atTime(10, 0).atZone(clock().getZone()).toOffsetDateTime().toString(),
                        "route", "IV_INFUSION", "volumeMl", 30, "status", "GIVEN", "lotNumber", "LOT-T1", "diluent", "NaCl 0.9%",
                        "diluentVolumeMl", 100, "infusionMinutes", 30))
                .post("/api/courses/" + course + "/administrations").then().statusCode(201).extract().jsonPath().getLong("id");
        apiPhysician().body(Map.of("reason", "Wrong patient")).post("/api/administrations/" + dose + "/void").then().statusCode(200);
        long event = apiPhysician().body(Map.of("observedOn", start.toString(), "term", "Headache", "grade", 1, "serious", false,
                        "action", "NONE", "outcome", "RECOVERED", "causality", "POSSIBLE"))
                .post("/api/courses/" + course + "/adverse-events").then().statusCode(201).extract().jsonPath().getLong("id");
        apiPhysician().body(Map.of("reason", "Entered twice")).post("/api/adverse-events/" + event + "/void").then().statusCode(200);
        long condition = apiPhysician().body(Map.of("name", "Epilepsy", "code", "G40.9"))
                .post("/api/patients/" + patient + "/conditions").then().statusCode(201).extract().jsonPath().getLong("id");
        apiPhysician().body(Map.of("reason", "Ruled out"))
                .post("/api/patients/" + patient + "/conditions/" + condition + "/remove").then().statusCode(200);
        long stopped = DoseFixtures.course(Route.IV_INFUSION, "30", start, 10, ScheduleType.DAILY, "Stan", "Timeformat");
        apiPhysician().body(Map.of("reason", "Patient moved")).post("/api/courses/" + stopped + "/stop").then().statusCode(200);

        WebSession physician = WebSession.physician();
        WebSession admin = WebSession.admin();
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        for (String path : List.of("/physician", "/courses/" + course, "/courses/" + stopped, "/patients/" + patient,
                "/courses?patientId=" + patient, "/patients?q=Timeformat", "/flags", "/worklist", "/courses/" + course + "/sign-off",
                "/courses/" + course + "/drug-chart", "/signals", "/reports", "/beds/" + patient)) {
            pages.put(path, readable(physician.page(path)));
        }
        for (String path : List.of("/admin/drugs", "/admin/drugs/cerebrolysin", "/admin/audit", "/admin/users", "/admin/wards")) {
            pages.put(path, readable(admin.page(path)));
        }
        String zoneShort = java.time.format.DateTimeFormatter.ofPattern("z", java.util.Locale.ENGLISH)
                .format(java.time.ZonedDateTime.now(clock()));
        assertTrue(pages.get("/courses/" + stopped).contains(" " + zoneShort + " by physician"),
                "the stop time names the zone: " + pages.get("/courses/" + stopped));
        assertTrue(pages.get("/courses/" + course).contains("Voided " + today()), "the void time is the clinic's date and time");
        pages.forEach((path, text) -> {
            Matcher iso = ISO.matcher(text);
            assertTrue(!iso.find(), path + " shows an ISO timestamp: …" + around(text, iso));
            Matcher bare = UNZONED.matcher(text);
            assertTrue(!bare.find(), path + " shows a time without its zone: …" + around(text, bare));
        });
        assertEquals(18, pages.size());
    }

    private static String around(String text, Matcher m) {
        try {
            return text.substring(Math.max(0, m.start() - 60), Math.min(text.length(), m.end() + 40)).replaceAll("\\s+", " ");
        } catch (IllegalStateException e) {
            return "";
        }
    }
}
