package org.clinic.courses.report.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A case: one patient and one course with all its adverse events, under the id it was first sent with. */
@Entity
@Table(name = "report_case")
public class ReportCase extends PanacheEntityBase {
    @Id
    @Column(name = "course_id")
    public Long courseId;
    @Column(name = "patient_id")
    public Long patientId;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "created_at")
    public Instant createdAt;
}
