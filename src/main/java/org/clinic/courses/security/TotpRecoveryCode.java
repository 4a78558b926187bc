package org.clinic.courses.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** A one-time recovery code of an account's second factor, kept as a SHA-256 hash. */
@Entity
@Table(name = "totp_recovery_code")
public class TotpRecoveryCode extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public Long userId;
    @Column(name = "code_hash")
    public String codeHash;
    @Column(name = "used_at")
    public Instant usedAt;
}
