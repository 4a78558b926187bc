package org.clinic.courses.proof;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.clinic.courses.course.Route;
import org.clinic.courses.proof.HostileCases.Case;
import org.clinic.courses.proof.HostileCases.Expect;
import org.clinic.courses.safety.FlagCode;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.support.DoseFixtures;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hostile values in every field of the JSON API's writes and the report's query parameters: a
 * clear 400 naming the field (nothing stored), or 2xx where the value is legitimate text; never a
 * 500, never a stack trace.
 */
@QuarkusTest
class HostileApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ProofFixtures f;
    private static String cortexin;

    /** target → base body ({uniq} is made unique per request) */
    static final Map<String, String> BASE = Map.ofEntries(
            Map.entry("POST /api/patients", "{\"mrn\":\"H-{uniq}\",\"givenName\":\"Ada\",\"familyName\":\"Hostile\","
                    + "\"birthDate\":\"1950-03-02\",\"sex\":\"FEMALE\",\"weightKg\":61.5,\"egfr\":72,\"apoeE4Carrier\":false}"),
            Map.entry("POST /api/patients/{patient}/conditions", "{\"name\":\"Asthma\",\"code\":\"J45\"}"),
            Map.entry("POST /api/patients/{patient}/medications", "{\"name\":\"Paracetamol\"}"),
            Map.entry("POST /api/courses", "{\"patientId\":{otherPatient},\"drug\":\"cerebrolysin\",\"indication\":"
                    + "\"Acute ischaemic stroke\",\"route\":\"IV_INFUSION\",\"dailyVolumeMl\":30,\"startDate\":\"{today}\","
                    + "\"lengthDays\":10,\"schedule\":\"DAILY\"}"),
            Map.entry("POST /api/courses/{course}/administrations", "{dose}"),
            Map.entry("POST /api/courses/{course}/adverse-events", "{ae}"),
            Map.entry("POST /api/administrations/{fresh:dose}/void", "{\"reason\":\"Wrong patient\"}"),
            Map.entry("POST /api/administrations/{fresh:dose}/correction", "{correction}"),
            Map.entry("POST /api/adverse-events/{fresh:ae}/void", "{\"reason\":\"Wrong patient\"}"),
            Map.entry("POST /api/adverse-events/{fresh:ae}/correction", "{aeCorrection}"),
            Map.entry("POST /api/courses/{fresh:course}/stop", "{\"reason\":\"Finished\"}"),
            Map.entry("POST /api/flags/{fresh:flag}/acknowledge", "{\"note\":\"Seen\"}"),
            Map.entry("POST /api/flags/{fresh:contraindication}/override", "{\"reason\":\"Benefit outweighs risk\",\"password\":\"physician-demo\"}"),
            Map.entry("POST /api/users", "{\"username\":\"h-{uniq}\",\"password\":\"long-enough-password\",\"role\":\"NURSE\"}"),
            Map.entry("PUT /api/drugs/cortexin", "{cortexin}"));

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        all.addAll(HostileCases.cases("POST /api/patients", "mrn:TEXT", "givenName:TEXT", "familyName:TEXT",
                "birthDate:DATE", "sex:ENUM", "weightKg:NUMBER?", "egfr:NUMBER?", "apoeE4Carrier:BOOL?"));
        all.addAll(HostileCases.cases("POST /api/patients/{patient}/conditions", "name:TEXT", "code:OPTIONAL_TEXT"));
        all.addAll(HostileCases.cases("POST /api/patients/{patient}/medications", "name:TEXT"));
        all.addAll(HostileCases.cases("POST /api/courses", "patientId:ID", "drug:ENUM", "indication:TEXT", "route:ENUM",
                "dailyVolumeMl:NUMBER", "startDate:DATE", "lengthDays:NUMBER", "schedule:ENUM", "onsetAt:INSTANT?"));
        all.addAll(HostileCases.cases("POST /api/courses/{course}/administrations", "administeredAt:INSTANT",
                "route:ENUM", "volumeMl:NUMBER", "status:ENUM", "site:OPTIONAL_TEXT", "lotNumber:OPTIONAL_TEXT",
                "diluent:ENUM", "diluentVolumeMl:NUMBER", "infusionMinutes:NUMBER", "notes:OPTIONAL_TEXT"));
        all.addAll(HostileCases.cases("POST /api/courses/{course}/adverse-events", "observedOn:DATE", "term:TEXT",
                "grade:NUMBER", "serious:BOOL?", "seriousCriteria:ENUM", "action:ENUM", "outcome:ENUM", "causality:ENUM",
                "notes:OPTIONAL_TEXT"));
        all.addAll(HostileCases.cases("POST /api/administrations/{fresh:dose}/correction", "reason:TEXT", "administeredAt:INSTANT",
                "route:ENUM", "volumeMl:NUMBER", "status:ENUM", "lotNumber:OPTIONAL_TEXT", "notes:OPTIONAL_TEXT"));
        all.addAll(HostileCases.cases("POST /api/adverse-events/{fresh:ae}/correction", "reason:TEXT", "observedOn:DATE",
                "term:TEXT", "grade:NUMBER", "seriousCriteria:ENUM", "action:ENUM", "outcome:ENUM", "notes:OPTIONAL_TEXT"));
        for (String target : List.of("POST /api/administrations/{fresh:dose}/void",
                "POST /api/adverse-events/{fresh:ae}/void", "POST /api/courses/{fresh:course}/stop",
                "POST /api/flags/{fresh:contraindication}/override")) {
            all.addAll(HostileCases.cases(target, "reason:TEXT"));
        }
        all.addAll(HostileCases.cases("POST /api/flags/{fresh:flag}/acknowledge", "note:OPTIONAL_TEXT"));
        all.addAll(HostileCases.cases("POST /api/users", "username:TEXT", "password:TEXT", "role:ENUM"));
        // persistenceDays is left out: DrugDefinition reads 0 or less as "not set" (3 days); see docs/testing-proof.md
        all.addAll(HostileCases.cases("PUT /api/drugs/cortexin", "name:TEXT", "description:OPTIONAL_TEXT",
                "minAgeYears:NUMBER?", "concentrationMgPerMl:NUMBER?"));
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void hostileValue(Case c) throws Exception {
        setUp();
        String method = c.target().substring(0, c.target().indexOf(' '));
        String path = fresh(f.path(c.target().substring(method.length() + 1)));
        String body = body(c);
        Map<String, Long> before = Counts.now();
        boolean admin = path.startsWith("/api/users") || path.startsWith("/api/drugs");
        Response r = (admin ? WebSession.apiAdmin() : WebSession.apiPhysician()).body(body).request(method, path);
        if (method.equals("PUT") && r.statusCode() == 200) {
            WebSession.apiAdmin().body(cortexin).put(path).then().statusCode(200);
        }
        Outcomes.assertApiOutcome(c, r, before);
    }

    /** A record of its own for each case, where the first accepted request would use the record up. */
    private static String fresh(String path) {
        Matcher m = Pattern.compile("\\{fresh:(\\w+)}").matcher(path);
        if (!m.find()) {
            return path;
        }
        long id = switch (m.group(1)) {
            case "dose" -> created("/api/courses/" + f.course() + "/administrations", ProofFixtures.doseJson());
            case "ae" -> created("/api/courses/" + f.course() + "/adverse-events", ProofFixtures.adverseEventJson());
            case "course" -> DoseFixtures.activeCourse(Route.IV_INFUSION, "30");
            case "flag" -> DoseFixtures.flag(f.course(), FlagCode.INFUSION_TOO_FAST, FlagStatus.OPEN);
            default -> DoseFixtures.flag(DoseFixtures.activeCourse(Route.IV_INFUSION, "30"), FlagCode.CONTRAINDICATION,
                    FlagStatus.OPEN);
        };
        return m.replaceFirst(String.valueOf(id));
    }

    private static long created(String path, String json) {
        return WebSession.apiNurse().body(json).post(path).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String body(Case c) throws Exception {
        String base = BASE.get(c.target()).replace("{uniq}", UUID.randomUUID().toString().substring(0, 12))
                .replace("{correction}", ProofFixtures.doseJson().replace("\"L1\"", "\"L2\"").replaceFirst("}$", ",\"reason\":\"Lot misread\"}"))
                .replace("{aeCorrection}", ProofFixtures.adverseEventJson().replace("\"Headache\"", "\"Nausea\"")
                        .replaceFirst("}$", ",\"reason\":\"Wrong term picked\"}"))
                .replace("{dose}", ProofFixtures.doseJson()).replace("{ae}", ProofFixtures.adverseEventJson())
                .replace("{cortexin}", cortexin).replace("{otherPatient}", String.valueOf(f.otherPatient()))
                .replace("{today}", DoseFixtures.today().toString());
        ObjectNode node = (ObjectNode) JSON.readTree(base);
        node.remove(c.field());
        String rest = node.toString().substring(1);
        return "{\"" + c.field() + "\":" + c.value().json() + (rest.equals("}") ? "" : ",") + rest;
    }

    private static void setUp() {
        if (f == null) {
            f = ProofFixtures.create();
            cortexin = WebSession.apiAdmin().get("/api/drugs/cortexin").then().statusCode(200).extract()
                    .jsonPath().prettify();
            try {
                cortexin = JSON.readTree(cortexin).get("definition").toString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
