package org.clinic.courses.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain hash of one audit row (written once, never changed). */
@Entity
@Table(name = "audit_seal")
public class AuditSeal {
    @Id
    @Column(name = "event_id")
    public Long eventId;
    @Column(name = "chain_hash")
    public String chainHash;

    protected AuditSeal() {
    }

    AuditSeal(Long eventId, String chainHash) {
        this.eventId = eventId;
        this.chainHash = chainHash;
    }
}
