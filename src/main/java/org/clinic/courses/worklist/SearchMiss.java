package org.clinic.courses.worklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.patient.SearchKey;
import org.clinic.courses.ward.BedAssignment;
import org.clinic.courses.ward.Ward;

import java.util.List;

/**
 * Why a search or a wristband scan found no row: nobody has that MRN, or the patient is not on the chosen
 * ward (another ward, no bed), or they have nothing due today. Said plainly instead of "Due today (0)",
 * which reads as if the patient had nothing due. At most two statements.
 */
@ApplicationScoped
public class SearchMiss {
    /** What the page says, and the address of the same search on all wards (null when all wards are shown). */
    public record Miss(String text, String allWardsHref) {
    }

    @Inject
    WorklistMessages messages;

    @Transactional
    public Miss explain(String q, Ward ward) {
        String key = SearchKey.of(q);
        List<Patient> found = Patient.<Patient>find("mrnKey = ?1", key).page(0, 2).list();
        if (found.isEmpty()) {
            found = Patient.<Patient>find("nameKey like ?1 order by familyName, givenName",
                    "%" + key.replace("\\", "").replace("%", "").replace("_", "") + "%").page(0, 2).list();
        }
        String allWards = ward == null ? null : "/worklist?ward=all&q=" + enc(q);
        if (found.isEmpty()) {
            return new Miss(q.chars().anyMatch(Character::isDigit) ? messages.noPatientWithMrn(q) : messages.noPatientNamed(q),
                    null);
        }
        if (found.size() > 1) {
            return new Miss(ward == null ? messages.noneDueMatching(q) : messages.noneOnWardMatching(q, ward.name), allWards);
        }
        Patient p = found.get(0);
        if (ward == null) {
            return new Miss(messages.nothingDueFor(p.fullName(), p.mrn), null);
        }
        BedAssignment bed = BedAssignment.<BedAssignment>find("patientId = ?1 and endedAt is null", p.id).firstResult();
        if (bed != null && bed.ward.id.equals(ward.id)) {
            return new Miss(messages.nothingDueFor(p.fullName(), p.mrn), null);
        }
        return new Miss(messages.notOnWard(p.fullName(), p.mrn, ward.name), allWards);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
