package org.clinic.courses.meddra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the imported releases: the current one (the latest imported) serves suggestions and new
 * coding. At most two statements a call.
 */
@ApplicationScoped
public class MeddraDictionary {
    static final int CANDIDATES = 200;

    @Inject
    EntityManager em;

    public record Release(long id, String version, int llts, int pts, Instant importedAt, String importedBy) {
    }

    public List<Release> releases() {
        List<Release> out = new ArrayList<>();
        for (Object r : em.createNativeQuery("select id, version, llt_count, pt_count, imported_at, imported_by"
                + " from meddra_release order by id desc").getResultList()) {
            Object[] f = (Object[]) r;
            out.add(new Release(((Number) f[0]).longValue(), (String) f[1], ((Number) f[2]).intValue(),
                    ((Number) f[3]).intValue(), instant(f[4]), (String) f[5]));
        }
        return out;
    }

    public Optional<Release> current() {
        return releases().stream().findFirst();
    }

    /**
     * Current LLTs of the current release for a verbatim term, ranked by {@link TermMatch}: one
     * statement fetching the exact, prefix and longest-word candidates, at most {@value #CANDIDATES}.
     */
    public List<TermMatch.Ranked> suggest(Release release, String verbatim, int limit) {
        String n = MeddraTerms.normalise(verbatim);
        if (n.isEmpty()) return List.of();
        List<String> words = MeddraTerms.words(n);
        String word = words.get(0);
        List<LowestLevelTerm> candidates = terms(em.createNativeQuery(SELECT + " where l.release_id = ?1 and l.is_current = true"
                        + " and (l.normalised = ?2 or l.normalised like ?3 or l.normalised like ?4 or l.normalised like ?5)"
                        + " order by l.normalised")
                .setParameter(1, release.id()).setParameter(2, n).setParameter(3, like(n) + "%")
                .setParameter(4, like(word) + "%").setParameter(5, "% " + like(word) + "%")
                .setMaxResults(CANDIDATES).getResultList(), release.version());
        return TermMatch.rank(verbatim, candidates, limit);
    }

    /** The LLT with this code in the release, current or not. */
    public Optional<LowestLevelTerm> term(Release release, String lltCode) {
        return terms(em.createNativeQuery(SELECT + " where l.release_id = ?1 and l.llt_code = ?2")
                .setParameter(1, release.id()).setParameter(2, lltCode).getResultList(), release.version())
                .stream().findFirst();
    }

    private static final String SELECT = "select l.llt_code, l.llt_name, l.pt_code, p.pt_name, l.is_current from meddra_llt l"
            + " join meddra_pt p on p.release_id = l.release_id and p.pt_code = l.pt_code";

    private static List<LowestLevelTerm> terms(List<?> rows, String version) {
        return rows.stream().map(r -> (Object[]) r).map(f -> new LowestLevelTerm((String) f[0], (String) f[1],
                (String) f[2], (String) f[3], Boolean.TRUE.equals(f[4]), version)).toList();
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) return i;
        if (value instanceof OffsetDateTime o) return o.toInstant();
        if (value instanceof java.sql.Timestamp t) return t.toInstant();
        return value == null ? null : Instant.parse(value.toString());
    }
}
