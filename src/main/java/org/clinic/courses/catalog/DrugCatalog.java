package org.clinic.courses.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads drug definitions from the catalog table. Parsed definitions are kept per revision, so a
 * catalog edit is seen at once and an unchanged drug is parsed only once.
 */
@ApplicationScoped
public class DrugCatalog {
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(int revision, DrugDefinition definition) {
    }

    /** The drug's definition; 404 when the code is unknown. Needs a transaction or request context. */
    public DrugDefinition definition(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Unknown drug " + code));
    }

    public Optional<DrugDefinition> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Drug drug = Drug.findById(code);
        return drug == null ? Optional.empty() : Optional.of(definitionOf(drug));
    }

    public DrugDefinition definitionOf(Drug drug) {
        Parsed p = parsed.get(drug.code);
        if (p == null || p.revision != drug.revision) {
            p = new Parsed(drug.revision, parse(drug.definition));
            parsed.put(drug.code, p);
        }
        return p.definition;
    }

    public List<Drug> all() {
        return Drug.listAll(io.quarkus.panache.common.Sort.by("name"));
    }

    public DrugDefinition parse(String definitionJson) {
        try {
            return json.readValue(definitionJson, DrugDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Catalog definition is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public String toJson(DrugDefinition definition) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
