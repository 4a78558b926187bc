package org.clinic.courses.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.clinic.courses.patient.Allergy;
import org.clinic.courses.patient.Condition;
import org.clinic.courses.patient.Medication;
import org.clinic.courses.patient.Patient;
import org.clinic.courses.ward.Ward;
import org.clinic.courses.ward.WardPreference;
import org.clinic.courses.patient.Sex;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** In demo mode, an empty clinic gets a few patients to try the app with (once). */
@ApplicationScoped
public class DemoClinic {
    private static final Logger LOG = Logger.getLogger(DemoClinic.class);

    @ConfigProperty(name = "tracker.demo")
    boolean demo;
    @Inject
    Clock clock;
    @Inject
    org.clinic.courses.safety.SafetyService safety;

    void onStart(@Observes @Priority(20) StartupEvent event) {
        if (demo) {
            QuarkusTransaction.requiringNew().run(this::seed);
        }
    }

    void seed() {
        if (Patient.count() > 0) {
            return;
        }
        Patient ada = patient("DEMO-1001", "Ada", "Lovelace", LocalDate.of(1950, 3, 2), Sex.FEMALE, "61.5", "72", false);
        condition(ada, "Acute ischaemic stroke", "I63.9");
        condition(ada, "Hypertension", "I10");
        medication(ada, "Amlodipine 5 mg once daily");

        Patient ben = patient("DEMO-1002", "Benjamin", "Okafor", LocalDate.of(1961, 7, 19), Sex.MALE, "84", "58", true);
        condition(ben, "Type 2 diabetes mellitus", "E11.9");
        condition(ben, "Diabetic polyneuropathy", "E11.42");
        medication(ben, "Metformin 1000 mg bid");
        medication(ben, "Sertraline 50 mg daily");

        Patient chen = patient("DEMO-1003", "Mei", "Chen", LocalDate.of(1948, 11, 30), Sex.FEMALE, "55", "41", null);
        condition(chen, "Vascular dementia", "F01.50");
        medication(chen, "Lithium carbonate 300 mg bid");
        allergy(chen, "Penicillin");

        Patient dara = patient("DEMO-1004", "Dara", "Novak", LocalDate.of(1979, 1, 12), Sex.OTHER, "70", "95", false);
        condition(dara, "Traumatic brain injury", "S06.9");
        condition(dara, "Epilepsy", "G40.909");
        // The demo clinic shows what the safety engine finds (Benjamin takes sertraline: an interaction).
        new DemoCourses(clock).seed(ada, ben).forEach(safety::evaluate);
        Ward ward = DemoWard.seed(DemoWard.CODE, DemoWard.NAME, clock.instant(), List.of(ada, ben, chen, dara));
        // The demo nurse opens the worklist on that ward.
        WardPreference nurse = new WardPreference();
        nurse.username = "nurse";
        nurse.wardId = ward.id;
        nurse.persist();
        LOG.info("Demo mode: seeded 4 demo patients in beds on " + DemoWard.NAME + " and 2 demo courses");
    }

    private static Patient patient(String mrn, String given, String family, LocalDate born, Sex sex,
                                   String weight, String egfr, Boolean apoe) {
        Patient p = new Patient();
        p.mrn = mrn;
        p.givenName = given;
        p.familyName = family;
        p.birthDate = born;
        p.sex = sex;
        p.weightKg = new BigDecimal(weight);
        p.egfr = new BigDecimal(egfr);
        p.apoeE4Carrier = apoe;
        p.createdAt = Instant.now();
        p.createdBy = "demo";
        p.persist();
        return p;
    }

    private static void condition(Patient p, String name, String code) {
        Condition c = new Condition();
        c.patient = p;
        c.name = name;
        c.code = code;
        c.recordedAt = Instant.now();
        c.recordedBy = "demo";
        c.persist();
        p.conditions.add(c);
    }

    private static void medication(Patient p, String name) {
        Medication m = new Medication();
        m.patient = p;
        m.name = name;
        m.recordedAt = Instant.now();
        m.recordedBy = "demo";
        m.persist();
        p.medications.add(m);
    }

    private static void allergy(Patient p, String substance) {
        Allergy a = new Allergy();
        a.patient = p;
        a.substance = substance;
        a.recordedAt = Instant.now();
        a.recordedBy = "demo";
        a.persist();
        p.allergies.add(a);
    }
}
