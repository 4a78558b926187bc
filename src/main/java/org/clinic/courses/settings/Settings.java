package org.clinic.courses.settings;

import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InputCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The clinic's identity as reports print it ({@code GET/PUT /api/settings}). Pure: {@link #check}
 * lists every invalid field.
 */
public record Settings(String organisationName, String address, String country, String senderId,
                       String defaultReceiver) {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern SENDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._]{0,59}");

    /** Trimmed, blanks as null, the country in capitals. */
    public Settings normalised() {
        return new Settings(clean(organisationName), clean(address),
                clean(country) == null ? null : clean(country).toUpperCase(Locale.ROOT), clean(senderId),
                clean(defaultReceiver));
    }

    /** Country and sender id as a case id prefix: "XX" and "UNSET" stand in until an admin fills them. */
    public String caseIdPrefix() {
        return (country == null ? "XX" : country) + "-" + (senderId == null ? "UNSET" : senderId);
    }

    public static List<FieldError> check(Settings s) {
        List<FieldError> errors = new ArrayList<>();
        if (s.organisationName() == null) errors.add(new FieldError("organisationName", "The organisation's name"));
        else if (s.organisationName().length() > 200) errors.add(new FieldError("organisationName", "At most 200 characters"));
        if (s.address() != null && s.address().length() > 500) errors.add(new FieldError("address", "At most 500 characters"));
        if (s.country() == null || !COUNTRIES.contains(s.country())) {
            errors.add(new FieldError("country", "An ISO 3166-1 two-letter country code, such as AT or PL"));
        }
        if (s.senderId() == null || !SENDER.matcher(s.senderId()).matches()) {
            errors.add(new FieldError("senderId", "1 to 60 letters, digits, dots or underscores (no dash: it separates the parts of a case id)"));
        }
        if (s.defaultReceiver() != null && s.defaultReceiver().length() > 200) {
            errors.add(new FieldError("defaultReceiver", "At most 200 characters"));
        }
        String[][] texts = {{"organisationName", s.organisationName()}, {"address", s.address()},
                {"defaultReceiver", s.defaultReceiver()}};
        for (String[] f : texts) {
            if (InputCheck.hasControlCharacters(f[1]) && errors.stream().noneMatch(e -> e.field().equals(f[0]))) {
                errors.add(new FieldError(f[0], "No control characters"));
            }
        }
        return errors;
    }

    private static String clean(String value) {
        if (value == null) return null;
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
