package org.clinic.courses.ward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.InputCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Wards (admin), beds (nurse: admission and transfer, history kept) and each user's ward for the worklist. */
@ApplicationScoped
public class WardService {
    static final int CODE_MAX = 20, NAME_MAX = 100, BED_MAX = 10;

    public record Wards(List<Ward> all, Long preferredId) {
        public Optional<Ward> preferred() {
            return all.stream().filter(w -> w.id.equals(preferredId)).findFirst();
        }
    }

    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** The active wards and this user's remembered one, in one statement. */
    @Transactional
    public Wards wardsFor(String username) {
        List<Object[]> rows = Ward.getEntityManager().createQuery("select w, (select p.wardId from WardPreference p "
                + "where p.username = ?1) from Ward w where w.active = true order by w.code", Object[].class)
                .setParameter(1, username).getResultList();
        return new Wards(rows.stream().map(r -> (Ward) r[0]).toList(), rows.isEmpty() ? null : (Long) rows.get(0)[1]);
    }

    @Transactional
    public List<Ward> all() {
        return Ward.list("order by code");
    }

    @Transactional
    public Ward create(String code, String name) {
        InputCheck check = new InputCheck();
        String c = check.text("code", code, CODE_MAX, true);
        String n = check.text("name", name, NAME_MAX, true);
        check.throwIfAny();
        if (Ward.count("lower(code) = ?1", c.toLowerCase()) > 0) {
            throw new ConflictException("A ward with the code " + c + " already exists");
        }
        Ward w = new Ward();
        w.code = c;
        w.name = n;
        w.active = true;
        w.createdAt = clock.instant();
        w.createdBy = audit.currentUser();
        w.persist();
        audit.record("WARD_CREATED", "Ward", w.id, c + " " + n);
        return w;
    }

    /** {@code wardCode} null: all wards. */
    @Transactional
    public void remember(String username, String wardCode) {
        if (wardCode == null) {
            WardPreference.deleteById(username);
            return;
        }
        Ward w = byCode(wardCode);
        WardPreference p = WardPreference.findById(username);
        if (p == null) {
            p = new WardPreference();
            p.username = username;
            p.wardId = w.id;
            p.persist();
        } else {
            p.wardId = w.id;
        }
    }

    public Ward byCode(String code) {
        return Ward.<Ward>find("code", code == null ? "" : code.strip()).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("Unknown ward " + code));
    }

    /** Admission or transfer: the current place ends now and the new one starts; both stay in the history. */
    @Transactional
    public BedAssignment assign(long patientId, String wardCode, String bed) {
        Patient patient = Patient.findById(patientId);
        if (patient == null) {
            throw new NotFoundException("Unknown patient " + patientId);
        }
        InputCheck check = new InputCheck();
        String w = check.text("ward", wardCode, CODE_MAX, true);
        String b = check.text("bed", bed, BED_MAX, true);
        Ward ward = w == null ? null : Ward.<Ward>find("code = ?1 and active = true", w).firstResultOptional().orElse(null);
        if (ward == null && !check.has("ward")) {
            check.add("ward", "Pick one of the clinic's wards");
        }
        check.throwIfAny();
        Instant now = clock.instant();
        String user = audit.currentUser();
        BedAssignment.update("endedAt = ?1, endedBy = ?2 where patientId = ?3 and endedAt is null", now, user, patientId);
        BedAssignment a = new BedAssignment();
        a.patientId = patientId;
        a.ward = ward;
        a.bed = b;
        a.assignedAt = now;
        a.assignedBy = user;
        a.persist();
        audit.record("BED_ASSIGNED", "Patient", patientId, ward.code + " bed " + b);
        return a;
    }

    /** Newest first; the first row without an end is where the patient is now. */
    @Transactional
    public List<BedAssignment> history(long patientId) {
        return BedAssignment.list("from BedAssignment a join fetch a.ward where a.patientId = ?1 order by a.assignedAt desc, a.id desc",
                patientId);
    }
}
