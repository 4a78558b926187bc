package org.clinic.courses.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.InputCheck;
import org.clinic.courses.web.InvalidInputException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Catalog edits (ADMIN): checked, the previous definition kept as a revision, audited. */
@ApplicationScoped
public class DrugAdmin {
    /** The edit form's list part, written as JSON (unknown names are refused, so typos do not vanish). */
    public record Lists(List<DrugDefinition.RouteLimit> routes, List<String> sideEffects,
                        List<DrugDefinition.Contraindication> contraindications,
                        List<DrugDefinition.Interaction> interactions, List<DrugDefinition.Protocol> protocols,
                        String source, List<String> importantMedicalEvents, Integer followUpDays, List<String> gtins) {
    }

    /** The edit form as posted. */
    public record Form(String name, String description, String concentrationMgPerMl, String minAgeYears,
                       String dailyMinMl, String dailyMaxMl, String persistenceDays, String lists) {
    }

    private final ObjectMapper strict = new ObjectMapper().findAndRegisterModules()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final ObjectMapper pretty = new ObjectMapper().findAndRegisterModules();

    @Inject
    DrugCatalog catalog;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    public Drug get(String code) {
        Drug drug = Drug.findById(code);
        if (drug == null) throw new NotFoundException();
        return drug;
    }

    @Transactional
    public Drug update(String code, DrugDefinition definition) {
        Drug drug = get(code);
        if (definition == null) throw new InvalidInputException("body", "A drug definition as JSON");
        List<org.clinic.courses.web.FieldError> errors = DefinitionCheck.check(code, definition);
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        DrugRevision previous = new DrugRevision();
        previous.drugCode = code;
        previous.revision = drug.revision;
        previous.definition = drug.definition;
        previous.savedAt = Instant.now(clock);
        previous.savedBy = audit.currentUser();
        previous.persist();
        DrugDefinition stored = new DrugDefinition(code, definition.name().strip(), definition.description(),
                definition.concentrationMgPerMl(), definition.minAgeYears(), definition.dailyVolumeMl(),
                definition.persistenceDays(), definition.routes(), definition.sideEffects(),
                definition.contraindications(), definition.interactions(), definition.protocols(), definition.source(),
                definition.importantMedicalEvents(), definition.followUpDays(), definition.gtins());
        drug.definition = catalog.toJson(stored);
        drug.name = stored.name();
        drug.revision++;
        drug.updatedAt = Instant.now(clock);
        drug.updatedBy = audit.currentUser();
        audit.record("DRUG_UPDATED", "Drug", null, "code=" + code + " revision=" + drug.revision);
        return drug;
    }

    /** Reads the edit form into a definition; every unreadable field is reported at once. */
    public DrugDefinition fromForm(String code, Form f) {
        InputCheck check = new InputCheck();
        String name = check.text("name", f.name(), 120, true);
        String description = check.text("description", f.description(), 2000, false);
        BigDecimal conc = check.decimal("concentrationMgPerMl", f.concentrationMgPerMl(), BigDecimal.ZERO, true,
                new BigDecimal("100000"), 4, false);
        Integer minAge = check.integer("minAgeYears", f.minAgeYears(), 0, 120, false);
        BigDecimal min = check.decimal("dailyMinMl", f.dailyMinMl(), BigDecimal.ZERO, true, new BigDecimal("1000"), 2, false);
        BigDecimal max = check.decimal("dailyMaxMl", f.dailyMaxMl(), BigDecimal.ZERO, true, new BigDecimal("1000"), 2, false);
        if (min != null && max != null && min.compareTo(max) > 0) check.add("dailyMaxMl", "Not less than the minimum");
        Integer persistence = check.integer("persistenceDays", f.persistenceDays(), 1, 30, true);
        Lists lists = null;
        try {
            lists = strict.readValue(f.lists() == null || f.lists().isBlank() ? "{}" : f.lists(), Lists.class);
        } catch (JsonProcessingException e) {
            check.add("lists", "Not valid: " + e.getOriginalMessage());
        }
        check.throwIfAny();
        DrugDefinition d = new DrugDefinition(code, name, description, conc, minAge,
                new DrugDefinition.VolumeRange(min, max), persistence, lists.routes(), lists.sideEffects(),
                lists.contraindications(), lists.interactions(), lists.protocols(), lists.source(),
                lists.importantMedicalEvents(), lists.followUpDays(), lists.gtins());
        List<org.clinic.courses.web.FieldError> errors = DefinitionCheck.check(code, d);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors.stream().map(e -> e.field().contains("[") || e.field().equals("routes")
                    ? new org.clinic.courses.web.FieldError("lists", e.field() + ": " + e.message()) : e).toList());
        }
        return d;
    }

    public Form formOf(DrugDefinition d) {
        Lists lists = new Lists(d.routes(), d.sideEffects(), d.contraindications(), d.interactions(), d.protocols(),
                d.source(), d.importantMedicalEvents(), d.followUpDays(), d.gtins());
        try {
            return new Form(d.name(), d.description(), InputCheck.str(d.concentrationMgPerMl()),
                    InputCheck.str(d.minAgeYears()),
                    d.dailyVolumeMl() == null ? "" : InputCheck.str(d.dailyVolumeMl().min()),
                    d.dailyVolumeMl() == null ? "" : InputCheck.str(d.dailyVolumeMl().max()),
                    String.valueOf(d.persistenceDays()), pretty.writerWithDefaultPrettyPrinter().writeValueAsString(lists));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
