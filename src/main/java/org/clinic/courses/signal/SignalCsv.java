package org.clinic.courses.signal;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The safety view as one CSV table: a row per term, per lot and per week ("section" says which),
 * with the period's days in the clinic's zone (named in the headers). Text cells that a spreadsheet
 * would run as a formula are prefixed with an apostrophe.
 */
public final class SignalCsv {
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private SignalCsv() {
    }

    static List<String> headers(ZoneId zone) {
        String z = " (" + zone.getId() + ")";
        return List.of("section", "periodFrom" + z, "periodTo" + z, "drug", "term", "lot", "weekStarting" + z, "events",
                "serious", "courses", "doses", "per100Courses", "per1000Doses", "drugPer1000Doses", "ratioToDrug",
                "labelled", "signal");
    }

    public static String write(SignalReport r, Map<String, String> drugNames, ZoneId zone) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(headers(zone).toArray(String[]::new)).get())) {
            for (SignalReport.TermRow t : r.terms()) {
                row(p, r, "term", name(drugNames, t.drug()), t.term(), "", "", t.events(), t.serious(), t.coursesAffected(),
                        "", t.perHundredCourses(), t.perThousandDoses(), "", "", t.labelled(), "");
            }
            for (SignalReport.LotRow l : r.lots()) {
                row(p, r, "lot", name(drugNames, l.drug()), "", l.lot(), "", l.events(), "", l.courses(), l.doses(), "",
                        l.perThousandDoses(), l.drugPerThousandDoses(), l.ratio() == null ? "" : l.ratio(), "", l.signal());
            }
            for (SignalReport.Week w : r.weeks()) {
                row(p, r, "week", "", "", "", w.monday(), w.events(), w.serious(), "", "", "", "", "", "", "", "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void row(CSVPrinter p, SignalReport r, Object... cells) throws IOException {
        List<Object> values = new ArrayList<>(Arrays.asList(cells));
        values.add(1, r.from());
        values.add(2, r.to());
        for (Object v : values) p.print(v instanceof String s ? neutralise(s) : v == null ? "" : v.toString());
        p.println();
    }

    private static String name(Map<String, String> names, String code) {
        return names.getOrDefault(code, code);
    }

    static String neutralise(String cell) {
        return org.clinic.courses.web.CsvCells.neutralise(cell);
    }
}
