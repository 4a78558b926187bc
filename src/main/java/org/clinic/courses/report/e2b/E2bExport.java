package org.clinic.courses.report.e2b;

import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.CaseNarrative;
import org.clinic.courses.report.ReportContext;
import org.clinic.courses.report.cases.VersionKind;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * An ICH E2B(R3) ICSR batch: the HL7 v3 {@code MCCI_IN200100UV01} wrapper (N.1) holding one
 * {@code PORR_IN049016UV} message (N.2) per case, each with its case header (C.1 to C.3) and the
 * case body of {@link E2bCase} (D to H). Written with StAX as the cases arrive, one case in memory.
 * Element order and codes follow the ICH implementation guide; see docs/e2b.md for the table.
 */
public final class E2bExport {
    public static final String CONTENT_TYPE = "application/xml";
    static final String BATCH_ID = "2.16.840.1.113883.3.989.2.1.3.22";
    static final String INTERACTION = "2.16.840.1.113883.1.6";

    private final ReportContext context;

    public E2bExport(ReportContext context) {
        this.context = context;
    }

    /** Writes the batch; flushes, does not close {@code out}. */
    public void write(Iterator<List<AdverseEventReportRow>> cases, OutputStream out) {
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            Xml x = new Xml(w);
            String now = Codes.time(context.generatedAt());
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(Xml.HL7);
            w.writeStartElement(Xml.HL7, "MCCI_IN200100UV01");
            w.writeDefaultNamespace(Xml.HL7);
            w.writeNamespace("xsi", Xml.XSI);
            w.writeAttribute("ITSVersion", "XML_1.0");
            x.empty("id", "extension", sender() + "-" + now, "root", BATCH_ID);
            x.empty("creationTime", "value", now);
            x.empty("responseModeCode", "code", "D");
            x.empty("interactionId", "extension", "MCCI_IN200100UV01", "root", INTERACTION);
            x.empty("name", "code", "1", "codeSystem", "2.16.840.1.113883.3.989.2.1.1.1", "codeSystemVersion", "2.0");
            while (cases.hasNext()) {
                message(x, cases.next(), now);
                w.flush();
            }
            device(x, "receiver", "RCV", receiver(), "2.16.840.1.113883.3.989.2.1.3.14");
            device(x, "sender", "SND", sender(), "2.16.840.1.113883.3.989.2.1.3.13");
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void message(Xml x, List<AdverseEventReportRow> rows, String now) {
        AdverseEventReportRow first = rows.get(0);
        var ref = first.caseRef();
        String reportId = ref.caseId() + "-V" + ref.version();
        x.open("PORR_IN049016UV");
        x.empty("id", "extension", reportId, "root", Codes.REPORT_ID);
        x.empty("creationTime", "value", now);
        x.empty("interactionId", "extension", "PORR_IN049016UV", "root", INTERACTION);
        x.empty("processingCode", "code", "P");
        x.empty("processingModeCode", "code", "T");
        x.empty("acceptAckCode", "code", "AL");
        device(x, "receiver", "RCV", receiver(), "2.16.840.1.113883.3.989.2.1.3.12");
        device(x, "sender", "SND", sender(), "2.16.840.1.113883.3.989.2.1.3.11");
        x.open("controlActProcess", "classCode", "CACT", "moodCode", "EVN");
        x.empty("code", "code", "PORR_TE049016UV", "codeSystem", "2.16.840.1.113883.1.18");
        x.empty("effectiveTime", "value", now);
        x.open("subject", "typeCode", "SUBJ");
        x.open("investigationEvent", "classCode", "INVSTG", "moodCode", "EVN");
        x.empty("id", "extension", ref.caseId(), "root", Codes.REPORT_ID);
        x.empty("id", "extension", ref.caseId(), "root", Codes.CASE_ID);
        x.empty("code", "code", "PAT_ADV_EVNT", "codeSystem", "2.16.840.1.113883.5.4");
        x.text("text", CaseNarrative.of(rows), "NI");
        x.empty("statusCode", "code", "active");
        String firstReceived = Codes.day(rows.stream().map(r -> r.reporter().recordedAt()).filter(i -> i != null)
                .min(java.time.Instant::compareTo).map(i -> i.atZone(context.generatedAt().getZone()).toLocalDate())
                .orElse(first.reaction().onsetDate()));
        x.open("effectiveTime").empty("low", "value", firstReceived).close();
        x.empty("availabilityTime", "value", Codes.day(context.generatedAt().toLocalDate()));
        new E2bCase(x, context).assessment(rows);
        observationEvent(x, "1", "additionalDocumentsAvailable", "false");
        observationEvent(x, "23", "localCriteriaForExpedited", String.valueOf(rows.stream().anyMatch(r -> r.reaction().serious())));
        firstSender(x);
        primarySource(x);
        senderBlock(x);
        characteristic(x, "1", "ichReportType", "CE", "1", Codes.REPORT_TYPE);
        // C.1.9.1 allows only true or NI: this clinic keeps no other case ids, so NI
        x.open("subjectOf2", "typeCode", "SUBJ").open("investigationCharacteristic", "classCode", "VERIF", "moodCode", "EVN");
        x.empty("code", "code", "2", "codeSystem", Codes.CHARACTERISTIC, "displayName", "otherCaseIds");
        x.value("BL", "nullFlavor", "NI");
        x.close().close();
        if (ref.kind() == VersionKind.NULLIFICATION) {
            characteristic(x, "3", "nullificationAmendmentCode", "CE", "1", Codes.NULLIFICATION);
            // C.1.11.2: the reason as free text (no coded list exists for it)
            x.open("subjectOf2", "typeCode", "SUBJ").open("investigationCharacteristic", "classCode", "VERIF", "moodCode", "EVN");
            x.empty("code", "code", "4", "codeSystem", Codes.CHARACTERISTIC, "displayName", "nullificationAmendmentReason");
            x.openValue("CE").text("originalText", ref.nullificationReason(), "UNK").close();
            x.close().close();
        }
        x.close().close().close().close();
    }

    /** C.1.8.2: the clinic first sent this case, as a sender other than a regulator (2). */
    private static void firstSender(Xml x) {
        x.open("outboundRelationship", "typeCode", "SPRT");
        x.open("relatedInvestigation", "classCode", "INVSTG", "moodCode", "EVN");
        x.empty("code", "code", "1", "codeSystem", Codes.SOURCE_REPORT, "displayName", "initialReport");
        x.open("subjectOf2", "typeCode", "SUBJ").open("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
        x.open("author", "typeCode", "AUT").open("assignedEntity", "classCode", "ASSIGNED");
        x.empty("code", "code", "2", "codeSystem", Codes.FIRST_SENDER, "displayName", "other");
        x.close().close().close().close().close().close();
    }

    /** C.2: the physician who confirms the report, with qualification and country. */
    private void primarySource(Xml x) {
        var reporter = context.reporter();
        x.open("outboundRelationship", "typeCode", "SPRT");
        x.empty("priorityNumber", "value", "1");
        x.open("relatedInvestigation", "classCode", "INVSTG", "moodCode", "EVN");
        x.empty("code", "code", "2", "codeSystem", Codes.SOURCE_REPORT, "displayName", "sourceReport");
        x.open("subjectOf2", "typeCode", "SUBJ").open("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
        x.open("author", "typeCode", "AUT").open("assignedEntity", "classCode", "ASSIGNED");
        address(x);
        if (reporter != null && reporter.contact() != null) x.empty("telecom", "value", telecom(reporter.contact()));
        x.open("assignedPerson", "classCode", "PSN", "determinerCode", "INSTANCE");
        x.open("name");
        PersonName name = PersonName.parse(reporter == null ? null : reporter.name());
        if (name.prefix() != null) x.text("prefix", name.prefix(), "UNK");
        if (name.given() != null) x.text("given", name.given(), "UNK");
        if (name.middle() != null) x.text("given", name.middle(), "UNK");
        if (name.family() == null) x.empty("family", "nullFlavor", "UNK");
        else x.text("family", name.family(), "UNK");
        x.close();
        x.open("asQualifiedEntity", "classCode", "QUAL");
        if (reporter == null || reporter.qualification() == null) x.empty("code", "nullFlavor", "UNK");
        else x.empty("code", "code", reporter.qualification().e2bCode(), "codeSystem", Codes.QUALIFICATION);
        x.close();
        country(x, "asLocatedEntity", "LOCE");
        x.close();
        x.open("representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        x.text("name", context.clinicName(), "UNK").close();
        x.close().close().close().close().close().close();
    }

    /** C.3: the clinic as a health-professional sender. */
    private void senderBlock(Xml x) {
        x.open("subjectOf1", "typeCode", "SUBJ").open("controlActEvent", "classCode", "CACT", "moodCode", "EVN");
        x.open("author", "typeCode", "AUT").open("assignedEntity", "classCode", "ASSIGNED");
        x.empty("code", "code", "3", "codeSystem", Codes.SENDER_TYPE, "displayName", "healthProfessional");
        address(x);
        x.open("representedOrganization", "classCode", "ORG", "determinerCode", "INSTANCE");
        x.text("name", context.clinicName(), "UNK").close();
        x.close().close().close().close();
    }

    private void address(Xml x) {
        if (context.address() == null) return;
        x.open("addr").text("streetAddressLine", context.address(), "UNK");
        if (context.country() != null) x.text("country", context.country(), "UNK");
        x.close();
    }

    private void country(Xml x, String element, String classCode) {
        x.open(element, "classCode", classCode).open("location", "classCode", "COUNTRY", "determinerCode", "INSTANCE");
        if (context.country() == null) x.empty("code", "nullFlavor", "UNK");
        else x.empty("code", "code", context.country(), "codeSystem", Codes.COUNTRY);
        x.close().close();
    }

    private static String telecom(String contact) {
        String c = contact.strip();
        return c.contains("@") ? "mailto:" + c : "tel:" + c.replace(" ", "");
    }

    private static void observationEvent(Xml x, String code, String name, String value) {
        x.open("component", "typeCode", "COMP").open("observationEvent", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", Codes.OBSERVATION, "displayName", name);
        x.value("BL", "value", value);
        x.close().close();
    }

    private static void characteristic(Xml x, String code, String name, String type, String value, String system) {
        x.open("subjectOf2", "typeCode", "SUBJ").open("investigationCharacteristic", "classCode", "VERIF", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", Codes.CHARACTERISTIC, "displayName", name);
        if (type.equals("BL")) x.value("BL", "value", value);
        else x.value("CE", "code", value, "codeSystem", system);
        x.close().close();
    }

    private static void device(Xml x, String element, String typeCode, String id, String root) {
        x.open(element, "typeCode", typeCode).open("device", "classCode", "DEV", "determinerCode", "INSTANCE");
        x.empty("id", "extension", id, "root", root);
        x.close().close();
    }

    private String sender() {
        return context.senderId() == null ? "UNSET" : context.senderId();
    }

    private String receiver() {
        return context.receiver() == null || context.receiver().isBlank() ? "UNSPECIFIED" : context.receiver();
    }
}
