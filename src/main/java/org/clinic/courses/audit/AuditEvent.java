package org.clinic.courses.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** One line of the audit log: who did what to which record, when (UTC) and from where. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String username;
    public String action;
    @Column(name = "target_type")
    public String targetType;
    @Column(name = "target_id")
    public Long targetId;
    public String detail;
    @Column(name = "client_address")
    public String clientAddress;
}
