package org.clinic.courses.report.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.InputCheck;
import org.clinic.courses.web.InvalidInputException;

import java.time.Clock;
import java.time.Instant;

/**
 * Withdraws a case a receiver already holds (E2B C.1.11.1 nullification): recorded as the case's
 * next version, kind NULLIFICATION, with the reason. Every later export of the case sends that
 * nullification (same version) and never revives it as a follow-up.
 */
@ApplicationScoped
public class CaseNullification {
    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public record Nullified(String caseId, int version, String reason, Instant at) {
    }

    @Transactional
    public Nullified nullify(String caseId, String reason, String user) {
        InputCheck check = new InputCheck();
        String id = check.text("caseId", caseId, 100, true);
        String why = check.text("reason", reason, 500, true);
        check.throwIfAny();
        ReportCase c = ReportCase.find("caseId", id).firstResult();
        if (c == null) throw new InvalidInputException("caseId", "no case " + id + " was ever sent");
        CaseSubmission latest = CaseSubmission.find("courseId = ?1 order by id desc", c.courseId).firstResult();
        if (latest.kind == VersionKind.NULLIFICATION) throw new ConflictException("Case " + id + " is already nullified");
        CaseSubmission s = new CaseSubmission();
        s.courseId = c.courseId;
        s.versionNumber = latest.versionNumber + 1;
        s.kind = VersionKind.NULLIFICATION;
        s.contentHash = latest.contentHash;
        s.format = "decision";
        s.sentAt = Instant.now(clock);
        s.sentBy = user == null ? "unknown" : user;
        s.receiver = latest.receiver;
        s.reason = why;
        s.persist();
        audit.record("CASE_NULLIFIED", "ReportCase", c.courseId, id + " version " + s.versionNumber + ": " + why);
        return new Nullified(id, s.versionNumber, why, s.sentAt);
    }
}
