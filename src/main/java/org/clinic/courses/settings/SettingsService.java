package org.clinic.courses.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Reads and saves the clinic settings; until an admin saves them the configured clinic name stands alone. */
@ApplicationScoped
public class SettingsService {
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @ConfigProperty(name = "tracker.clinic-name")
    String clinicName;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Settings current() {
        ClinicSettings row = ClinicSettings.findById(ClinicSettings.THE_ROW);
        if (row == null) return new Settings(clinicName, null, null, null, null);
        return new Settings(row.organisationName, row.address, row.country, row.senderId, row.defaultReceiver);
    }

    @Transactional
    public Settings save(Settings input) {
        Settings s = input.normalised();
        List<FieldError> errors = Settings.check(s);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        ClinicSettings row = ClinicSettings.findById(ClinicSettings.THE_ROW);
        if (row == null) {
            row = new ClinicSettings();
            row.id = ClinicSettings.THE_ROW;
        }
        row.organisationName = s.organisationName();
        row.address = s.address();
        row.country = s.country();
        row.senderId = s.senderId();
        row.defaultReceiver = s.defaultReceiver();
        row.updatedAt = Instant.now(clock);
        row.updatedBy = audit.currentUser();
        row.persist();
        audit.record("SETTINGS_CHANGED", "ClinicSettings", row.id, "country=" + s.country() + " senderId=" + s.senderId()
                + " organisation=" + s.organisationName());
        return s;
    }
}
