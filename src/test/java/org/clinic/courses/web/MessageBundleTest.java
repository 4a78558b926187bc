package org.clinic.courses.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.clinic.courses.adverse.AdverseEventMessages;
import org.clinic.courses.catalog.DrugMessages;
import org.clinic.courses.course.CourseDayMessages;
import org.clinic.courses.course.CourseListMessages;
import org.clinic.courses.course.CourseMessages;
import org.clinic.courses.course.PrescribeMessages;
import org.clinic.courses.dose.DoseMessages;
import org.clinic.courses.patient.PatientMessages;
import org.clinic.courses.report.ReportMessages;
import org.clinic.courses.safety.FlagMessages;
import org.clinic.courses.security.UserMessages;
import org.clinic.courses.support.WebSession;
import org.clinic.courses.worklist.WorklistMessages;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Page text comes from the message bundles, and every message has English words to fall back on. */
@QuarkusTest
class MessageBundleTest {
    static final List<Class<?>> BUNDLES = List.of(AppMessages.class, WorklistMessages.class, CourseMessages.class,
            DoseMessages.class, AdverseEventMessages.class, FlagMessages.class, PatientMessages.class,
            CourseListMessages.class, PrescribeMessages.class, ReportMessages.class, UserMessages.class,
            DrugMessages.class, CourseDayMessages.class);

    @Inject
    AppMessages msg;

    @Test
    void loginPageIsRenderedThroughTheBundle() {
        RestAssured.given().get("/login").then().statusCode(200)
                .body(containsString("<h1>" + msg.loginTitle() + "</h1>"))
                .body(containsString(">" + msg.skipToContent() + "</a>"));
        RestAssured.given().get("/login?error=true").then().statusCode(200)
                .body(containsString(msg.loginFailed()));
    }

    @Test
    void layoutIsRenderedThroughTheBundle() {
        String page = WebSession.nurse().page("/worklist");
        for (String words : List.of(msg.navWorklist(), msg.navPatients(), msg.logOut(), msg.appName())) {
            assertFalse(words.isBlank());
            assertTrue(page.contains(words), words + " on the worklist page");
        }
    }

    @Test
    void everyMessageHasNonBlankEnglishWords() {
        for (Class<?> bundle : BUNDLES) {
            MessageBundle annotation = bundle.getAnnotation(MessageBundle.class);
            assertNotNull(annotation, bundle + " is a message bundle");
            assertEquals("en", annotation.locale(), bundle + " defaults to English");
            for (Method method : bundle.getDeclaredMethods()) {
                Message message = method.getAnnotation(Message.class);
                assertNotNull(message, bundle.getSimpleName() + "." + method.getName() + " has @Message");
                assertFalse(message.value().isBlank(), bundle.getSimpleName() + "." + method.getName() + " has words");
            }
        }
    }
}
