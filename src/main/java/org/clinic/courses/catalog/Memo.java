package org.clinic.courses.catalog;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function of a text, up to {@code limit} texts (then starts afresh),
 * so free text that repeats (a patient's conditions, the catalog's phrases) is read once, not per rule.
 */
final class Memo<V> {
    private final int limit;
    private final Map<String, V> values = new ConcurrentHashMap<>();

    Memo(int limit) {
        this.limit = limit;
    }

    V get(String text, Function<String, V> compute) {
        V known = values.get(text);
        if (known != null) {
            return known;
        }
        V value = compute.apply(text);
        if (values.size() >= limit) {
            values.clear();
        }
        values.put(text, value);
        return value;
    }
}
