package org.clinic.courses.patient;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Finding patients by MRN (exact or prefix) or name (prefix or substring of "given family"), case and
 * accents ignored, a page at a time. It compares the indexed search keys (trigram indexes on
 * PostgreSQL), and counts matches only up to {@link #COUNT_LIMIT}, so a page costs the same three
 * statements and about the same time at 1,000 patients as at 100,000.
 */
@ApplicationScoped
public class PatientSearch {
    public static final int PAGE_SIZE = 20;
    public static final int COUNT_LIMIT = 1000;
    private static final String ORDER = " order by p.familyName, p.givenName, p.id";

    /** {@code total} is at most {@link #COUNT_LIMIT}; {@code more} says that more patients match. */
    public record SearchResult(List<Patient> patients, long total, boolean more, int page, int pageCount, String query) {
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

    /**
     * Patients whose MRN starts with {@code q}, whose name contains it, or who lie in bed {@code q} now (all
     * when blank), by family name. A scanned wristband's symbology prefix and control characters are dropped.
     */
    public SearchResult search(String q, int page) {
        String term = Wristband.read(q);
        String key = SearchKey.of(term).replace("\\", "").replace("%", "").replace("_", "");
        // Who lies in bed q is asked first (a handful of current assignments): as a correlated
        // "exists" inside the "or", it kept PostgreSQL from the MRN and name indexes and made it
        // scan every patient (166 ms at 100,000 patients, docs/performance.md).
        List<Long> inBed = key.isEmpty() ? List.of() : Patient.getEntityManager().createQuery(
                        "select b.patientId from BedAssignment b where b.endedAt is null and lower(b.bed) = :bed", Long.class)
                .setParameter("bed", key).getResultList();
        String where = key.isEmpty() ? "" : " where p.mrnKey like :prefix or p.nameKey like :infix"
                + (inBed.isEmpty() ? "" : " or p.id in :inBed");
        Parameters parameters = parameters(key, inBed);
        PanacheQuery<Patient> query = Patient.find("from Patient p" + where + ORDER, parameters);
        var ids = Patient.getEntityManager().createQuery("select p.id from Patient p" + where, Long.class)
                .setMaxResults(COUNT_LIMIT + 1);
        parameters.map().forEach(ids::setParameter);
        return page(query, ids.getResultList().size(), page, term);
    }

    private static Parameters parameters(String key, List<Long> inBed) {
        if (key.isEmpty()) return new Parameters();
        Parameters p = Parameters.with("prefix", key + "%").and("infix", "%" + key + "%");
        return inBed.isEmpty() ? p : p.and("inBed", inBed);
    }

    private static SearchResult page(PanacheQuery<Patient> query, long counted, int page, String term) {
        boolean more = counted > COUNT_LIMIT;
        long total = Math.min(counted, COUNT_LIMIT);
        int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int index = Math.max(0, Math.min(page, pageCount - 1));
        return new SearchResult(query.page(Page.of(index, PAGE_SIZE)).list(), total, more, index, pageCount, term);
    }
}
