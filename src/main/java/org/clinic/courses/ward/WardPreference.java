package org.clinic.courses.ward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;

/** The ward a user's worklist opens on. */
@Entity
@Table(name = "ward_preference")
public class WardPreference extends PanacheEntityBase {
    @Id
    public String username;
    @Column(name = "ward_id")
    public Long wardId;
}
