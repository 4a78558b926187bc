package org.clinic.courses.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the second-factor pages (enrolment, the login's code step, disabling). */
@MessageBundle(value = "totp", locale = "en")
public interface TotpMessages {
    @Message("Second factor (authenticator app)")
    String title();

    @Message("Your sign-in asks for a code from your authenticator app after the password.")
    String enabled();

    @Message("Your sign-in asks for the password only. Add a code from an authenticator app (for example FreeOTP or Google Authenticator) to protect it.")
    String notEnabled();

    @Message("This account must set up a second factor before anything else.")
    String required();

    @Message("Set up a second factor")
    String start();

    @Message("Scan this code with your authenticator app, or type the key below; then give the 6-digit code it shows.")
    String scan();

    @Message("QR code of the second-factor key")
    String qrAlt();

    @Message("Key")
    String secret();

    @Message("Code from the app")
    String code();

    @Message("6 digits, or one of your recovery codes")
    String hintCode();

    @Message("Confirm")
    String confirm();

    @Message("Recovery codes")
    String recoveryTitle();

    @Message("Keep these 10 codes somewhere safe: each one signs you in once without the app. They are shown only now.")
    String recoveryHint();

    @Message("Second factor set up.")
    String done();

    @Message("Turn the second factor off")
    String disableTitle();

    @Message("Password")
    String password();

    @Message("Your password again: a key is bound to your account only by you.")
    String hintStartPassword();

    @Message("Turn off")
    String disable();

    @Message("Second factor turned off.")
    String disabled();

    @Message("Sign-in: code")
    String stepTitle();

    @Message("Give the code your authenticator app shows now.")
    String stepHint();

    @Message("Continue")
    String stepSubmit();

    @Message("Second factor of {username} removed; they can set it up again.")
    String reset(String username);

    @Message("Remove second factor")
    String resetButton();
}
