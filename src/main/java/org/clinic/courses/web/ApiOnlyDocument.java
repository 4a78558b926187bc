package org.clinic.courses.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.Reference;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The OpenAPI document describes the JSON API (docs/api.md) only. The pages' routes answer HTML to
 * people, and listing them put the template engine's internals (EngineImpl, SectionNode...) among the
 * API's schemas; without them the document is a third of the size and is prepared faster at start.
 * Schemas only those routes used are removed too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiOnlyDocument implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        if (paths == null || paths.getPathItems() == null) {
            return;
        }
        List<String> pages = paths.getPathItems().keySet().stream().filter(path -> !isApi(path)).toList();
        pages.forEach(paths::removePathItem);
        removeUnusedSchemas(openAPI);
    }

    /** Keeps the schemas the remaining document refers to, directly or through other kept schemas. */
    static void removeUnusedSchemas(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = components.getSchemas();
        Set<String> used = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        Consumer<String> found = ref -> {
            if (ref.startsWith(SCHEMA_REF)) {
                String name = ref.substring(SCHEMA_REF.length());
                if (used.add(name)) {
                    todo.add(name);
                }
            }
        };
        References.collect(openAPI.getPaths(), found);
        References.collect(openAPI.getWebhooks(), found);
        while (!todo.isEmpty()) {
            References.collect(schemas.get(todo.poll()), found);
        }
        new ArrayList<>(schemas.keySet()).stream().filter(name -> !used.contains(name)).forEach(components::removeSchema);
    }

    private static final String SCHEMA_REF = "#/components/schemas/";

    /** Walks a part of the OpenAPI model through its getters and reports every $ref in it. */
    static final class References {
        private References() {
        }

        static void collect(Object node, Consumer<String> found) {
            walk(node, found, Collections.newSetFromMap(new IdentityHashMap<>()));
        }

        private static void walk(Object node, Consumer<String> found, Set<Object> seen) {
            if (node == null || node instanceof String || node instanceof Number || node instanceof Boolean
                    || node instanceof Enum<?> || !seen.add(node)) {
                return;
            }
            if (node instanceof Map<?, ?> map) {
                map.values().forEach(value -> walk(value, found, seen));
            } else if (node instanceof Collection<?> list) {
                list.forEach(value -> walk(value, found, seen));
            } else if (node instanceof Constructible) {
                if (node instanceof Reference<?> reference && reference.getRef() != null) {
                    found.accept(reference.getRef());
                }
                for (Method getter : modelGetters(node.getClass())) {
                    walk(value(getter, node), found, seen);
                }
            }
        }

        private static final String MODELS = "org.eclipse.microprofile.openapi.models";

        /** The getters the model's interfaces declare (the implementing classes have others). */
        private static List<Method> modelGetters(Class<?> type) {
            List<Method> getters = new ArrayList<>();
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (Class<?> model : c.getInterfaces()) {
                    if (model.getPackageName().startsWith(MODELS)) {
                        for (Method method : model.getMethods()) {
                            if (method.getParameterCount() == 0 && method.getName().startsWith("get")) {
                                getters.add(method);
                            }
                        }
                    }
                }
            }
            return getters;
        }

        private static Object value(Method getter, Object node) {
            try {
                return getter.invoke(node);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
