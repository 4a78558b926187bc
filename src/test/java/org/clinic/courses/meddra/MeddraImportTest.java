package org.clinic.courses.meddra;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** An administrator imports MedDRA releases (synthetic files in the MSSO ASCII layout); each one is kept. */
@QuarkusTest
class MeddraImportTest {
    @Inject
    EntityManager em;

    @Test
    void versionFromTheReleaseFileKeptAndListedAndNotImportedTwice() {
        WebSession.apiAdmin().contentType("multipart/form-data")
                .multiPart("llt", MeddraFixture.file("llt.asc")).multiPart("pt", MeddraFixture.file("pt.asc"))
                .multiPart("mdhier", MeddraFixture.file("mdhier.asc")).multiPart("release", MeddraFixture.file("meddra_release.asc"))
                .post("/api/meddra/releases").then().statusCode(201)
                .body("version", equalTo("90.0")).body("llts", equalTo(7)).body("pts", equalTo(3));
        WebSession.apiAdmin().get("/api/meddra/releases").then().statusCode(200)
                .body("find { it.version == '90.0' }.llts", equalTo(7));
        assertEquals("Imaginary general disorders", sql("select soc_name from meddra_pt p join meddra_release r on r.id = p.release_id"
                + " where r.version = '90.0' and p.pt_code = '90000102'"), "the PT's primary SOC");
        assertEquals(Boolean.FALSE, sql("select l.is_current from meddra_llt l join meddra_release r on r.id = l.release_id"
                + " where r.version = '90.0' and l.llt_code = '90000004'"));
        MeddraFixture.upload("90.0").then().statusCode(409);
        MeddraFixture.upload("90.1").then().statusCode(201);
        assertEquals(7L, ((Number) sql("select count(*) from meddra_llt l join meddra_release r on r.id = l.release_id"
                + " where r.version = '90.0'")).longValue(), "an earlier release stays whole");
        WebSession.apiPhysician().contentType("multipart/form-data").multiPart("version", "90.2")
                .multiPart("llt", MeddraFixture.file("llt.asc")).post("/api/meddra/releases").then().statusCode(403);
    }

    @Test
    void aBadLineAnywhereStoresNothingAndNamesTheLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        File llt = dir.resolve("llt.asc").toFile();
        Files.writeString(llt.toPath(), "91000001$Made-up term$90000101$$$$$$$Y$$\n91000002$Orphan term$99999999$$$$$$$Y$$\n");
        Response r = WebSession.apiAdmin().contentType("multipart/form-data").multiPart("version", "91.1").multiPart("llt", llt)
                .multiPart("pt", MeddraFixture.file("pt.asc")).multiPart("mdhier", MeddraFixture.file("mdhier.asc"))
                .post("/api/meddra/releases");
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.asString().contains("line 2: PT 99999999 is not in pt.asc"), r.asString());
        assertEquals(0L, ((Number) sql("select count(*) from meddra_release where version = '91.1'")).longValue());
        WebSession.apiAdmin().contentType("multipart/form-data").multiPart("version", "not a version")
                .post("/api/meddra/releases").then().statusCode(400)
                .body(containsString("version"), containsString("llt"), containsString("pt"), containsString("mdhier"));
    }

    @Test
    void eightyThousandTermsGoInBatches(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path llt = dir.resolve("llt.asc");
        Files.write(llt, IntStream.range(0, 80_000).mapToObj(i -> (92_000_000 + i) + "$Made-up term number " + i
                + "$90000101$$$$$$$Y$$").toList());
        long started = System.nanoTime();
        WebSession.apiAdmin().contentType("multipart/form-data").multiPart("version", "92.0").multiPart("llt", llt.toFile())
                .multiPart("pt", MeddraFixture.file("pt.asc")).multiPart("mdhier", MeddraFixture.file("mdhier.asc"))
                .post("/api/meddra/releases").then().statusCode(201).body("llts", equalTo(80_000));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertTrue(seconds < 60, "80,000 LLTs took " + seconds + " s");
        assertEquals(80_000L, ((Number) sql("select count(*) from meddra_llt l join meddra_release r on r.id = l.release_id"
                + " where r.version = '92.0'")).longValue());
    }

    @Test
    void adminPageImportsAndReRendersWithTheFieldsMessages() {
        WebSession admin = WebSession.admin();
        String page = admin.page("/admin/meddra");
        assertTrue(page.contains("enctype=\"multipart/form-data\""), page);
        Response empty = admin.request().multiPart("csrf-token", admin.csrf()).multiPart("version", "93.0")
                .post("/admin/meddra");
        assertEquals(400, empty.statusCode(), empty.asString());
        assertTrue(empty.asString().contains("id=\"llt-error\""), empty.asString());
        Response done = admin.request().multiPart("csrf-token", admin.csrf()).multiPart("version", "93.0")
                .multiPart("llt", MeddraFixture.file("llt.asc")).multiPart("pt", MeddraFixture.file("pt.asc"))
                .multiPart("mdhier", MeddraFixture.file("mdhier.asc")).post("/admin/meddra");
        assertEquals(303, done.statusCode(), done.asString());
        String after = admin.page("/admin/meddra");
        assertTrue(after.contains("MedDRA 93.0 imported: 7 lowest-level terms, 3 preferred terms."), after);
        Response noToken = admin.request().multiPart("version", "93.1").multiPart("llt", MeddraFixture.file("llt.asc"))
                .post("/admin/meddra");
        assertEquals(400, noToken.statusCode());
        Response foreign = admin.request().multiPart("csrf-token", WebSession.admin().csrfFrom("/admin/meddra"))
                .multiPart("version", "93.1").multiPart("llt", MeddraFixture.file("llt.asc"))
                .multiPart("pt", MeddraFixture.file("pt.asc")).multiPart("mdhier", MeddraFixture.file("mdhier.asc"))
                .post("/admin/meddra");
        assertEquals(400, foreign.statusCode(), "another session's token");
        assertEquals(0L, ((Number) sql("select count(*) from meddra_release where version = '93.1'")).longValue());
        WebSession.nurse().request().get("/admin/meddra").then().statusCode(403);
    }

    private Object sql(String query) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> r = em.createNativeQuery(query).getResultList();
            return r.isEmpty() ? null : r.get(0);
        });
    }
}
