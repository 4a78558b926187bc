package org.clinic.courses.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the user administration page. Translated with messages/users_xx.properties (see README, Configuration). */
@MessageBundle(value = "users", locale = "en")
public interface UserMessages {

    @Message("Users")
    String title();

    @Message("Accounts are never deleted: disable one to end its access.")
    String neverDeleted();

    @Message("Role")
    String role();

    @Message("Created")
    String created();

    @Message("enabled")
    String enabled();

    @Message("disabled")
    String disabled();

    @Message("Disable {username}")
    String disable(String username);

    @Message("Enable {username}")
    String enable(String username);

    @Message("New account")
    String newAccount();

    @Message("Lower-case letters, digits, dot, dash or underscore")
    String hintUsername();

    @Message("At least 12 characters and hard to guess: three or four unrelated words work well")
    String hintPassword();

    @Message("Change your password")
    String passwordTitle();

    @Message("An administrator set a temporary password for this account: choose your own to go on.")
    String passwordRequired();

    @Message("Current password")
    String currentPassword();

    @Message("New password")
    String newPassword();

    @Message("New password again")
    String repeatPassword();

    @Message("Changing it ends your sessions on other computers.")
    String passwordEndsOtherSessions();

    @Message("Change password")
    String changePassword();

    @Message("Reset password")
    String resetPassword();

    @Message("Reset the password of {username}")
    String resetTitle(String username);

    @Message("Give the person this temporary password in person; they must choose their own at their next login. Their open sessions end now.")
    String resetExplained();

    @Message("Temporary password")
    String temporaryPassword();

    @Message("Create account")
    String create();

    // flash messages after a form

    @Message("Account {username} created.")
    String accountCreated(String username);

    @Message("Nothing changed: the form did not say whether to enable or disable.")
    String nothingChanged();

    @Message("Account {username} enabled.")
    String accountEnabled(String username);

    @Message("Account {username} disabled.")
    String accountDisabled(String username);

    // profile (issue 12: the reporter on adverse-event reports)

    @Message("Profile")
    String profile();

    @Message("Full name")
    String fullName();

    @Message("Qualification")
    String qualification();

    @Message("not given")
    String qualificationNone();

    @Message("Contact (telephone or e-mail)")
    String contact();

    @Message("Save profile of {username}")
    String saveProfile(String username);

    @Message("The profile form did not send a full name, qualification or contact.")
    String profileFieldsMissing();

    @Message("Profile of {username} saved.")
    String profileSaved(String username);

    @Message("Password changed. Your sessions on other computers have ended.")
    String passwordChanged();

    @Message("Temporary password set for {username}: they choose their own at their next login.")
    String passwordReset(String username);
}
