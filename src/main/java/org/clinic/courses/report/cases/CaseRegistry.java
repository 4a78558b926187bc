package org.clinic.courses.report.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.AdverseEventReportRow.CaseRef;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.*;

/**
 * Records each export of a chunk of cases: new cases get their id, and every case a submission with
 * its version (see {@link NextVersion}). Four statements a chunk whatever its size: two reads and
 * two multi-row inserts. Runs in the export's transaction, so a failed export records nothing.
 */
@ApplicationScoped
public class CaseRegistry {
    @Inject
    EntityManager em;

    /** Who sends, in which format, to whom, when: the same for every case of one export. */
    public record Sending(String format, String sentBy, String receiver, Instant sentAt) {
    }

    /**
     * Stamps each case (all the rows of one course, as the assembler made them) with its frozen id and
     * the version this sending is, and records the sending.
     */
    public List<List<AdverseEventReportRow>> record(List<List<AdverseEventReportRow>> cases, Sending sending) {
        if (cases.isEmpty()) return cases;
        List<Long> courses = cases.stream().map(c -> c.get(0).drug().courseId()).toList();
        Map<Long, String> known = new HashMap<>();
        em.createQuery("select c.courseId, c.caseId from ReportCase c where c.courseId in :ids", Object[].class)
                .setParameter("ids", courses).getResultList().forEach(r -> known.put((Long) r[0], (String) r[1]));
        Map<Long, NextVersion.Sent> latest = new HashMap<>();
        Map<Long, String> reasons = new HashMap<>();
        em.createQuery("select s from CaseSubmission s where s.courseId in :ids order by s.courseId, s.id",
                        CaseSubmission.class).setParameter("ids", courses).getResultList()
                .forEach(s -> {
                    latest.put(s.courseId, new NextVersion.Sent(s.versionNumber, s.kind, s.contentHash));
                    reasons.put(s.courseId, s.reason);
                });
        List<List<AdverseEventReportRow>> stamped = new ArrayList<>();
        List<Object[]> newCases = new ArrayList<>();
        List<Object[]> submissions = new ArrayList<>();
        for (List<AdverseEventReportRow> rows : cases) {
            AdverseEventReportRow first = rows.get(0);
            long course = first.drug().courseId();
            String caseId = known.get(course);
            if (caseId == null) {
                caseId = first.caseRef().caseId();
                newCases.add(new Object[]{course, first.patient().id(), caseId});
            }
            NextVersion next = NextVersion.after(latest.get(course), CaseContent.hash(rows));
            String reason = next.kind() == VersionKind.NULLIFICATION ? reasons.get(course) : null;
            submissions.add(new Object[]{course, next.number(), next.kind().name(), next.contentHash(), reason});
            CaseRef ref = new CaseRef(caseId, next.number(), next.kind(), reason);
            String reportPrefix = caseId;
            stamped.add(rows.stream().map(r -> r.withCase(ref).withReportId(reportPrefix + "-AE" + r.reaction().adverseEventId())).toList());
        }
        insertCases(newCases, sending.sentAt());
        insertSubmissions(submissions, sending);
        return stamped;
    }

    private void insertCases(List<Object[]> rows, Instant at) {
        if (rows.isEmpty()) return;
        Query q = em.createNativeQuery("insert into report_case (course_id, patient_id, case_id, created_at) values "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?)")));
        int i = 1;
        for (Object[] r : rows) {
            q.setParameter(i++, r[0]).setParameter(i++, r[1]).setParameter(i++, r[2])
                    .setParameter(i++, at.atOffset(ZoneOffset.UTC));
        }
        q.executeUpdate();
    }

    private void insertSubmissions(List<Object[]> rows, Sending s) {
        Query q = em.createNativeQuery("insert into case_submission (course_id, version_number, kind, content_hash,"
                + " format, sent_at, sent_by, receiver, reason) values "
                + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")));
        int i = 1;
        for (Object[] r : rows) {
            q.setParameter(i++, r[0]).setParameter(i++, r[1]).setParameter(i++, r[2]).setParameter(i++, r[3])
                    .setParameter(i++, s.format()).setParameter(i++, s.sentAt().atOffset(ZoneOffset.UTC))
                    .setParameter(i++, s.sentBy() == null ? "unknown" : s.sentBy()).setParameter(i++, s.receiver() == null ? "not specified" : s.receiver())
                    .setParameter(i++, r[4]);
        }
        q.executeUpdate();
    }
}
