package org.clinic.courses.meddra;

import io.restassured.response.Response;
import org.clinic.courses.support.WebSession;

import java.io.File;
import java.net.URISyntaxException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports the synthetic dictionary in {@code src/test/resources/meddra/synthetic} (made-up codes
 * and terms in the MSSO ASCII layout) through the API, under a version no other test used.
 */
public final class MeddraFixture {
    private static final AtomicInteger NEXT = new AtomicInteger(0);

    private MeddraFixture() {
    }

    public static File file(String name) {
        try {
            return new File(MeddraFixture.class.getResource("/meddra/synthetic/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh version ("80.1", "80.2", …) that becomes the current release. */
    public static String importSynthetic() {
        String version = "80." + NEXT.incrementAndGet();
        Response r = upload(version);
        if (r.statusCode() != 201) throw new IllegalStateException("import failed: " + r.asString());
        return version;
    }

    public static Response upload(String version) {
        var spec = WebSession.apiAdmin().contentType("multipart/form-data")
                .multiPart("llt", file("llt.asc")).multiPart("pt", file("pt.asc")).multiPart("mdhier", file("mdhier.asc"));
        if (version != null) spec.multiPart("version", version);
        return spec.post("/api/meddra/releases");
    }
}
