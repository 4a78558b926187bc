package org.clinic.courses.proof;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Every JAX-RS endpoint of the app, found by reflection over the compiled classes. */
final class Endpoints {
    static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target", "classes");
    static final String ROOT = "org/clinic/courses";

    private Endpoints() {
    }

    /** "METHOD /path/{template}" for every resource method of every class with a @Path. */
    static Set<String> discovered() throws IOException {
        Set<String> endpoints = new TreeSet<>();
        try (Stream<java.nio.file.Path> files = Files.walk(CLASSES.resolve(ROOT))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                endpoints.addAll(of(load(name)));
            }
        }
        return endpoints;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Endpoints.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    static Set<String> of(Class<?> type) {
        Set<String> found = new TreeSet<>();
        Path root = type.getAnnotation(Path.class);
        if (root == null) {
            return found;
        }
        for (Method m : type.getDeclaredMethods()) {
            String verb = httpMethod(m);
            if (verb == null) {
                continue;
            }
            Path sub = m.getAnnotation(Path.class);
            found.add(verb + " " + join(root.value(), sub == null ? "" : sub.value()));
        }
        return found;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod verb = a.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
