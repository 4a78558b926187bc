package org.clinic.courses.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.catalog.DrugCatalog;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.catalog.Terminology;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagSeverity;
import org.clinic.courses.safety.FlagStatus;
import org.clinic.courses.safety.PrescriptionLimits;
import org.clinic.courses.safety.SafetyService;
import org.clinic.courses.security.Signatures;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.InputCheck;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Prescribing, stopping and signing off courses, for pages and API alike. */
@ApplicationScoped
public class CourseService {
    static final BigDecimal MAX_DAILY_ML = new BigDecimal("1000");

    @Inject
    AuditLog audit;
    @Inject
    SafetyService safety;
    @Inject
    DrugCatalog catalog;
    @Inject
    Clock clock;
    @Inject
    Signatures signatures;

    @Transactional
    public TreatmentCourse prescribe(CourseInput in) {
        return prescribe(in, null);
    }

    /** {@code submissionToken}: the form's stored one-time token, or null (the API). */
    @Transactional
    public TreatmentCourse prescribe(CourseInput in, String submissionToken) {
        InputCheck check = new InputCheck();
        LocalDate today = LocalDate.now(clock);
        TreatmentCourse c = new TreatmentCourse();
        Long patientId = check.id("patientId", in.patientId(), true);
        if (patientId != null) {
            c.patient = Patient.findById(patientId);
            if (c.patient == null) check.add("patientId", "No patient with this id");
        }
        String drugCode = check.text("drug", in.drug(), 40, true);
        DrugDefinition drug = drugCode == null ? null : catalog.find(drugCode).orElse(null);
        if (drugCode != null && drug == null) check.add("drug", "Not a drug in the catalog");
        c.drugCode = drugCode;
        c.indication = check.text("indication", in.indication(), 200, true);
        c.route = check.oneOf("route", in.route(), Route.class, true);
        c.dailyVolumeMl = check.decimal("dailyVolumeMl", in.dailyVolumeMl(), BigDecimal.ZERO, true, MAX_DAILY_ML, 2, true);
        String overrideReason = check.text("limitOverrideReason", in.limitOverrideReason(), 1000, false);
        List<PrescriptionLimits.Breach> breaches = PrescriptionLimits.check(drug, c.route, c.dailyVolumeMl);
        if (overrideReason == null) {
            for (PrescriptionLimits.Breach b : breaches) {
                check.add(b.field(), b.finding().message() + ". Give limitOverrideReason to prescribe it all the same");
            }
        }
        Integer length = check.integer("lengthDays", in.lengthDays(), 1, 365, true);
        c.lengthDays = length == null ? 0 : length;
        c.schedule = check.oneOf("schedule", in.schedule(), ScheduleType.class, true);
        c.startDate = check.date("startDate", in.startDate(), true);
        if (c.startDate != null && (c.startDate.isBefore(today.minusYears(1)) || c.startDate.isAfter(today.plusYears(1)))) {
            check.add("startDate", "Within a year of today");
            c.startDate = null;
        }
        c.onsetAt = check.instant("onsetAt", in.onsetAt(), clock.getZone(), false);
        if (c.onsetAt != null) {
            if (c.onsetAt.isAfter(Instant.now(clock))) {
                check.add("onsetAt", "Symptom onset cannot be in the future");
            } else if (c.startDate != null && c.onsetAt.atZone(clock.getZone()).toLocalDate().isAfter(c.startDate)) {
                check.add("onsetAt", "Symptom onset cannot be after the start date");
            }
        }
        check.throwIfAny();
        // The protocol the safety rules apply (exact name or synonym, else the longest one the indication contains).
        c.protocolName = Terminology.findProtocol(drug, c.indication).map(DrugDefinition.Protocol::name).orElse(null);
        c.prescribedBy = audit.currentUser();
        c.createdAt = Instant.now(clock);
        c.submissionToken = submissionToken;
        c.persist();
        audit.record("COURSE_PRESCRIBED", "TreatmentCourse", c.id, "patient=" + c.patient.id + " drug=" + c.drugCode
                + " route=" + c.route + " dailyVolumeMl=" + c.dailyVolumeMl + " start=" + c.startDate
                + " lengthDays=" + c.lengthDays + " protocol=" + c.protocolName);
        if (overrideReason != null && !breaches.isEmpty()) {
            safety.recordOverridden(c, breaches.stream().map(PrescriptionLimits.Breach::finding).toList(), overrideReason);
        }
        safety.evaluate(c);
        return c;
    }

    @Transactional
    public TreatmentCourse stop(long id, String reason) {
        TreatmentCourse c = get(id);
        InputCheck check = new InputCheck();
        String why = check.text("reason", reason, 1000, true);
        check.throwIfAny();
        if (c.stoppedAt != null || c.signedOffAt != null) {
            throw new ConflictException("This course is already " + (c.stoppedAt != null ? "stopped" : "signed off"));
        }
        c.stoppedAt = Instant.now(clock);
        c.stoppedBy = audit.currentUser();
        c.stopReason = why;
        audit.record("COURSE_STOPPED", "TreatmentCourse", c.id, "reason=" + why);
        safety.evaluate(c);
        return c;
    }

    /** What a sign-off signature means, shown with it and kept in the record. */
    public static final String SIGN_OFF_MEANING = "Signed off as the reviewing physician: course reviewed and complete";

    /** Refused while a critical flag is still open or only acknowledged; signed with the physician's password. */
    @Transactional
    public TreatmentCourse signOff(long id, String password) {
        TreatmentCourse c = get(id);
        if (c.stoppedAt != null || c.signedOffAt != null) {
            throw new ConflictException("This course is already " + (c.stoppedAt != null ? "stopped" : "signed off"));
        }
        if (c.statusOn(LocalDate.now(clock)) == CourseStatus.PLANNED) {
            throw new ConflictException("This course has not started yet: stop it instead of signing it off");
        }
        long critical = Flag.count("course = ?1 and severity = ?2 and status in (?3)", c, FlagSeverity.CRITICAL,
                List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED));
        if (critical > 0) {
            throw new ConflictException("Cannot sign off: " + critical + " critical flag" + (critical == 1 ? " is" : "s are")
                    + " still unresolved. Override or resolve " + (critical == 1 ? "it" : "them") + " first.");
        }
        Signatures.Signature signature = signatures.sign(password, "password", SIGN_OFF_MEANING);
        c.signedOffAt = signature.signedAt();
        c.signedOffBy = signature.username();
        c.signedOffName = signature.fullName();
        c.signOffMeaning = signature.meaning();
        // The confirmation listed the warnings still open: signing off is the physician's decision on
        // them, so they leave the review queue as resolved by that physician, not left open forever.
        List<Flag> warnings = Flag.list("course = ?1 and status in (?2)", c, List.of(FlagStatus.OPEN, FlagStatus.ACKNOWLEDGED));
        for (Flag f : warnings) {
            f.status = FlagStatus.RESOLVED;
            f.resolvedAt = c.signedOffAt;
            f.resolvedBy = c.signedOffBy;
            f.resolveReason = "Reviewed at sign-off of the course";
        }
        audit.record("COURSE_SIGNED_OFF", "TreatmentCourse", c.id, signature.describe()
                + (warnings.isEmpty() ? "" : "; " + warnings.size() + " open warning flag(s) resolved at sign-off"));
        return c;
    }

    public TreatmentCourse get(long id) {
        return TreatmentCourse.<TreatmentCourse>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }
}
