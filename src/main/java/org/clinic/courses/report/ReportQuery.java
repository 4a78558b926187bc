package org.clinic.courses.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.Drug;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.course.TreatmentCourse;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.meddra.Coding;
import org.clinic.courses.meddra.EventCoding;
import org.clinic.courses.safety.Flag;

import java.util.*;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads report rows a chunk of courses at a time (a fixed number of statements per chunk) and
 * clears the persistence context after each, so an export of any size runs in bounded memory.
 * Call inside a transaction that stays open while the rows are consumed.
 */
@ApplicationScoped
public class ReportQuery {
    static final int CHUNK = 100;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    EntityManager em;
    @Inject
    EventCoding coding;

    public Iterator<AdverseEventReportRow> rows(ReportFilter filter, ReportRowAssembler assembler) {
        return rows(filter, assembler, UnaryOperator.identity());
    }

    /**
     * The matching rows, each chunk of cases passed through {@code cases} first (which records the
     * submission and stamps the case id and version, see {@code CaseRegistry}).
     */
    public Iterator<AdverseEventReportRow> rows(ReportFilter filter, ReportRowAssembler assembler,
                                                UnaryOperator<List<List<AdverseEventReportRow>>> cases) {
        List<Long> ids = courseIds(filter);
        Map<String, DrugDefinition> drugs = new HashMap<>();
        return chunks(ids).flatMap(chunk -> cases.apply(assembled(chunk, drugs, assembler).stream()
                        .filter(c -> !c.isEmpty()).toList()).stream()
                        .flatMap(List::stream).filter(filter::matches).toList().stream())
                .iterator();
    }

    /**
     * One list per case (course) that has a matching event, holding all the case's events (a case
     * is sent whole: a follow-up repeats every reaction), in the same chunks as {@link #rows}.
     */
    public Iterator<List<AdverseEventReportRow>> cases(ReportFilter filter, ReportRowAssembler assembler,
                                                       UnaryOperator<List<List<AdverseEventReportRow>>> cases) {
        List<Long> ids = courseIds(filter);
        Map<String, DrugDefinition> drugs = new HashMap<>();
        return chunks(ids).flatMap(chunk -> cases.apply(assembled(chunk, drugs, assembler).stream()
                        .filter(c -> c.stream().anyMatch(filter::matches))
                        .toList()).stream())
                .iterator();
    }

    /** The rows of each course of the chunk, with each event's latest MedDRA coding (one statement more). */
    private List<List<AdverseEventReportRow>> assembled(List<Long> chunk, Map<String, DrugDefinition> drugs,
                                                        ReportRowAssembler assembler) {
        Map<Long, Coding> codings = coding.latestForCourses(chunk);
        return load(chunk, drugs).stream().map(r -> assembler.rows(r).map(row -> {
            Coding c = codings.get(row.reaction().adverseEventId());
            return c == null ? row : row.withReaction(row.reaction().coded(c.version(), c.lltCode(), c.lltName(),
                    c.ptCode(), c.ptName()));
        }).toList()).toList();
    }

    /** Username to role, for the reporter column; the user table is small. */
    public Map<String, String> roles() {
        return em.createQuery("select u.username, u.role from User u", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
    }

    /** Username to profile (full name, qualification, contact), for the FHIR Practitioners; one statement. */
    public Map<String, ReportContext.PrimarySource> profiles() {
        return em.createQuery("select u.username, u.fullName, u.qualification, u.contact from User u", Object[].class)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> new ReportContext.PrimarySource(
                        (String) r[0], (String) r[1], r[2] == null ? null
                        : org.clinic.courses.security.Qualification.valueOf((String) r[2]), (String) r[3]), (a, b) -> a));
    }

    /** Matching events and matching voided records, in one statement. */
    public ReportCounts counts(ReportFilter filter) {
        Object[] sums = bind(em.createQuery("select sum(case when e.voided = false then 1 else 0 end),"
                + " sum(case when e.voided = true then 1 else 0 end) from AdverseEvent e where"
                + conditions(filter), Object[].class), filter).getSingleResult();
        return new ReportCounts(sums[0] == null ? 0 : ((Number) sums[0]).longValue(),
                sums[1] == null ? 0 : ((Number) sums[1]).longValue());
    }

    /** The JPQL conditions on an adverse event {@code e} that a filter sets (voided or not). */
    static String conditions(ReportFilter f) {
        return " e.observedOn between :from and :to"
                + (f.drug() == null ? "" : " and e.course.drugCode = :drug")
                + (f.patientId() == null ? "" : " and e.course.patient.id = :patient")
                + (f.seriousOnly() ? " and e.serious = true" : "");
    }

    static <Q extends jakarta.persistence.Query> Q bind(Q q, ReportFilter f) {
        q.setParameter("from", f.from()).setParameter("to", f.to());
        if (f.drug() != null) q.setParameter("drug", f.drug());
        if (f.patientId() != null) q.setParameter("patient", f.patientId());
        return q;
    }

    private List<Long> courseIds(ReportFilter f) {
        String jpql = "select distinct e.course.id from AdverseEvent e where e.voided = false and"
                + conditions(f) + " order by e.course.id";
        return bind(em.createQuery(jpql, Long.class), f).getResultList();
    }

    private static Stream<List<Long>> chunks(List<Long> ids) {
        return Stream.iterate(0, i -> i < ids.size(), i -> i + CHUNK)
                .map(i -> ids.subList(i, Math.min(i + CHUNK, ids.size())));
    }

    private List<CourseRecord> load(List<Long> ids, Map<String, DrugDefinition> drugs) {
        List<TreatmentCourse> courses = em.createQuery("select c from TreatmentCourse c join fetch c.patient"
                + " where c.id in :ids order by c.id", TreatmentCourse.class).setParameter("ids", ids).getResultList();
        Map<Long, List<Administration>> doses = byCourse(Administration.class, ids, a -> a.course.id);
        Map<Long, List<AdverseEvent>> events = byCourse(AdverseEvent.class, ids, e -> e.course.id);
        Map<Long, List<Flag>> flags = byCourse(Flag.class, ids, f -> f.course.id);
        Map<String, CourseRecord.Holder> holders = holders();
        List<CourseRecord> records = new ArrayList<>();
        for (TreatmentCourse c : courses) {
            c.patient.conditions.size(); // batch-fetched, 100 patients a statement
            c.patient.medications.size();
            c.patient.allergies.size();
            records.add(new CourseRecord(c.patient, c, doses.getOrDefault(c.id, List.of()),
                    events.getOrDefault(c.id, List.of()), flags.getOrDefault(c.id, List.of()),
                    drugs.computeIfAbsent(c.drugCode, this::definition), holders.get(c.drugCode)));
        }
        em.clear();
        return records;
    }

    /** Every drug's holder: a handful of rows, one statement a chunk. */
    @SuppressWarnings("unchecked")
    private Map<String, CourseRecord.Holder> holders() {
        Map<String, CourseRecord.Holder> holders = new HashMap<>();
        ((List<Object[]>) em.createNativeQuery("select drug_code, name, address from drug_holder").getResultList())
                .forEach(r -> holders.put((String) r[0], new CourseRecord.Holder((String) r[1], (String) r[2])));
        return holders;
    }

    private <T> Map<Long, List<T>> byCourse(Class<T> type, List<Long> ids, java.util.function.Function<T, Long> course) {
        return em.createQuery("from " + type.getSimpleName() + " x where x.course.id in :ids order by x.id", type)
                .setParameter("ids", ids).getResultStream().collect(Collectors.groupingBy(course));
    }

    private DrugDefinition definition(String code) {
        Drug drug = em.find(Drug.class, code);
        try {
            return JSON.readValue(drug.definition, DrugDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Drug " + code + " has an unreadable definition", e);
        }
    }
}
