package org.clinic.courses.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.*;

import java.time.Instant;
import java.util.Optional;

/** An account. Passwords are stored as bcrypt hashes (Modular Crypt Format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Username
    public String username;
    @Password
    @Column(name = "password_hash")
    public String passwordHash;
    @Roles
    public String role;
    public boolean enabled;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    /** Profile for the reports this user confirms (see {@link Profiles}); all optional. */
    @Column(name = "full_name")
    public String fullName;
    /** A {@link Qualification} name. */
    public String qualification;
    public String contact;
    /** Raised by logout, disabling and password changes: session cookies of an older epoch are refused. */
    @Column(name = "session_epoch")
    public int sessionEpoch;
    @Column(name = "must_change_password")
    public boolean mustChangePassword;
    /** The TOTP secret, encrypted ({@link TotpSecrets}); null until an enrolment is confirmed. */
    @Column(name = "totp_secret")
    public String totpSecret;
    /** An enrolment waiting for its first code, encrypted. */
    @Column(name = "totp_pending_secret")
    public String totpPendingSecret;
    @Column(name = "totp_enabled")
    public boolean totpEnabled;
    /** The last TOTP time-step accepted: an older or equal one is refused (no code works twice). */
    @Column(name = "totp_last_step")
    public long totpLastStep;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
