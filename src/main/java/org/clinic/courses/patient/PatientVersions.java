package org.clinic.courses.patient;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.clinic.courses.audit.AuditLog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps and reads the earlier demographics of patients (one query per read, whatever the number of edits). */
@ApplicationScoped
public class PatientVersions {
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    /** One edit: the version it replaced, when, by whom, and the fields it changed (old and new). */
    public record Edit(int replacedVersion, Instant editedAt, String editedBy, List<DemographicChanges.Change> changes) {
    }

    /** Stores the changes of one edit; nothing when nothing changed. Runs in the edit's transaction. */
    void keep(long patientId, int replacedVersion, List<DemographicChanges.Change> changes) {
        Instant now = Instant.now(clock);
        String user = audit.currentUser();
        for (DemographicChanges.Change c : changes) {
            PatientVersion v = new PatientVersion();
            v.patientId = patientId;
            v.patientVersion = replacedVersion;
            v.editedAt = now;
            v.editedBy = user;
            v.field = c.field();
            v.oldValue = c.oldValue();
            v.newValue = c.newValue();
            v.persist();
        }
    }

    /** The edits of a patient, newest first. */
    public List<Edit> of(long patientId) {
        List<PatientVersion> rows = PatientVersion.list(
                "patientId = ?1 order by patientVersion desc, id", patientId);
        Map<Integer, List<PatientVersion>> byEdit = new LinkedHashMap<>();
        for (PatientVersion row : rows) {
            byEdit.computeIfAbsent(row.patientVersion, k -> new ArrayList<>()).add(row);
        }
        List<Edit> edits = new ArrayList<>();
        for (List<PatientVersion> edit : byEdit.values()) {
            PatientVersion first = edit.get(0);
            edits.add(new Edit(first.patientVersion, first.editedAt, first.editedBy, edit.stream()
                    .map(r -> new DemographicChanges.Change(r.field, r.oldValue, r.newValue)).toList()));
        }
        return edits;
    }
}
