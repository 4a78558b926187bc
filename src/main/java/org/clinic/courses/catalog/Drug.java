package org.clinic.courses.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

import java.time.Instant;

/** A catalog entry: the drug's whole definition (limits, protocols, terminology) as JSON. */
@Entity
@Table(name = "drug")
public class Drug extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    /** JSON of {@link DrugDefinition}. */
    @Column(length = 200000)
    public String definition;
    public int revision;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
