package org.clinic.courses.proof;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call each endpoint, written out from the role table in shared/api.md: reading and
 * recording clinical data is for NURSE and PHYSICIAN; prescribing, stopping, signing off,
 * overriding and resolving flags and exports for PHYSICIAN; accounts and the catalog for ADMIN;
 * the drug catalog can be read by every signed-in role; the login page is public.
 * {@code call} is a concrete request path, with {placeholders} filled from {@link ProofFixtures}.
 */
final class AccessTable {
    enum Who { ANONYMOUS, NURSE, PHYSICIAN, ADMIN }

    record Access(String endpoint, String call, Set<Who> allowed) {
        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        boolean api() {
            return endpoint.contains(" /api/");
        }
    }

    static final Set<Who> PUBLIC = EnumSet.allOf(Who.class);
    static final Set<Who> SIGNED_IN = EnumSet.of(Who.NURSE, Who.PHYSICIAN, Who.ADMIN);
    static final Set<Who> CLINICAL = EnumSet.of(Who.NURSE, Who.PHYSICIAN);
    static final Set<Who> PHYSICIAN = EnumSet.of(Who.PHYSICIAN);
    static final Set<Who> ADMIN = EnumSet.of(Who.ADMIN);
    static final String KINDS = "{kind: conditions|medications|allergies}";
    static final String RANGE = "?format=csv&from=2026-01-01&to=2026-01-31";

    static final List<Access> ALL = List.of(
            // pages
            a("GET /login", "/login", PUBLIC),
            a("GET /", "/", SIGNED_IN),
            a("POST /logout", "/logout", SIGNED_IN),
            a("GET /account/password", "/account/password", SIGNED_IN),
            a("POST /account/password", "/account/password", SIGNED_IN),
            a("GET /account/totp", "/account/totp", SIGNED_IN),
            a("POST /account/totp/start", "/account/totp/start", SIGNED_IN),
            a("POST /account/totp/confirm", "/account/totp/confirm", SIGNED_IN),
            a("POST /account/totp/disable", "/account/totp/disable", SIGNED_IN),
            a("GET /login/totp", "/login/totp", SIGNED_IN),
            a("POST /login/totp", "/login/totp", SIGNED_IN),
            a("GET /patients", "/patients", CLINICAL),
            a("GET /patients/new", "/patients/new", CLINICAL),
            a("POST /patients/new", "/patients/new", CLINICAL),
            a("GET /patients/{id}", "/patients/{patient}", CLINICAL),
            a("GET /patients/{id}/edit", "/patients/{patient}/edit", CLINICAL),
            a("POST /patients/{id}/edit", "/patients/{patient}/edit", CLINICAL),
            a("POST /patients/{id}/" + KINDS, "/patients/{patient}/conditions", CLINICAL),
            a("POST /patients/{id}/" + KINDS + "/{itemId}/remove", "/patients/{patient}/conditions/{condition}/remove",
                    CLINICAL),
            a("GET /courses", "/courses", CLINICAL),
            a("GET /courses/new", "/courses/new", PHYSICIAN),
            a("POST /courses", "/courses", PHYSICIAN),
            a("GET /courses/{id}", "/courses/{course}", CLINICAL),
            a("POST /courses/{id}/stop", "/courses/{course}/stop", PHYSICIAN),
            a("POST /courses/{id}/sign-off", "/courses/{course}/sign-off", PHYSICIAN),
            a("GET /courses/{id}/administrations/new", "/courses/{course}/administrations/new", CLINICAL),
            a("POST /courses/{id}/administrations", "/courses/{course}/administrations", CLINICAL),
            a("GET /administrations/{aid}/void", "/administrations/{administration}/void", CLINICAL),
            a("POST /administrations/{aid}/void", "/administrations/{administration}/void", CLINICAL),
            a("GET /administrations/{aid}/correct", "/administrations/{administration}/correct", CLINICAL),
            a("POST /administrations/{aid}/correct", "/administrations/{administration}/correct", CLINICAL),
            a("GET /courses/{id}/adverse-events/new", "/courses/{course}/adverse-events/new", CLINICAL),
            a("POST /courses/{id}/adverse-events", "/courses/{course}/adverse-events", CLINICAL),
            a("GET /adverse-events/{eid}/void", "/adverse-events/{adverseEvent}/void", CLINICAL),
            a("POST /adverse-events/{eid}/void", "/adverse-events/{adverseEvent}/void", CLINICAL),
            a("GET /adverse-events/{eid}/correct", "/adverse-events/{adverseEvent}/correct", CLINICAL),
            a("POST /adverse-events/{eid}/correct", "/adverse-events/{adverseEvent}/correct", CLINICAL),
            a("GET /worklist", "/worklist", CLINICAL),
            a("POST /worklist/courses/{id}/administrations", "/worklist/courses/{course}/administrations", CLINICAL),
            a("POST /worklist/courses/{id}/ask-physician", "/worklist/courses/{course}/ask-physician", CLINICAL),
            a("POST /worklist/view", "/worklist/view", CLINICAL),
            a("GET /admin/wards", "/admin/wards", ADMIN),
            a("POST /admin/wards", "/admin/wards", ADMIN),
            a("GET /beds/{id}", "/beds/{patient}", CLINICAL),
            a("POST /beds/{id}", "/beds/{patient}", CLINICAL),
            a("GET /flags", "/flags", CLINICAL),
            a("POST /flags/{id}/acknowledge", "/flags/{flag}/acknowledge", CLINICAL),
            a("POST /flags/{id}/override", "/flags/{flag}/override", PHYSICIAN),
            a("POST /flags/{id}/resolve", "/flags/{flag}/resolve", PHYSICIAN),
            // issue 14: review in place, sign-off confirmation
            a("POST /courses/{id}/flags/{flag}/acknowledge", "/courses/{course}/flags/{flag}/acknowledge", CLINICAL),
            a("POST /courses/{id}/flags/{flag}/override", "/courses/{course}/flags/{flag}/override", PHYSICIAN),
            a("POST /courses/{id}/flags/{flag}/resolve", "/courses/{course}/flags/{flag}/resolve", PHYSICIAN),
            a("GET /courses/{id}/sign-off", "/courses/{course}/sign-off", PHYSICIAN),
            a("GET /prescribe/patients", "/prescribe/patients?q=a", PHYSICIAN),
            a("GET /courses/{id}/drug-chart", "/courses/{course}/drug-chart", CLINICAL),
            a("GET /physician", "/physician", PHYSICIAN),
            a("GET /signals", "/signals", PHYSICIAN),
            a("GET /signals/export", "/signals/export", PHYSICIAN),
            a("GET /reports", "/reports", PHYSICIAN),
            a("GET /reports/download", "/reports/download" + RANGE, PHYSICIAN),
            a("GET /admin/users", "/admin/users", ADMIN),
            a("POST /admin/users", "/admin/users", ADMIN),
            a("POST /admin/users/{id}/enabled", "/admin/users/{user}/enabled", ADMIN),
            a("POST /admin/users/{id}/profile", "/admin/users/{user}/profile", ADMIN),
            a("GET /admin/settings", "/admin/settings", ADMIN),
            a("POST /admin/settings", "/admin/settings", ADMIN),
            // issue 12: MedDRA releases and coding, case nullification
            a("GET /admin/meddra", "/admin/meddra", ADMIN),
            a("POST /admin/meddra", "/admin/meddra", ADMIN),
            a("GET /adverse-events/{id}/coding", "/adverse-events/{adverseEvent}/coding", PHYSICIAN),
            a("POST /adverse-events/{id}/coding", "/adverse-events/{adverseEvent}/coding", PHYSICIAN),
            a("GET /reports/nullify", "/reports/nullify", PHYSICIAN),
            a("POST /reports/nullify", "/reports/nullify", PHYSICIAN),
            a("GET /admin/users/{id}/password", "/admin/users/{user}/password", ADMIN),
            a("GET /admin/audit", "/admin/audit", ADMIN),
            a("GET /admin/audit/export", "/admin/audit/export", ADMIN),
            a("POST /admin/users/{id}/password", "/admin/users/{user}/password", ADMIN),
            a("POST /admin/users/{id}/totp/reset", "/admin/users/{user}/totp/reset", ADMIN),
            a("GET /admin/drugs", "/admin/drugs", ADMIN),
            a("GET /admin/drugs/{code}", "/admin/drugs/{drug}", ADMIN),
            a("POST /admin/drugs/{code}", "/admin/drugs/{drug}", ADMIN),
            // JSON API
            a("GET /api/drugs", "/api/drugs", SIGNED_IN),
            a("GET /api/drugs/{code}", "/api/drugs/{drug}", SIGNED_IN),
            a("PUT /api/drugs/{code}", "/api/drugs/{drug}", ADMIN),
            a("POST /api/patients", "/api/patients", CLINICAL),
            a("GET /api/patients", "/api/patients", CLINICAL),
            a("GET /api/patients/{id}", "/api/patients/{patient}", CLINICAL),
            a("PUT /api/patients/{id}", "/api/patients/{patient}", CLINICAL),
            a("GET /api/patients/{id}/versions", "/api/patients/{patient}/versions", CLINICAL),
            a("POST /api/patients/{id}/conditions", "/api/patients/{patient}/conditions", CLINICAL),
            a("POST /api/patients/{id}/medications", "/api/patients/{patient}/medications", CLINICAL),
            a("POST /api/patients/{id}/allergies", "/api/patients/{patient}/allergies", CLINICAL),
            a("POST /api/patients/{id}/" + KINDS + "/{itemId}/remove",
                    "/api/patients/{patient}/medications/{medication}/remove", CLINICAL),
            a("POST /api/courses", "/api/courses", PHYSICIAN),
            a("GET /api/courses", "/api/courses", CLINICAL),
            a("GET /api/courses/{id}", "/api/courses/{course}", CLINICAL),
            a("POST /api/courses/{id}/stop", "/api/courses/{course}/stop", PHYSICIAN),
            a("POST /api/courses/{id}/sign-off", "/api/courses/{course}/sign-off", PHYSICIAN),
            a("POST /api/courses/{id}/administrations", "/api/courses/{course}/administrations", CLINICAL),
            a("GET /api/worklist", "/api/worklist", CLINICAL),
            a("GET /api/wards", "/api/wards", SIGNED_IN),
            a("POST /api/wards", "/api/wards", ADMIN),
            a("POST /api/beds/{id}", "/api/beds/{patient}", CLINICAL),
            a("GET /api/beds/{id}", "/api/beds/{patient}", CLINICAL),
            a("GET /api/administrations/{id}", "/api/administrations/{administration}", CLINICAL),
            a("POST /api/administrations/{id}/void", "/api/administrations/{administration}/void", CLINICAL),
            a("POST /api/administrations/{id}/correction", "/api/administrations/{administration}/correction", CLINICAL),
            a("POST /api/courses/{id}/adverse-events", "/api/courses/{course}/adverse-events", CLINICAL),
            a("GET /api/adverse-events/{id}", "/api/adverse-events/{adverseEvent}", CLINICAL),
            a("POST /api/adverse-events/{id}/void", "/api/adverse-events/{adverseEvent}/void", CLINICAL),
            a("POST /api/adverse-events/{id}/correction", "/api/adverse-events/{adverseEvent}/correction", CLINICAL),
            a("GET /api/flags", "/api/flags", CLINICAL),
            a("POST /api/flags/{id}/acknowledge", "/api/flags/{flag}/acknowledge", CLINICAL),
            a("POST /api/flags/{id}/override", "/api/flags/{flag}/override", PHYSICIAN),
            a("POST /api/flags/{id}/resolve", "/api/flags/{flag}/resolve", PHYSICIAN),
            a("GET /api/reports/adverse-events", "/api/reports/adverse-events" + RANGE, PHYSICIAN),
            a("POST /api/users", "/api/users", ADMIN),
            a("GET /api/users", "/api/users", ADMIN),
            a("GET /api/users/{id}", "/api/users/{user}", ADMIN),
            a("PUT /api/users/{id}/enabled", "/api/users/{user}/enabled", ADMIN),
            a("PUT /api/users/{id}/profile", "/api/users/{user}/profile", ADMIN),
            a("GET /api/settings", "/api/settings", ADMIN),
            a("PUT /api/settings", "/api/settings", ADMIN),
            a("PUT /api/users/{id}/password", "/api/users/{user}/password", ADMIN),
            a("DELETE /api/users/{id}/totp", "/api/users/{user}/totp", ADMIN),
            a("POST /api/meddra/releases", "/api/meddra/releases", ADMIN),
            a("GET /api/meddra/releases", "/api/meddra/releases", EnumSet.of(Who.PHYSICIAN, Who.ADMIN)),
            a("GET /api/meddra/adverse-events/{id}/suggestions", "/api/meddra/adverse-events/{adverseEvent}/suggestions", PHYSICIAN),
            a("POST /api/meddra/adverse-events/{id}/coding", "/api/meddra/adverse-events/{adverseEvent}/coding", PHYSICIAN),
            a("POST /api/cases/{caseId}/nullification", "/api/cases/XX-UNSET-0/nullification", PHYSICIAN),
            a("GET /api/audit/verify", "/api/audit/verify", ADMIN));

    private AccessTable() {
    }

    private static Access a(String endpoint, String call, Set<Who> allowed) {
        return new Access(endpoint, call, allowed);
    }
}
