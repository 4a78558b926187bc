package org.clinic.courses.meddra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.audit.AuditLog;
import org.clinic.courses.web.ConflictException;
import org.clinic.courses.web.FieldError;
import org.clinic.courses.web.InvalidInputException;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.*;

/**
 * Codes an adverse event's verbatim term with a lowest-level term of the current MedDRA release.
 * An amendment: a new coding row each time (the latest counts), the verbatim term untouched, each
 * one in the audit log; changing an earlier coding needs a reason.
 */
@ApplicationScoped
public class EventCoding {
    @Inject
    EntityManager em;
    @Inject
    MeddraDictionary dictionary;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;

    @Transactional
    public Coding code(long eventId, String lltCode, String reason, String user) {
        AdverseEvent event = em.find(AdverseEvent.class, eventId);
        if (event == null) throw new NotFoundException();
        if (event.voided) throw new ConflictException("This adverse event was voided: code the record that replaced it");
        List<FieldError> errors = new ArrayList<>();
        String code = lltCode == null ? "" : lltCode.strip();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!code.matches("\\d{1,8}")) errors.add(new FieldError("lltCode", "choose a lowest-level term (its code has up to 8 digits)"));
        if (why != null && why.length() > 500) errors.add(new FieldError("reason", "at most 500 characters"));
        else if (org.clinic.courses.web.InputCheck.hasControlCharacters(why)) errors.add(new FieldError("reason", "Contains control characters"));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        var release = dictionary.current().orElseThrow(() -> new ConflictException("No MedDRA release is imported yet"));
        Optional<LowestLevelTerm> term = dictionary.term(release, code);
        if (term.isEmpty()) errors.add(new FieldError("lltCode", "is not a term of MedDRA " + release.version()));
        else if (!term.get().current()) errors.add(new FieldError("lltCode", "is a non-current term of MedDRA " + release.version()));
        Optional<Coding> earlier = latest(eventId);
        if (earlier.isPresent() && why == null) errors.add(new FieldError("reason", "say why the earlier coding is changed"));
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
        LowestLevelTerm t = term.orElseThrow();
        Instant now = Instant.now(clock);
        em.createNativeQuery("insert into adverse_event_coding (adverse_event_id, release_id, meddra_version, llt_code,"
                        + " llt_name, pt_code, pt_name, coded_by, coded_at, reason) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, eventId).setParameter(2, release.id()).setParameter(3, release.version())
                .setParameter(4, t.code()).setParameter(5, t.name()).setParameter(6, t.ptCode()).setParameter(7, t.ptName())
                .setParameter(8, user).setParameter(9, now.atOffset(ZoneOffset.UTC)).setParameter(10, why).executeUpdate();
        audit.record("ADVERSE_EVENT_CODED", "AdverseEvent", eventId, "'" + event.term + "' coded as MedDRA "
                + release.version() + " LLT " + t.code() + " " + t.name() + " (PT " + t.ptCode() + " " + t.ptName() + ")"
                + earlier.map(e -> ", was LLT " + e.lltCode() + " " + e.lltName() + ": " + why).orElse(""));
        return new Coding(eventId, release.version(), t.code(), t.name(), t.ptCode(), t.ptName(), user, now, why);
    }

    public Optional<Coding> latest(long eventId) {
        return history(List.of(eventId)).getOrDefault(eventId, List.of()).stream().reduce((a, b) -> b);
    }

    /** Every coding of the events, oldest first: one statement. */
    public Map<Long, List<Coding>> history(Collection<Long> eventIds) {
        if (eventIds.isEmpty()) return Map.of();
        return group(em.createNativeQuery(SELECT + " where c.adverse_event_id in (:ids) order by c.id")
                .setParameter("ids", eventIds).getResultList());
    }

    /** The latest coding of each event of these courses: one statement (for the report chunks). */
    public Map<Long, Coding> latestForCourses(Collection<Long> courseIds) {
        if (courseIds.isEmpty()) return Map.of();
        Map<Long, Coding> latest = new HashMap<>();
        group(em.createNativeQuery(SELECT + " join adverse_event e on e.id = c.adverse_event_id where e.course_id in (:ids)"
                + " order by c.id").setParameter("ids", courseIds).getResultList())
                .forEach((id, list) -> latest.put(id, list.get(list.size() - 1)));
        return latest;
    }

    private static final String SELECT = "select c.adverse_event_id, c.meddra_version, c.llt_code, c.llt_name, c.pt_code,"
            + " c.pt_name, c.coded_by, c.coded_at, c.reason from adverse_event_coding c";

    private static Map<Long, List<Coding>> group(List<?> rows) {
        Map<Long, List<Coding>> out = new LinkedHashMap<>();
        for (Object r : rows) {
            Object[] f = (Object[]) r;
            long id = ((Number) f[0]).longValue();
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(new Coding(id, (String) f[1], (String) f[2],
                    (String) f[3], (String) f[4], (String) f[5], (String) f[6], MeddraDictionary.instant(f[7]), (String) f[8]));
        }
        return out;
    }
}
