package org.clinic.courses.report;

import org.clinic.courses.web.XmlChars;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.clinic.courses.report.AdverseEventReportRow.Dose;
import org.clinic.courses.report.AdverseEventReportRow.FlagPart;
import org.clinic.courses.report.AdverseEventReportRow.Item;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A FHIR R4 {@code Bundle} of type {@code collection} holding, for every row, its Patient,
 * Conditions, MedicationStatements, the course as MedicationRequest, the doses up to onset as
 * MedicationAdministrations, contraindication/interaction flags as DetectedIssues and the
 * AdverseEvent. The envelope is written with Jackson and each resource is encoded by HAPI on its
 * own, so only one row's resources are in memory at a time; a resource shared by many events
 * (patient, course, dose, flag) is written once, remembered by its key alone.
 */
public final class FhirExport {
    public static final String CONTENT_TYPE = "application/fhir+json";
    private static final JsonFactory JSON = new JsonFactory();

    private final ReportContext context;
    private final FhirContext fhir;
    private final boolean transaction;
    private final Map<String, ReportContext.PrimarySource> profiles;

    /** @param fhir an R4 context; build it once per application (expensive), e.g. {@code FhirContext.forR4Cached()} */
    public FhirExport(ReportContext context, FhirContext fhir) {
        this(context, fhir, false);
    }

    /**
     * @param transaction a {@code transaction} Bundle (each entry a POST a FHIR server loads as it is)
     *                    instead of a {@code collection}
     */
    public FhirExport(ReportContext context, FhirContext fhir, boolean transaction) {
        this(context, fhir, transaction, Map.of());
    }

    /** @param profiles staff profiles by login name, so every Practitioner carries its full name and qualification */
    public FhirExport(ReportContext context, FhirContext fhir, boolean transaction,
                      Map<String, ReportContext.PrimarySource> profiles) {
        this.context = context;
        this.fhir = fhir;
        this.transaction = transaction;
        this.profiles = Map.copyOf(profiles);
    }

    public FhirExport(ReportContext context) {
        this(context, FhirContext.forR4Cached());
    }

    /** Writes the bundle to {@code out}; flushes, does not close it. */
    public void write(Iterator<AdverseEventReportRow> rows, OutputStream out) {
        write(rows, null, out);
    }

    /**
     * Writes the bundle, led by an informational {@code OperationOutcome} saying how many events it
     * holds and how many voided records were left out (when {@code counts} is given). Rows of one
     * course must arrive together, as {@link ReportQuery} yields them.
     */
    public void write(Iterator<AdverseEventReportRow> rows, ReportCounts counts, OutputStream out) {
        IParser parser = fhir.newJsonParser();
        FhirResources resources = new FhirResources(context.clinicName());
        FhirParties parties = new FhirParties(resources, context, profiles);
        FhirSafetyResources safety = new FhirSafetyResources(resources, parties);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("resourceType", "Bundle");
            json.writeStringField("id", UUID.randomUUID().toString());
            json.writeStringField("type", transaction ? "transaction" : "collection");
            json.writeStringField("timestamp", context.generatedAt().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            json.writeArrayFieldStart("entry");
            Entries entries = new Entries(json, parser, transaction);
            if (counts != null && !transaction) entries.write(summary(counts));
            entries.write(parties.clinic());
            if (context.reporter() != null) {
                String reporter = context.reporter().username();
                entries.once("Practitioner/" + reporter, 0, () -> parties.practitioner(reporter));
            }
            Long course = null;
            while (rows.hasNext()) {
                AdverseEventReportRow row = rows.next();
                long patientId = row.patient().id();
                long courseId = row.drug().courseId();
                if (course == null || course != courseId) entries.nextCourse();
                course = courseId;
                entries.once("Patient", patientId, () -> parties.identified(
                        resources.patient(row.patient(), row.patient().died(), parties.clinicRef()), patientId));
                if (row.patient().weightKg() != null) entries.once("Weight", patientId, () -> parties.weight(row.patient()));
                if (row.patient().egfr() != null) entries.once("Egfr", patientId, () -> parties.egfr(row.patient()));
                for (Item a : row.history().allergies()) {
                    entries.once("AllergyIntolerance", a.id(), () -> parties.allergy(patientId, a));
                }
                for (String who : staff(row)) entries.once("Practitioner/" + who, 0, () -> parties.practitioner(who));
                for (Item c : row.history().conditions()) {
                    entries.once("Condition", c.id(), () -> resources.condition(patientId, c));
                }
                for (Item m : row.history().medications()) {
                    entries.once("MedicationStatement", m.id(), () -> resources.medicationStatement(patientId, m));
                }
                entries.onceInCourse("MedicationRequest", courseId, () -> resources.medicationRequest(patientId, row.drug()));
                entries.onceInCourse("SuspectTherapy", courseId, () -> resources.suspectTherapy(patientId, row.drug()));
                for (Dose d : row.doses()) {
                    entries.onceInCourse("MedicationAdministration", d.id(), () -> resources.administration(patientId, row.drug(), d));
                }
                for (FlagPart f : row.flags()) {
                    entries.onceInCourse("DetectedIssue", f.id(), () -> safety.detectedIssue(patientId, courseId, f));
                }
                entries.write(safety.adverseEvent(row));
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code identifier=system|value} for the resources a server must match again, else null. */
    static String identifierQuery(Resource r) {
        java.util.List<Identifier> ids = r instanceof Patient p ? p.getIdentifier()
                : r instanceof Practitioner p ? p.getIdentifier()
                : r instanceof Organization o ? o.getIdentifier()
                : r instanceof org.hl7.fhir.r4.model.AdverseEvent e && e.hasIdentifier() ? java.util.List.of(e.getIdentifier())
                : java.util.List.of();
        return ids.stream().filter(i -> i.hasSystem() && i.hasValue()).findFirst()
                .map(i -> "identifier=" + encode(i.getSystem()) + "%7C" + encode(i.getValue())).orElse(null);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Everyone the row names: who prescribed, gave the doses and recorded the event. */
    private static java.util.List<String> staff(AdverseEventReportRow row) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (row.drug().prescribedBy() != null) names.add(row.drug().prescribedBy());
        row.doses().forEach(d -> { if (d.performer() != null) names.add(d.performer()); });
        if (row.reporter().username() != null) names.add(row.reporter().username());
        return names.stream().distinct().toList();
    }

    /** The counts as a FHIR-native statement: no custom extension, so the bundle stays valid anywhere. */
    static OperationOutcome summary(ReportCounts counts) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.setId(UUID.randomUUID().toString());
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL)
                .setDiagnostics(counts.sentence())
                .setDetails(new CodeableConcept().setText("Voided records excluded: " + counts.voidedExcluded()));
        return outcome;
    }

    /**
     * Writes bundle entries. A patient's records are written once per export (remembered by key, so
     * memory grows with patients, not events); a course's records once per course (forgotten when the
     * next course starts); adverse events are unique and not remembered at all.
     */
    private static final class Entries {
        private final Set<String> patientScoped = new HashSet<>();
        private final Set<String> courseScoped = new HashSet<>();
        private final JsonGenerator json;
        private final IParser parser;
        private final boolean transaction;

        Entries(JsonGenerator json, IParser parser, boolean transaction) {
            this.json = json;
            this.parser = parser;
            this.transaction = transaction;
        }

        void nextCourse() {
            courseScoped.clear();
        }

        /**
         * The resource as JSON. A record stored before text fields refused half a surrogate pair or a
         * noncharacter would stop the UTF-8 writer and cut the bundle off: such characters become U+FFFD.
         */
        private String encoded(Resource r) {
            return XmlChars.safe(parser.encodeResourceToString(r));
        }

        void once(String type, long id, Supplier<Resource> resource) throws IOException {
            if (patientScoped.add(type + "/" + id)) write(resource.get());
        }

        void onceInCourse(String type, long id, Supplier<Resource> resource) throws IOException {
            if (courseScoped.add(type + "/" + id)) write(resource.get());
        }

        void write(Resource r) throws IOException {
            FhirNarrative.add(r);
            json.writeStartObject();
            json.writeStringField("fullUrl", "urn:uuid:" + r.getIdElement().getIdPart());
            json.writeFieldName("resource");
            json.writeRawValue(encoded(r));
            if (transaction) {
                // matched by identifier, so loading a follow-up does not create the same party twice
                // and updates the adverse event it sent before
                String match = identifierQuery(r);
                boolean update = match != null && r instanceof org.hl7.fhir.r4.model.AdverseEvent;
                json.writeObjectFieldStart("request");
                json.writeStringField("method", update ? "PUT" : "POST");
                json.writeStringField("url", update ? r.fhirType() + "?" + match : r.fhirType());
                if (match != null && !update) json.writeStringField("ifNoneExist", match);
                json.writeEndObject();
            }
            json.writeEndObject();
        }
    }
}
