package org.clinic.courses.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** An earlier definition of a drug, kept when an administrator changes the catalog. */
@Entity
@Table(name = "drug_revision")
public class DrugRevision extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "drug_code")
    public String drugCode;
    public int revision;
    @Column(length = 200000)
    public String definition;
    @Column(name = "saved_at")
    public Instant savedAt;
    @Column(name = "saved_by")
    public String savedBy;
}
