package org.clinic.courses.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words on every page (layout, log-in, error pages), used in templates as {msg:navWorklist}.
 * The English text is the default; a clinic translates it with messages/msg_xx.properties
 * (see README, Configuration). Page-specific words live in the other *Messages bundles here.
 */
@MessageBundle(value = "msg", locale = "en")
public interface AppMessages {

    // layout
    @Message("Course Tracker")
    String appName();

    @Message("Skip to content")
    String skipToContent();

    @Message("Main")
    String navLabel();

    @Message("Worklist")
    String navWorklist();

    @Message("Patients")
    String navPatients();

    @Message("Courses")
    String navCourses();

    @Message("Flags")
    String navFlags();

    @Message("critical")
    String navCritical();

    @Message("warning")
    String navWarning();

    @Message("Reports")
    String navReports();

    @Message("Users")
    String navUsers();

    @Message("Drug catalog")
    String navDrugCatalog();

    @Message("Log out")
    String logOut();

    // login
    @Message("Log in")
    String loginTitle();

    @Message("Wrong username or password, or too many attempts from here: after 5 wrong passwords each try waits"
            + " a little longer. Already signed in? Log out first to switch accounts.")
    String loginFailed();

    @Message("You are logged out.")
    String loggedOut();

    @Message("Username")
    String loginUsername();

    @Message("Password")
    String loginPassword();

    @Message("Log in")
    String loginButton();

    // error pages
    @Message("Error {status}.")
    String errorStatus(int status);

    @Message("Back to the start page")
    String errorBackToStart();

    // shared form controls and banners (templates/tags)

    @Message("(required)")
    String required();

    @Message("Please correct the field marked below.")
    String correctField();

    @Message("Please correct the {count} fields marked below.")
    String correctFields(int count);

    @Message("{count} critical flags to review")
    String criticalFlagsToReview(int count);

    @Message("{count} critical flag to review")
    String criticalFlagToReview(int count);

    @Message("(day {day})")
    String dayInBrackets(Integer day);

    @Message("(acknowledged by {user})")
    String acknowledgedBy(String user);

    @Message("Review critical flags")
    String reviewCritical();

    // error page titles (the messages under them are shared with the JSON API and stay in ErrorMapper)

    @Message("Invalid input")
    String errorInvalidInput();

    @Message("Conflict")
    String errorConflict();

    @Message("Changed meanwhile")
    String errorChangedMeanwhile();

    @Message("Not allowed")
    String errorNotAllowed();

    @Message("Not found")
    String errorNotFound();

    @Message("Something went wrong")
    String errorSomethingWrong();

    @Message("There is nothing at this address.")
    String errorNothingHere();
}
