package org.clinic.courses.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words on the audit page. Translated with messages/audit_xx.properties. */
@MessageBundle(value = "audit", locale = "en")
public interface AuditMessages {
    @Message("Audit trail")
    String title();

    @Message("User")
    String user();

    @Message("Action")
    String action();

    @Message("From (day)")
    String from();

    @Message("To (day)")
    String to();

    @Message("Show")
    String show();

    @Message("Download CSV")
    String download();

    @Message("When (UTC)")
    String when();

    @Message("Record")
    String target();

    @Message("Detail")
    String detail();

    @Message("Client")
    String client();

    @Message("Newest first, {size} rows a page.")
    String newestFirst(int size);

    @Message("No audit rows match.")
    String none();

    @Message("Older rows")
    String older();

    @Message("Enter a day as YYYY-MM-DD")
    String badDate();
}
