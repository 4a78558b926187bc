package org.clinic.courses.proof;

import org.clinic.courses.proof.AccessTable.Who;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid submission of every page form (path, role, fields), so a test can show that the
 * form changes the database with its token and changes nothing without it.
 */
final class PageForms {
    record Form(String endpoint, String path, Who who, Map<String, String> fields) {
        Object[] pairs() {
            List<Object> pairs = new ArrayList<>();
            fields.forEach((k, v) -> {
                pairs.add(k);
                pairs.add(v);
            });
            return pairs.toArray();
        }
    }

    private static final Pattern INPUT = Pattern.compile("<input\\b[^>]*\\bname=\"([^\"]+)\"[^>]*\\bvalue=\"([^\"]*)\"");
    private static final Pattern TEXTAREA = Pattern.compile("<textarea\\b[^>]*\\bname=\"([^\"]+)\"[^>]*>(.*?)</textarea>",
            Pattern.DOTALL);

    private PageForms() {
    }

    /** Every page form keyed by its endpoint; flags are three open flags with a real cause so each action meets an open flag. */
    static Map<String, Form> all(ProofFixtures f, long flag1, long flag2, long flag3, long finishedCourse, WebSession physician,
                                 WebSession admin) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String now = LocalDateTime.now(DoseFixtures.clock()).minusMinutes(1).truncatedTo(ChronoUnit.MINUTES).toString();
        String today = DoseFixtures.today().toString();
        Map<String, Form> forms = new LinkedHashMap<>();
        add(forms, "POST /patients/new", "/patients/new", Who.NURSE, "mrn", "CSRF-" + unique, "givenName", "Grace",
                "familyName", "Hopper", "birthDate", "1950-01-01", "sex", "FEMALE");
        Map<String, String> edit = scrape(physician.page(f.path("/patients/{patient}/edit")));
        edit.put("givenName", "Edited" + unique);
        forms.put("POST /patients/{id}/edit", new Form("POST /patients/{id}/edit", f.path("/patients/{patient}/edit"),
                Who.NURSE, edit));
        add(forms, "POST /patients/{id}/" + AccessTable.KINDS, f.path("/patients/{patient}/conditions"), Who.NURSE,
                "conditionName", "Asthma");
        add(forms, "POST /patients/{id}/" + AccessTable.KINDS + "/{itemId}/remove",
                f.path("/patients/{patient}/allergies/{allergy}/remove"), Who.NURSE, "reason", "Entered in error");
        add(forms, "POST /courses", "/courses", Who.PHYSICIAN, "patientId", String.valueOf(f.otherPatient()),
                "drug", f.drug(), "indication", "Acute ischaemic stroke", "route", "IV_INFUSION", "dailyVolumeMl", "30",
                "startDate", today, "lengthDays", "10", "schedule", "DAILY", "onsetAt", "");
        add(forms, "POST /courses/{id}/administrations", f.path("/courses/{course}/administrations"), Who.NURSE,
                "administeredAt", now, "route", "IV_INFUSION", "volumeMl", "30", "status", "GIVEN", "lotNumber", "L2",
                "diluent", "NaCl 0.9%", "diluentVolumeMl", "100", "infusionMinutes", "20",
                "submissionToken", UUID.randomUUID().toString());
        add(forms, "POST /worklist/courses/{id}/administrations", f.path("/worklist/courses/{course}/administrations"),
                Who.NURSE, "administeredAt", now, "route", "IV_INFUSION", "volumeMl", "30", "status", "GIVEN",
                "diluent", "NaCl 0.9%", "diluentVolumeMl", "100", "infusionMinutes", "20",
                "submissionToken", UUID.randomUUID().toString());
        add(forms, "POST /worklist/courses/{id}/ask-physician", f.path("/worklist/courses/{course}/ask-physician"),
                Who.NURSE);
        add(forms, "POST /admin/wards", "/admin/wards", Who.ADMIN, "code", "W" + unique, "name", "Ward " + unique);
        String ward = "B" + unique;
        WebSession.apiAdmin().body("{\"code\":\"" + ward + "\",\"name\":\"Beds " + unique + "\"}").post("/api/wards")
                .then().statusCode(201);
        // the physician's remembered ward: other suites read the nurse's worklist across all wards
        add(forms, "POST /worklist/view", "/worklist/view", Who.PHYSICIAN, "ward", ward, "sort", "bed", "show", "all",
                "q", "");
        add(forms, "POST /beds/{id}", f.path("/beds/{patient}"), Who.NURSE, "ward", ward, "bed", "7");
        add(forms, "POST /administrations/{aid}/void", f.path("/administrations/{administration}/void"), Who.NURSE,
                "reason", "Wrong patient");
        long toCorrect = WebSession.apiNurse().body(ProofFixtures.doseJson()).post("/api/courses/" + f.course()
                + "/administrations").then().statusCode(201).extract().jsonPath().getLong("id");
        add(forms, "POST /administrations/{aid}/correct", "/administrations/" + toCorrect + "/correct", Who.NURSE,
                "administeredAt", now, "route", "IV_INFUSION", "volumeMl", "30", "status", "GIVEN", "lotNumber", "L9",
                "diluent", "NaCl 0.9%", "diluentVolumeMl", "100", "infusionMinutes", "20",
                "submissionToken", UUID.randomUUID().toString(), "reason", "Lot misread");
        add(forms, "POST /courses/{id}/adverse-events", f.path("/courses/{course}/adverse-events"), Who.NURSE,
                "observedOn", today, "term", "Nausea", "grade", "1", "action", "NONE", "outcome", "RECOVERED",
                "causality", "POSSIBLE", "submissionToken", UUID.randomUUID().toString());
        long sideEffectToCorrect = WebSession.apiNurse().body(ProofFixtures.adverseEventJson()).post("/api/courses/"
                + f.course() + "/adverse-events").then().statusCode(201).extract().jsonPath().getLong("id");
        add(forms, "POST /adverse-events/{eid}/correct", "/adverse-events/" + sideEffectToCorrect + "/correct", Who.NURSE,
                "observedOn", today, "term", "Nausea", "grade", "1", "action", "NONE", "outcome", "RECOVERED",
                "causality", "POSSIBLE", "submissionToken", UUID.randomUUID().toString(), "reason", "Wrong term picked");
        add(forms, "POST /adverse-events/{eid}/void", f.path("/adverse-events/{adverseEvent}/void"), Who.NURSE,
                "reason", "Wrong patient");
        add(forms, "POST /flags/{id}/acknowledge", "/flags/" + flag1 + "/acknowledge", Who.NURSE, "note", "Seen");
        add(forms, "POST /flags/{id}/override", "/flags/" + flag2 + "/override", Who.PHYSICIAN, "reason", "Benefit",
                "password", "physician-demo");
        add(forms, "POST /flags/{id}/resolve", "/flags/" + flag3 + "/resolve", Who.PHYSICIAN, "reason", "Resolved");
        // issue 14: the same three actions from the flag's course page, each on an open flag of its own
        add(forms, "POST /courses/{id}/flags/{flag}/acknowledge", reviewPath(openFlag(), "acknowledge"), Who.NURSE,
                "note", "Seen");
        add(forms, "POST /courses/{id}/flags/{flag}/override", reviewPath(openFlag(), "override"), Who.PHYSICIAN,
                "reason", "Benefit", "password", "physician-demo");
        add(forms, "POST /courses/{id}/flags/{flag}/resolve", reviewPath(openFlag(), "resolve"), Who.PHYSICIAN,
                "reason", "Resolved");
        add(forms, "POST /courses/{id}/stop", f.path("/courses/{otherCourse}/stop"), Who.PHYSICIAN, "reason", "Done");
        add(forms, "POST /courses/{id}/sign-off", "/courses/" + finishedCourse + "/sign-off", Who.PHYSICIAN,
                "password", "physician-demo");
        add(forms, "POST /admin/users", "/admin/users", Who.ADMIN, "username", "csrf-" + unique,
                "password", "long-enough-password", "role", "NURSE");
        add(forms, "POST /admin/users/{id}/enabled", f.path("/admin/users/{user}/enabled"), Who.ADMIN,
                "enabled", "false");
        add(forms, "POST /admin/users/{id}/profile", f.path("/admin/users/{user}/profile"), Who.ADMIN,
                "fullName", "Checked " + unique, "qualification", "NURSE", "contact", "ward 3");
        add(forms, "POST /admin/settings", "/admin/settings", Who.ADMIN, "organisationName", "Clinic " + unique,
                "address", "Main street 1", "country", "AT", "senderId", "CLINIC1", "defaultReceiver", "");
        add(forms, "POST /admin/users/{id}/password", f.path("/admin/users/{user}/password"), Who.ADMIN,
                "password", "violet-lantern-harbour-" + unique);
        // issue 10: a second-factor enrolment starts (stores a waiting key); an administrator removes one (audited)
        add(forms, "POST /account/totp/start", "/account/totp/start", Who.PHYSICIAN, "password", "physician-demo");
        add(forms, "POST /admin/users/{id}/totp/reset", f.path("/admin/users/{user}/totp/reset"), Who.ADMIN);
        // issue 12: MedDRA coding (a synthetic release is imported first) and the nullification of a sent case
        org.clinic.courses.meddra.MeddraFixture.importSynthetic(); // the current release, whatever other tests imported
        // an event of its own: the fixture's event is voided by the void form
        long toCode = WebSession.apiNurse().body(ProofFixtures.adverseEventJson()).post("/api/courses/" + f.course()
                + "/adverse-events").then().statusCode(201).extract().jsonPath().getLong("id");
        add(forms, "POST /adverse-events/{id}/coding", "/adverse-events/" + toCode + "/coding", Who.PHYSICIAN,
                "lltCode", "90000001", "reason", "Checked " + unique);
        WebSession.apiPhysician().get("/api/reports/adverse-events?format=csv&from=" + today + "&to=" + today
                + "&patientId=" + f.patient()).then().statusCode(200);
        String caseId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.clinic.courses.report.cases.ReportCase.<org.clinic.courses.report.cases.ReportCase>findById(f.course()).caseId);
        add(forms, "POST /reports/nullify", "/reports/nullify", Who.PHYSICIAN, "caseId", caseId, "reason", "Duplicate " + unique);
        Map<String, String> drug = scrape(admin.page(f.path("/admin/drugs/{drug}")));
        drug.put("description", "Checked by the CSRF proof " + unique);
        forms.put("POST /admin/drugs/{code}", new Form("POST /admin/drugs/{code}", f.path("/admin/drugs/{drug}"),
                Who.ADMIN, drug));
        return forms;
    }

    /** An open contraindication flag (a real cause, so re-judging the course keeps it) on a course of its own. */
    static long openFlag() {
        return DoseFixtures.flag(DoseFixtures.activeCourse(org.clinic.courses.course.Route.IV_INFUSION, "30"),
                org.clinic.courses.safety.FlagCode.CONTRAINDICATION, org.clinic.courses.safety.FlagStatus.OPEN);
    }

    /** The course-page review form of a flag: /courses/{its course}/flags/{flag}/{action}. */
    static String reviewPath(long flag, String action) {
        long course = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                org.clinic.courses.safety.Flag.<org.clinic.courses.safety.Flag>findById(flag).course.id);
        return "/courses/" + course + "/flags/" + flag + "/" + action;
    }

    private static void add(Map<String, Form> forms, String endpoint, String path, Who who, String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        forms.put(endpoint, new Form(endpoint, path, who, fields));
    }

    /** The named inputs and textareas of the page's main form, as a browser would send them unchanged. */
    static Map<String, String> scrape(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            if (!input.group(1).equals("csrf-token")) fields.putIfAbsent(input.group(1), unescape(input.group(2)));
        }
        Matcher area = TEXTAREA.matcher(html);
        while (area.find()) {
            fields.putIfAbsent(area.group(1), unescape(area.group(2)));
        }
        Matcher select = Pattern.compile("<select\\b[^>]*\\bname=\"([^\"]+)\".*?<option value=\"([^\"]*)\" selected",
                Pattern.DOTALL).matcher(html);
        while (select.find()) {
            fields.putIfAbsent(select.group(1), unescape(select.group(2)));
        }
        return fields;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
