package org.clinic.courses.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A user's name, qualification and contact as printed on the reports they confirm (ADMIN edits them). */
@ApplicationScoped
public class Profiles {
    @Inject
    AuditLog audit;

    public record Profile(String fullName, String qualification, String contact) {
    }

    public static List<FieldError> validate(Profile p) {
        List<FieldError> errors = new ArrayList<>();
        if (p.fullName() != null && p.fullName().strip().length() > 200) errors.add(new FieldError("fullName", "At most 200 characters"));
        if (blank(p.qualification()) == null ? false : qualificationOf(p.qualification()) == null) {
            errors.add(new FieldError("qualification", "One of PHYSICIAN, PHARMACIST, NURSE, OTHER_HEALTH_PROFESSIONAL"));
        }
        if (p.contact() != null && p.contact().strip().length() > 200) errors.add(new FieldError("contact", "At most 200 characters"));
        for (String[] f : new String[][]{{"fullName", p.fullName()}, {"contact", p.contact()}}) {
            if (org.clinic.courses.web.InputCheck.hasControlCharacters(f[1]) && errors.stream().noneMatch(e -> e.field().equals(f[0]))) {
                errors.add(new FieldError(f[0], "Letters, digits and punctuation only: no control characters"));
            }
        }
        return errors;
    }

    static Qualification qualificationOf(String value) {
        if (blank(value) == null) return null;
        try {
            return Qualification.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Transactional
    public User save(long id, Profile p) {
        List<FieldError> errors = validate(p);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        User user = User.<User>findByIdOptional(id).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        user.fullName = blank(p.fullName());
        Qualification q = qualificationOf(p.qualification());
        user.qualification = q == null ? null : q.name();
        user.contact = blank(p.contact());
        audit.record("USER_PROFILE_CHANGED", "User", user.id, "username=" + user.username
                + " qualification=" + user.qualification);
        return user;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
