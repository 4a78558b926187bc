package org.clinic.courses.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last sealed audit row and its hash (a single row, locked while sealing). */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {
    @Id
    public Integer id;
    @Column(name = "last_id")
    public long lastId;
    @Column(name = "last_hash")
    public String lastHash;
}
