package org.clinic.courses.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.clinic.courses.support.HtmlChecker;
import org.clinic.courses.support.WebSession;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every page passes the Nu HTML Checker with zero errors, and every input has a label. */
@QuarkusTest
class MarkupTest {

    @Test
    void publicPages() throws Exception {
        check("/login", RestAssured.given().get("/login").asString());
    }

    @Test
    void adminPages() throws Exception {
        WebSession admin = WebSession.admin();
        for (String path : List.of("/admin/users")) {
            check(path, admin.page(path));
        }
    }

    @Test
    void errorPages() throws Exception {
        check("404", WebSession.nurse().request().get("/no-such-page").asString());
        check("403", WebSession.nurse().request().get("/admin/users").asString());
    }

    static void check(String what, String html) throws Exception {
        assertEquals(List.of(), HtmlChecker.errors(html), what + " has markup errors");
        assertEquals(List.of(), HtmlChecker.unlabelledInputs(html), what + " has inputs without a label");
    }
}
