package org.clinic.courses.report.e2b;

import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.adverse.SeriousCriterion;
import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.AdverseEventReportRow.Item;
import org.clinic.courses.report.CaseNarrative;
import org.clinic.courses.report.ReportContext;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The body of one case: patient (D), reactions (E), the eGFR as a test result (F), suspect and
 * concomitant drugs (G) and the causality of the suspect drug for each reaction (G.k.9.i).
 */
final class E2bCase {
    private static final List<Object[]> SERIOUSNESS = List.of(
            new Object[]{SeriousCriterion.DEATH, "34", "resultsInDeath"},
            new Object[]{SeriousCriterion.LIFE_THREATENING, "21", "isLifeThreatening"},
            new Object[]{SeriousCriterion.HOSPITALISATION, "33", "requiresInpatientHospitalization"},
            new Object[]{SeriousCriterion.DISABILITY, "35", "resultsInPersistentOrSignificantDisability"},
            new Object[]{SeriousCriterion.CONGENITAL_ANOMALY, "12", "congenitalAnomalyBirthDefect"},
            new Object[]{SeriousCriterion.OTHER_IMPORTANT, "26", "otherMedicallyImportantCondition"});

    private final Xml x;
    private final ReportContext context;

    E2bCase(Xml x, ReportContext context) {
        this.x = x;
        this.context = context;
    }

    void assessment(List<AdverseEventReportRow> rows) {
        AdverseEventReportRow first = rows.get(0);
        x.open("component", "typeCode", "COMP").open("adverseEventAssessment", "classCode", "INVSTG", "moodCode", "EVN");
        x.open("subject1", "typeCode", "SBJ").open("primaryRole", "classCode", "INVSBJ");
        AdverseEventReportRow fatal = rows.stream().filter(r -> r.reaction().outcome() == Outcome.FATAL)
                .reduce((a, b) -> b).orElse(null);
        patient(first, fatal);
        var p = first.patient();
        if (p.ageAtOnset() != null) quantity("3", "age", new BigDecimal(p.ageAtOnset()), "a");
        if (p.weightKg() != null) quantity("7", "bodyWeight", p.weightKg(), "kg");
        if (fatal != null) causeOfDeath(fatal);
        history(first);
        rows.forEach(this::reaction);
        tests(first);
        drugs(rows);
        x.close().close();
        characterisation(first.drug().courseId(), "1", false);
        first.history().medications().forEach(m -> characterisation(m.id(), "2", true));
        rows.forEach(this::causality);
        x.close().close();
    }

    /** D.1 initials, D.5 sex, D.2.1 birth date, D.9.1 date of death (the day of the fatal event). */
    private void patient(AdverseEventReportRow row, AdverseEventReportRow fatal) {
        var p = row.patient();
        x.open("player1", "classCode", "PSN", "determinerCode", "INSTANCE");
        x.text("name", p.initials(), "MSK");
        String sex = Codes.sex(p.sex());
        if (sex == null) x.empty("administrativeGenderCode", "nullFlavor", "UNK");
        else x.empty("administrativeGenderCode", "code", sex, "codeSystem", Codes.SEX);
        if (p.birthDate() == null) x.empty("birthTime", "nullFlavor", "UNK");
        else x.empty("birthTime", "value", Codes.day(p.birthDate()));
        if (fatal != null) {
            x.empty("deceasedInd", "value", "true");
            x.empty("deceasedTime", "value", Codes.day(fatal.reaction().onsetDate()));
        }
        x.close();
    }

    /** D.7.2: conditions (ICD-10, not MedDRA) and allergies as text. */
    private void history(AdverseEventReportRow row) {
        String conditions = CaseNarrative.items(row.history().conditions());
        String allergies = CaseNarrative.items(row.history().allergies());
        if (conditions.isEmpty() && allergies.isEmpty()) return;
        organizer("1", "relevantMedicalHistoryAndConcurrentConditions");
        x.open("component", "typeCode", "COMP").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "18", "codeSystem", Codes.OBSERVATION, "displayName", "historyAndConcurrentConditionText");
        x.openValue("ED").chars((conditions.isEmpty() ? "" : conditions)
                + (allergies.isEmpty() ? "" : (conditions.isEmpty() ? "" : ". ") + "Allergies: " + allergies)).close();
        x.close().close();
        closeOrganizer();
    }

    /** E.i: the verbatim term (MedDRA code when coded), dates, seriousness, outcome, country. */
    private void reaction(AdverseEventReportRow row) {
        var r = row.reaction();
        x.open("subjectOf2", "typeCode", "SBJ").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("id", "root", reactionId(r.adverseEventId()));
        x.empty("code", "code", "29", "codeSystem", Codes.OBSERVATION, "displayName", "reaction");
        x.open("effectiveTime").typed("IVL_TS").empty("low", "value", Codes.day(r.onsetDate())).close();
        if (r.meddraLltCode() != null) {
            x.openValue("CE", "code", r.meddraLltCode(), "codeSystem", Codes.MEDDRA, "codeSystemVersion", r.meddraVersion());
        } else {
            x.openValue("CE", "nullFlavor", "UNC");
        }
        x.text("originalText", r.term(), "UNK").close();
        x.open("location", "typeCode", "LOC").open("locatedEntity", "classCode", "LOCE")
                .open("locatedPlace", "classCode", "COUNTRY", "determinerCode", "INSTANCE");
        if (context.country() == null) x.empty("code", "nullFlavor", "UNK");
        else x.empty("code", "code", context.country(), "codeSystem", Codes.COUNTRY);
        x.close().close().close();
        for (Object[] s : SERIOUSNESS) {
            x.open("outboundRelationship2", "typeCode", "PERT").open("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", (String) s[1], "codeSystem", Codes.OBSERVATION, "displayName", (String) s[2]);
            if (r.seriousCriteria().contains((SeriousCriterion) s[0])) x.value("BL", "value", "true");
            else x.value("BL", "nullFlavor", "NI");
            x.close().close();
        }
        x.open("outboundRelationship2", "typeCode", "PERT").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "27", "codeSystem", Codes.OBSERVATION, "displayName", "outcome");
        x.value("CE", "code", Codes.outcome(r.outcome()), "codeSystem", Codes.OUTCOME);
        x.close().close();
        x.open("outboundRelationship2", "typeCode", "PERT").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "24", "codeSystem", Codes.OBSERVATION, "displayName", "medicalConfirmationByHealthProfessional");
        x.value("BL", "value", "true");
        x.close().close();
        x.close().close();
    }

    /** F.r: the eGFR on the patient's record (date not recorded: a null flavour). */
    private void tests(AdverseEventReportRow row) {
        if (row.patient().egfr() == null) return;
        organizer("3", "testsAndProceduresRelevantToTheInvestigation");
        x.open("component", "typeCode", "COMP").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.open("code").text("originalText", "Estimated glomerular filtration rate (eGFR)", "UNK").close();
        x.empty("effectiveTime", "nullFlavor", "UNK");
        x.openValue("IVL_PQ").empty("center", "value", row.patient().egfr().stripTrailingZeros().toPlainString(),
                "unit", "mL/min/{1.73_m2}").close();
        x.close().close();
        closeOrganizer();
    }

    private void drugs(List<AdverseEventReportRow> rows) {
        organizer("4", "drugInformation");
        new E2bDrug(x).suspect(rows);
        for (Item m : rows.get(0).history().medications()) new E2bDrug(x).concomitant(m);
        closeOrganizer();
    }

    /** G.k.1: 1 suspect, 2 concomitant. */
    private void characterisation(long id, String code, boolean concomitant) {
        x.open("component", "typeCode", "COMP").open("causalityAssessment", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "20", "codeSystem", Codes.OBSERVATION, "displayName", "interventionCharacterization");
        x.value("CE", "code", code, "codeSystem", Codes.CHARACTERISATION);
        x.open("subject2", "typeCode", "SUBJ").open("productUseReference", "classCode", "SBADM", "moodCode", "EVN");
        x.empty("id", "root", concomitant ? E2bDrug.concomitantId(id) : E2bDrug.suspectId(id));
        x.close().close().close().close();
    }

    /** G.k.9.i.2.r: WHO-UMC result, method and source (the confirming physician) for each reaction. */
    private void causality(AdverseEventReportRow row) {
        var r = row.reaction();
        x.open("component", "typeCode", "COMP").open("causalityAssessment", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "39", "codeSystem", Codes.OBSERVATION, "displayName", "causality");
        if (r.causality() == null) x.value("ST", "nullFlavor", "UNK");
        else {
            x.openValue("ST").chars(Codes.causality(r.causality())).close();
        }
        x.open("methodCode").text("originalText", "WHO-UMC causality categories", "UNK").close();
        x.open("author", "typeCode", "AUT").open("assignedEntity", "classCode", "ASSIGNED");
        String source = context.reporter() == null || context.reporter().qualification() == null ? "Reporter"
                : "Reporter (" + context.reporter().qualification().name().toLowerCase().replace('_', ' ') + ")";
        x.open("code").text("originalText", source, "UNK").close();
        x.close().close();
        x.open("subject1", "typeCode", "SUBJ").open("adverseEffectReference", "classCode", "OBS", "moodCode", "EVN");
        x.empty("id", "root", reactionId(r.adverseEventId())).close().close();
        x.open("subject2", "typeCode", "SUBJ").open("productUseReference", "classCode", "SBADM", "moodCode", "EVN");
        x.empty("id", "root", E2bDrug.suspectId(row.drug().courseId())).close().close();
        x.close().close();
    }

    /** D.9.2.r: the reported cause of death is the fatal reaction's term (MedDRA code where coded). */
    private void causeOfDeath(AdverseEventReportRow fatal) {
        var r = fatal.reaction();
        x.open("subjectOf2", "typeCode", "SBJ").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "32", "codeSystem", Codes.OBSERVATION, "displayName", "reportedCauseOfDeath");
        if (r.meddraLltCode() != null) {
            x.openValue("CE", "code", r.meddraLltCode(), "codeSystem", Codes.MEDDRA, "codeSystemVersion", r.meddraVersion());
        } else {
            x.openValue("CE", "nullFlavor", "UNC");
        }
        x.text("originalText", r.term(), "UNK").close();
        x.close().close();
    }

    private void quantity(String code, String name, BigDecimal value, String unit) {
        x.open("subjectOf2", "typeCode", "SBJ").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", Codes.OBSERVATION, "displayName", name);
        x.value("PQ", "value", value.stripTrailingZeros().toPlainString(), "unit", unit);
        x.close().close();
    }

    private void organizer(String code, String name) {
        x.open("subjectOf2", "typeCode", "SBJ").open("organizer", "classCode", "CATEGORY", "moodCode", "EVN");
        x.empty("code", "code", code, "codeSystem", Codes.ORGANIZER, "displayName", name);
    }

    private void closeOrganizer() {
        x.close().close();
    }

    static String reactionId(long eventId) {
        return UUID.nameUUIDFromBytes(("reaction/" + eventId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
