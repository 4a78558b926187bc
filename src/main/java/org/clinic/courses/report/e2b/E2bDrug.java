package org.clinic.courses.report.e2b;

import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.AdverseEventReportRow.Dose;
import org.clinic.courses.report.AdverseEventReportRow.Item;
import org.clinic.courses.report.CaseNarrative;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * G.k: the suspect drug (name, one dosage per lot with its dates, dose and route, cumulative dose
 * to the first reaction, time to onset, recurrence on rechallenge, indication, action taken) and
 * concomitant medications by name.
 */
final class E2bDrug {
    private final Xml x;

    E2bDrug(Xml x) {
        this.x = x;
    }

    void suspect(List<AdverseEventReportRow> rows) {
        AdverseEventReportRow first = rows.get(0);
        var d = first.drug();
        x.open("component", "typeCode", "COMP").open("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        x.empty("id", "root", suspectId(d.courseId()));
        product(d.name());
        for (AdverseEventReportRow row : rows) {
            if (row.drug().daysToOnset() == null) continue;
            x.open("outboundRelationship1", "typeCode", "SAS");
            x.empty("pauseQuantity", "value", String.valueOf(row.drug().daysToOnset()), "unit", "d");
            x.open("actReference", "classCode", "OBS", "moodCode", "EVN");
            x.empty("id", "root", E2bCase.reactionId(row.reaction().adverseEventId())).close().close();
        }
        for (AdverseEventReportRow row : rows) {
            x.open("outboundRelationship2", "typeCode", "PERT").open("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", "31", "codeSystem", Codes.OBSERVATION, "displayName", "recurranceOfReaction");
            x.value("CE", "code", Codes.recurrence(row.drug().rechallenge()), "codeSystem", Codes.RECURRENCE);
            x.open("outboundRelationship1", "typeCode", "REFR").open("actReference", "classCode", "OBS", "moodCode", "EVN");
            x.empty("id", "root", E2bCase.reactionId(row.reaction().adverseEventId())).close().close();
            x.close().close();
        }
        if (d.cumulativeDoseMl() != null) {
            x.open("outboundRelationship2", "typeCode", "SUMM").open("observation", "classCode", "OBS", "moodCode", "EVN");
            x.empty("code", "code", "14", "codeSystem", Codes.OBSERVATION, "displayName", "cumulativeDoseToReaction");
            x.value("PQ", "value", plain(d.cumulativeDoseMl()), "unit", "mL");
            x.close().close();
        }
        Map<String, LocalDate[]> lots = lots(rows);
        if (!lots.isEmpty()) {
            // the last dosage runs to the last dose given (G.k.4.r.5 = CIOMS 18 = CSV therapyStop);
            // while the course goes on it has no end (never the reaction day)
            LocalDate[] last = lots.values().stream().reduce((a, b) -> b).orElseThrow();
            if (d.therapyStop() == null) last[1] = null;
            else if (last[1].isBefore(d.therapyStop())) last[1] = d.therapyStop();
        }
        if (!d.given()) notGiven(first);
        else if (lots.isEmpty()) dosage(first, null, d.therapyStart(), d.therapyStop());
        lots.forEach((lot, days) -> dosage(first, lot, days[0], days[1]));
        additionalInformation(rows);
        x.open("inboundRelationship", "typeCode", "RSON").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "19", "codeSystem", Codes.OBSERVATION, "displayName", "indication");
        x.openValue("CE", "nullFlavor", "UNC").text("originalText", d.indication(), "UNK").close();
        x.close().close();
        x.open("inboundRelationship", "typeCode", "CAUS").open("act", "classCode", "ACT", "moodCode", "EVN");
        x.empty("code", "code", Codes.action(CaseNarrative.strongestAction(rows)), "codeSystem", Codes.ACTION);
        x.close().close();
        x.close().close();
    }

    void concomitant(Item medication) {
        x.open("component", "typeCode", "COMP").open("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        x.empty("id", "root", concomitantId(medication.id()));
        product(medication.name());
        x.close().close();
    }

    /** G.k.4.r: one dosage per lot, from its first to its last dose given up to the last reaction. */
    private void dosage(AdverseEventReportRow row, String lot, LocalDate from, LocalDate to) {
        var d = row.drug();
        x.open("outboundRelationship2", "typeCode", "COMP").open("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        x.text("text", plain(d.dailyDoseMl()) + " mL a day, " + d.route().name().toLowerCase().replace('_', ' ')
                + (lot == null ? "" : ", lot " + lot), "NI");
        x.open("effectiveTime").typed("SXPR_TS");
        x.open("comp").typed("PIVL_TS").empty("period", "value", "1", "unit", "d").close();
        x.open("comp", "operator", "A").typed("IVL_TS");
        x.empty("low", "value", Codes.day(from));
        if (to == null) x.empty("high", "nullFlavor", "NA");
        else x.empty("high", "value", Codes.day(to));
        x.close().close();
        x.empty("routeCode", "code", Codes.route(d.route()), "codeSystem", Codes.ROUTE);
        x.empty("doseQuantity", "value", plain(d.dailyDoseMl()), "unit", "mL");
        if (lot != null) {
            x.open("consumable", "typeCode", "CSM").open("instanceOfKind", "classCode", "INST")
                    .open("productInstanceInstance", "classCode", "MMAT", "determinerCode", "INSTANCE");
            x.empty("id", "nullFlavor", "NI");
            x.text("lotNumberText", lot, "UNK");
            x.close().close().close();
        }
        x.close().close();
    }

    /**
     * G.k.11: the action recorded for each reaction in words, because G.k.8 is one code per drug and
     * its list has no "interrupted" (coded 1, withdrawn), and whether the therapy goes on.
     */
    private void additionalInformation(List<AdverseEventReportRow> rows) {
        var d = rows.get(0).drug();
        StringBuilder text = new StringBuilder("Action taken per reaction: ");
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i).reaction();
            text.append(i == 0 ? "" : "; ").append(r.term()).append(" (").append(r.onsetDate()).append("): ")
                    .append(Codes.actionWords(r.action()));
        }
        text.append(!d.given() ? ". No dose given." : d.therapyStop() == null ? ". Therapy continuing."
                : ". Last dose given " + d.therapyStop() + ".");
        x.open("outboundRelationship2", "typeCode", "REFR").open("observation", "classCode", "OBS", "moodCode", "EVN");
        x.empty("code", "code", "2", "codeSystem", Codes.OBSERVATION, "displayName", "additionalInformation");
        x.openValue("ST").chars(text.toString()).close();
        x.close().close();
    }

    /** G.k.4.r for a drug prescribed but not given before the report: the text says so, no period. */
    private void notGiven(AdverseEventReportRow row) {
        var d = row.drug();
        x.open("outboundRelationship2", "typeCode", "COMP").open("substanceAdministration", "classCode", "SBADM", "moodCode", "EVN");
        x.text("text", "prescribed " + plain(d.dailyDoseMl()) + " mL a day, no dose given before the report", "NI");
        x.empty("routeCode", "code", Codes.route(d.route()), "codeSystem", Codes.ROUTE);
        x.close().close();
    }

    private void product(String name) {
        x.open("consumable", "typeCode", "CSM").open("instanceOfKind", "classCode", "INST")
                .open("kindOfProduct", "classCode", "MMAT", "determinerCode", "KIND");
        x.text("name", name, "UNK");
        x.close().close().close();
    }

    /** Each lot given (not voided) and the days of its first and last dose, up to the last reaction. */
    private static Map<String, LocalDate[]> lots(List<AdverseEventReportRow> rows) {
        Map<Long, Dose> doses = new LinkedHashMap<>();
        rows.forEach(r -> r.doses().forEach(d -> doses.putIfAbsent(d.id(), d)));
        Map<String, LocalDate[]> lots = new LinkedHashMap<>();
        doses.values().stream().filter(Dose::given).filter(d -> d.lotNumber() != null && !d.lotNumber().isBlank())
                .sorted(java.util.Comparator.comparing(Dose::administeredAt)).forEach(d -> {
                    LocalDate day = rows.get(0).drug().courseStart().plusDays(d.courseDay() - 1L);
                    lots.merge(d.lotNumber().strip(), new LocalDate[]{day, day}, (a, b) -> new LocalDate[]{a[0], b[1]});
                });
        return lots;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static String suspectId(long courseId) {
        return UUID.nameUUIDFromBytes(("suspect/" + courseId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String concomitantId(long medicationId) {
        return UUID.nameUUIDFromBytes(("concomitant/" + medicationId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
