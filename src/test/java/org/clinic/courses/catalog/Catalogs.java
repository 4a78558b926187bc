package org.clinic.courses.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test helper: the seed catalog entries as the application will read them. */
public final class Catalogs {
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private Catalogs() {
    }

    public static DrugDefinition cerebrolysin() {
        return load("cerebrolysin");
    }

    public static DrugDefinition cortexin() {
        return load("cortexin");
    }

    public static DrugDefinition load(String code) {
        try {
            return JSON.treeToValue(tree(code), DrugDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(String code) {
        try (InputStream in = Catalogs.class.getResourceAsStream("/catalog/" + code + ".json")) {
            if (in == null) throw new IllegalStateException("no catalog file for " + code);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
