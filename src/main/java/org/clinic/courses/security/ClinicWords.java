package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.settings.SettingsService;
import org.clinic.courses.ward.Ward;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;

/** The clinic's own words a password must not be built from: its names and its wards' codes and names. */
@ApplicationScoped
public class ClinicWords {
    @ConfigProperty(name = "tracker.clinic-name")
    String clinicName;
    @Inject
    SettingsService settings;

    /** Reads the settings and the wards (a handful of rows); call inside a transaction or request. */
    public List<String> current() {
        List<String> words = new ArrayList<>();
        words.add(clinicName);
        words.add(settings.current().organisationName());
        for (Ward w : Ward.<Ward>listAll()) {
            words.add(w.code);
            words.add(w.name);
        }
        return words;
    }
}
