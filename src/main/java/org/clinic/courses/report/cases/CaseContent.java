package org.clinic.courses.report.cases;

import org.clinic.courses.report.AdverseEventReportRow;
import org.clinic.courses.report.AdverseEventReportRow.Dose;
import org.clinic.courses.report.AdverseEventReportRow.FlagPart;
import org.clinic.courses.report.AdverseEventReportRow.Item;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The facts of a case as one canonical text, hashed: what a receiver would see change. Pure.
 * Numbers are compared by value (30 and 30.00 are the same dose) and sets are sorted, so the same
 * facts give the same hash on any machine and after any restart.
 */
public final class CaseContent {
    private CaseContent() {
    }

    public static String hash(List<AdverseEventReportRow> rows) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text(rows).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(List<AdverseEventReportRow> rows) {
        StringBuilder out = new StringBuilder();
        // the rows of one case share their dose and flag records: each is written out once, then copied
        Map<Object, String> written = new IdentityHashMap<>();
        for (AdverseEventReportRow row : rows) {
            var p = row.patient();
            var r = row.reaction();
            var d = row.drug();
            line(out, "patient", p.id(), p.initials(), p.birthDate(), p.ageAtOnset(), p.sex(), n(p.weightKg()));
            line(out, "reaction", r.adverseEventId(), r.term(), r.grade(), r.onsetDate(), r.serious(),
                    r.seriousCriteria().stream().sorted().map(Enum::name).collect(Collectors.joining(",")),
                    r.action(), r.outcome(), r.causality(), r.description());
            // only when coded, so the hash of a case sent before MedDRA coding existed stays the same
            if (r.coded()) line(out, "coding", r.meddraVersion(), r.meddraLltCode(), r.meddraPtCode());
            line(out, "drug", d.code(), d.name(), String.join(",", d.lotNumbers()), d.route(), n(d.dailyDoseMl()),
                    d.indication(), d.therapyStart(), d.therapyStop(), d.therapyDays(), d.dechallenge(),
                    d.rechallenge(), n(d.cumulativeDoseMl()), d.stopReason());
            for (List<Item> items : List.of(row.history().medications(), row.history().conditions(), row.history().allergies())) {
                line(out, "history", items.stream().map(Item::label).sorted().collect(Collectors.joining(",")));
            }
            for (Dose dose : row.doses()) {
                out.append(written.computeIfAbsent(dose, key -> line(new StringBuilder(), "dose", dose.id(),
                        dose.administeredAt(), dose.status(), dose.route(), n(dose.volumeMl()), dose.lotNumber()).toString()));
            }
            out.append(written.computeIfAbsent(row.flags(), list -> {
                StringBuilder lines = new StringBuilder();
                for (FlagPart f : row.flags()) {
                    line(lines, "flag", f.id(), f.code(), f.status(), f.overrideReason());
                }
                return lines.toString();
            }));
        }
        return out.toString();
    }

    private static String n(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static StringBuilder line(StringBuilder out, String kind, Object... values) {
        out.append(kind);
        for (Object v : values) out.append('\u001f').append(Objects.toString(v, ""));
        return out.append('\n');
    }
}
