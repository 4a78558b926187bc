package org.clinic.courses.browser;

import org.clinic.courses.support.Browser;
import org.openqa.selenium.JavascriptExecutor;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages a signed-in person reaches by following same-origin links from the landing page and the
 * navigation, one per page kind (a path with its ids replaced), so pages added later are covered.
 */
final class Crawl {
    /** Not pages: files, the JSON API, framework endpoints, static files. */
    private static final List<String> SKIPPED = List.of("/api/", "/q/", "/webjars/", "/css/", "/js/", "/img/",
            "/logout", "/j_security_check", "/reports/download", "/signals/export", "/admin/audit/export");

    private Crawl() {
    }

    /** Path with numeric ids replaced: /courses/12/administrations/new and /courses/40/… are one kind. */
    static String kind(String path) {
        return path.replaceAll("/\\d+(?=/|$)", "/{id}");
    }

    /** The HTTP status of the page now shown (Chromium's navigation timing). */
    static int status(Browser browser) {
        Object status = ((JavascriptExecutor) browser.driver()).executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus;");
        return ((Number) status).intValue();
    }

    /**
     * Up to {@code cap} page kinds (kind to the first address seen), breadth first from "/". A link that
     * leads to an error page is added to {@code broken} with the page it was found on.
     */
    static Map<String, String> pages(Browser browser, int cap, List<String> broken) {
        Map<String, String> from = new LinkedHashMap<>();
        Map<String, String> found = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && found.size() < cap) {
            String address = queue.poll();
            browser.go(address);
            String landed = local(browser.driver().getCurrentUrl());
            if (status(browser) != 200) {
                broken.add(address + " (linked from " + from.get(address) + ") answers " + status(browser));
                continue;
            }
            if (landed == null || found.containsKey(kind(path(landed)))) {
                continue;
            }
            found.put(kind(path(landed)), landed);
            for (String link : links(browser)) {
                String local = local(link);
                if (local != null && !skipped(path(local)) && !found.containsKey(kind(path(local)))) {
                    queue.add(local);
                    from.putIfAbsent(local, landed);
                }
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static List<String> links(Browser browser) {
        Object hrefs = ((JavascriptExecutor) browser.driver()).executeScript(
                "return [...document.querySelectorAll('a[href]:not([download])')].map(a => a.href);");
        return new ArrayList<>((List<String>) hrefs);
    }

    /** The local part (path and query) of a same-origin address; null for another origin or a fragment-only link. */
    private static String local(String href) {
        URI uri = URI.create(href.replaceAll("#.*$", ""));
        if (uri.getHost() != null && !Set.of("localhost", "127.0.0.1").contains(uri.getHost())) {
            return null;
        }
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            return null;
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static String path(String local) {
        return local.replaceAll("\\?.*$", "");
    }

    private static boolean skipped(String path) {
        return SKIPPED.stream().anyMatch(path::startsWith);
    }
}
