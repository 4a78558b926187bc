package org.clinic.courses.demo;

import org.clinic.courses.patient.Patient;
import org.clinic.courses.ward.BedAssignment;
import org.clinic.courses.ward.Ward;

import java.time.Instant;
import java.util.List;

/** The demo clinic's ward, with the demo patients in beds 1, 2, 3...: a nurse sees a ward's worklist out of the box. */
final class DemoWard {
    static final String CODE = "NEURO3";
    static final String NAME = "Neurology ward 3";

    private DemoWard() {
    }

    static Ward seed(String code, String name, Instant now, List<Patient> patients) {
        Ward w = new Ward();
        w.code = code;
        w.name = name;
        w.active = true;
        w.createdAt = now;
        w.createdBy = "demo";
        w.persist();
        for (int i = 0; i < patients.size(); i++) {
            BedAssignment b = new BedAssignment();
            b.patientId = patients.get(i).id;
            b.ward = w;
            b.bed = String.valueOf(i + 1);
            b.assignedAt = now;
            b.assignedBy = "demo";
            b.persist();
        }
        return w;
    }
}
