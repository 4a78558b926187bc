package org.clinic.courses.report.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** One sending of a case: the version and its kind, the format, when, by whom and to whom. Never changed. */
@Entity
@Table(name = "case_submission")
public class CaseSubmission extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "course_id")
    public Long courseId;
    @Column(name = "version_number")
    public int versionNumber;
    @Enumerated(EnumType.STRING)
    public VersionKind kind;
    /** SHA-256 of the case's facts (see {@link CaseContent}): a new version only when it changes. */
    @Column(name = "content_hash")
    public String contentHash;
    public String format;
    @Column(name = "sent_at")
    public Instant sentAt;
    @Column(name = "sent_by")
    public String sentBy;
    public String receiver;
    /** Why a case was nullified. */
    public String reason;
}
