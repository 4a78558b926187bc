package org.clinic.courses.patient;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;

/** Finding patients by MRN or name, a page at a time (two statements whatever the clinic's size). */
@ApplicationScoped
public class PatientSearch {
    public static final int PAGE_SIZE = 20;

    public record SearchResult(List<Patient> patients, long total, int page, int pageCount, String query) {
        public String encodedQuery() {
            return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
        }

        public int number() {
            return page + 1;
        }

        public boolean hasNext() {
            return page + 1 < pageCount;
        }
    }

    /** Patients whose MRN or name contains {@code q} (all when blank), by family name, one page at a time. */
    public SearchResult search(String q, int page) {
        String term = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        var query = term.isEmpty() ? Patient.<Patient>find("order by familyName, givenName, id")
                : Patient.<Patient>find("lower(mrn) like ?1 or lower(givenName) like ?1 or lower(familyName) like ?1"
                        + " or lower(concat(givenName, ' ', familyName)) like ?1 order by familyName, givenName, id",
                "%" + term.replace("\\", "").replace("%", "").replace("_", "") + "%");
        long total = query.count();
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int index = Math.max(0, Math.min(page, pageCount - 1));
        return new SearchResult(query.page(Page.of(index, PAGE_SIZE)).list(), total, index, pageCount, term);
    }

}
