package org.clinic.courses.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The clinic's identity on its reports: one row (id 1), changed by an administrator. */
@Entity
@Table(name = "clinic_settings")
public class ClinicSettings extends PanacheEntityBase {
    static final long THE_ROW = 1L;

    @Id
    public Long id;
    @Column(name = "organisation_name")
    public String organisationName;
    public String address;
    /** ISO 3166-1 alpha-2. */
    public String country;
    /** The sender identifier a regulator knows the clinic by (E2B N.2.r.2, C.3.2). */
    @Column(name = "sender_id")
    public String senderId;
    @Column(name = "default_receiver")
    public String defaultReceiver;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
