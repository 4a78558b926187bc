package org.clinic.courses.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pen-test finding: a 20 KB request line (414) or header (431) was refused by Vert.x before any
 * route, without the security headers. Sent over a raw socket, as a client that ignores limits would.
 */
@QuarkusTest
class OversizedRequestHeadersTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void aTwentyKilobyteRequestLineIs414WithTheSecurityHeaders() throws IOException {
        String answer = send("GET /patients?q=" + "a".repeat(20 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 414"), head(answer));
        assertSecurityHeaders(answer);
    }

    @Test
    void aTwentyKilobyteHeaderIs431WithTheSecurityHeaders() throws IOException {
        String answer = send("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "b".repeat(20 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 431"), head(answer));
        assertSecurityHeaders(answer);
    }

    @Test
    void aThreeMegabyteBodyIs413WithTheSecurityHeadersOutsideTheMeddraUpload() throws IOException {
        String answer = send("POST /api/patients HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (3 * 1024 * 1024) + "\r\nConnection: close\r\n\r\n{");
        assertTrue(answer.startsWith("HTTP/1.1 413"), head(answer));
        assertSecurityHeaders(answer);
    }

    @Test
    void anOrdinaryRequestStillPasses() throws IOException {
        String answer = send("GET /login?q=" + "a".repeat(2000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), head(answer));
    }

    private static void assertSecurityHeaders(String answer) {
        String head = head(answer).toLowerCase();
        for (String h : new String[]{"content-security-policy:", "x-content-type-options: nosniff", "x-frame-options: deny",
                "referrer-policy: no-referrer", "cache-control: no-store"}) {
            assertTrue(head.contains(h), h + " missing in\n" + head);
        }
    }

    private static String head(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }

    private String send(String request) throws IOException {
        try (Socket s = new Socket(root.getHost(), root.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            try {
                while ((n = in.read(buf)) > 0) {
                    read.write(buf, 0, n);
                }
            } catch (java.net.SocketException closed) {
                // the server may close after answering
            }
            return read.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
