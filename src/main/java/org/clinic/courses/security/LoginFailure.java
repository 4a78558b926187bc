package org.clinic.courses.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

@Entity
@Table(name = "login_failure")
public class LoginFailure extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** Null when the username named no account. */
    @Column(name = "account_id")
    public Long accountId;
    public String username;
    @Column(name = "failed_at")
    public Instant failedAt;
    @Column(name = "client_address")
    public String clientAddress;
}
