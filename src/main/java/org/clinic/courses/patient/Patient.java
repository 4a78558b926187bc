package org.clinic.courses.patient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "patient")
public class Patient extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String mrn;
    @Column(name = "given_name")
    public String givenName;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    public Sex sex;
    @Column(name = "weight_kg")
    public BigDecimal weightKg;
    public BigDecimal egfr;
    /** When the eGFR was measured, if known: screening judges the last value, the page shows its age. */
    @Column(name = "egfr_measured_on")
    public LocalDate egfrMeasuredOn;
    @Column(name = "apoe_e4_carrier")
    public Boolean apoeE4Carrier;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Version
    public int version;
    /** Search copies of the MRN and the full name (see {@link SearchKey}); kept by {@link #keepSearchKeys}. */
    @Column(name = "mrn_key")
    String mrnKey;
    @Column(name = "name_key")
    String nameKey;

    @OneToMany(mappedBy = "patient")
    @BatchSize(size = 100)
    @OrderBy("id")
    public List<Condition> conditions = new ArrayList<>();

    @OneToMany(mappedBy = "patient")
    @BatchSize(size = 100)
    @OrderBy("id")
    public List<Medication> medications = new ArrayList<>();

    @OneToMany(mappedBy = "patient")
    @BatchSize(size = 100)
    @OrderBy("id")
    public List<Allergy> allergies = new ArrayList<>();

    @PrePersist
    @PreUpdate
    void keepSearchKeys() {
        mrnKey = SearchKey.of(mrn);
        nameKey = SearchKey.ofName(givenName, familyName);
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    /** Initials as a report shows them, e.g. "A.L.". */
    public String initials() {
        return initial(givenName) + initial(familyName);
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase() + ".";
    }

    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    public List<Condition> currentConditions() {
        return conditions.stream().filter(c -> c.removedAt == null).toList();
    }

    public List<Medication> currentMedications() {
        return medications.stream().filter(m -> m.removedAt == null).toList();
    }

    public List<Allergy> currentAllergies() {
        return allergies.stream().filter(a -> a.removedAt == null).toList();
    }
}
