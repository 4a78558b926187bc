package org.clinic.courses.support;

import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A browser-like session for endpoint tests: logs in through the form, keeps cookies, and reads
 * the CSRF token from any page so forms can be posted as a browser would.
 */
public final class WebSession {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final CookieFilter cookies = new CookieFilter();
    private String csrfToken;

    public static WebSession loginAs(String username, String password) {
        WebSession session = new WebSession();
        session.csrfFrom("/login");
        session.request()
                .formParam("csrf-token", session.csrfToken)
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/j_security_check")
                .then().statusCode(302).header("Location", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("error")));
        // The token rotates at login: take the signed-in session's one.
        session.csrfFrom("/login");
        return session;
    }

    /**
     * An account an administrator made (or reset) must choose its own password first: log in with the
     * temporary one and choose {@code chosen} through the change form, as its holder would.
     */
    public static void choosePasswordAtFirstLogin(String username, String temporary, String chosen) {
        WebSession s = loginAs(username, temporary);
        s.page("/account/password");
        s.postFormExpectRedirect("/account/password", "current", temporary, "password", chosen, "repeat", chosen);
    }

    public static WebSession nurse() {
        return loginAs("nurse", "nurse-demo");
    }

    public static WebSession physician() {
        return loginAs("physician", "physician-demo");
    }

    public static WebSession admin() {
        return loginAs("admin", "admin-demo");
    }

    public static WebSession anonymous() {
        return new WebSession();
    }

    /** A request carrying this session's cookies; redirects are not followed. */
    public RequestSpecification request() {
        return RestAssured.given().filter(cookies).redirects().follow(false);
    }

    /** GET a page (200 expected) and remember its CSRF token. */
    public String page(String path) {
        String html = request().get(path).then().statusCode(200).extract().asString();
        rememberCsrf(html);
        return html;
    }

    /** Reads the CSRF token from a page without asserting its status. */
    public String csrfFrom(String path) {
        String html = request().get(path).asString();
        rememberCsrf(html);
        return csrfToken;
    }

    private void rememberCsrf(String html) {
        Matcher m = CSRF.matcher(html);
        if (m.find()) {
            csrfToken = m.group(1);
        }
    }

    public String csrf() {
        return csrfToken;
    }

    /** POST a form with the session's CSRF token, as a browser submits it. */
    public Response postForm(String path, Object... nameValuePairs) {
        RequestSpecification spec = request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (csrfToken != null) {
            spec.formParam("csrf-token", csrfToken);
        }
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            spec.formParam(String.valueOf(nameValuePairs[i]), nameValuePairs[i + 1] == null ? "" : nameValuePairs[i + 1]);
        }
        return spec.post(path);
    }

    /** POST a form and expect the post/redirect/get 303; returns the redirect target. */
    public String postFormExpectRedirect(String path, Object... nameValuePairs) {
        return postForm(path, nameValuePairs).then().statusCode(303).extract().header("Location");
    }

    public static RequestSpecification api(String username, String password) {
        return RestAssured.given().auth().preemptive().basic(username, password)
                .contentType("application/json").accept("application/json");
    }

    public static RequestSpecification apiNurse() {
        return api("nurse", "nurse-demo");
    }

    public static RequestSpecification apiPhysician() {
        return api("physician", "physician-demo");
    }

    public static RequestSpecification apiAdmin() {
        return api("admin", "admin-demo");
    }

}
