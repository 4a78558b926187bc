package org.clinic.courses.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import static org.clinic.courses.report.ReportText.*;

/**
 * Adverse-event rows as RFC 4180 CSV (CRLF, quotes doubled), UTF-8, header row first, one line per
 * event, written as the rows arrive.
 * <p>
 * The byte stream starts with a UTF-8 byte-order mark: the people receiving these files open them
 * in Excel, which reads BOM-less CSV as the local ANSI code page and garbles accents and non-Latin
 * names. Programs reading the file must skip the BOM (commons-csv: {@code BOMInputStream}).
 * <p>
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, tab or
 * carriage return) get a leading single quote (OWASP "CSV injection"). Only text cells: numbers
 * and dates we write are never negative, so they are left untouched and stay numeric.
 */
public final class CsvExport {
    public static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    static final char BOM = '\uFEFF';

    private record Column(String header, Function<AdverseEventReportRow, Object> value, boolean text) {
    }

    private final ReportContext context;
    private final List<Column> columns;

    /** Without a context: no country or reporter columns filled (tests of the row mapping). */
    public CsvExport() {
        this(null);
    }

    public CsvExport(ReportContext context) {
        this.context = context;
        this.columns = columns();
    }

    private List<Column> columns() {
        return List.of(
            text("caseId", r -> r.caseRef().caseId()),
            value("caseVersion", r -> r.caseRef().version()),
            value("versionKind", r -> r.caseRef().kind()),
            value("country", r -> context == null ? null : context.country()),
            value("reportId", r -> r.reportId()),
            value("adverseEventId", r -> r.reaction().adverseEventId()),
            value("patientId", r -> r.patient().id()),
            text("initials", r -> r.patient().initials()),
            value("birthDate", r -> r.patient().birthDate()),
            value("ageAtOnset", r -> r.patient().ageAtOnset()),
            value("sex", r -> r.patient().sex()),
            value("weightKg", r -> number(r.patient().weightKg())),
            text("reaction", r -> r.reaction().term()),
            value("meddraVersion", r -> r.reaction().meddraVersion()),
            value("meddraLltCode", r -> r.reaction().meddraLltCode()),
            text("meddraLltTerm", r -> r.reaction().meddraLltTerm()),
            value("meddraPtCode", r -> r.reaction().meddraPtCode()),
            text("meddraPtTerm", r -> r.reaction().meddraPtTerm()),
            value("ctcaeGrade", r -> r.reaction().grade()),
            value("onsetDate", r -> r.reaction().onsetDate()),
            value("courseDay", r -> r.reaction().courseDay()),
            value("serious", r -> r.reaction().serious()),
            value("seriousCriteria", r -> criteria(r.reaction().seriousCriteria())),
            value("actionTaken", r -> r.reaction().action()),
            value("outcome", r -> r.reaction().outcome()),
            value("causality", r -> r.reaction().causality()),
            text("description", r -> r.reaction().description()),
            text("suspectDrug", r -> r.drug().name()),
            text("drugCode", r -> r.drug().code()),
            text("lotNumbers", r -> String.join("; ", r.drug().lotNumbers())),
            value("route", r -> r.drug().route()),
            value("dailyDoseMl", r -> number(r.drug().dailyDoseMl())),
            value("dailyDoseMg", r -> number(r.drug().dailyDoseMg())),
            text("indication", r -> r.drug().indication()),
            value("drugGiven", r -> r.drug().given()),
            value("therapyStart", r -> r.drug().therapyStart()),
            value("therapyStop", r -> r.drug().therapyStop()),
            value("therapyDays", r -> r.drug().therapyDays()),
            value("cumulativeDoseMl", r -> number(r.drug().cumulativeDoseMl())),
            value("cumulativeDoseMg", r -> number(r.drug().cumulativeDoseMg())),
            value("daysToOnset", r -> r.drug().daysToOnset()),
            value("dechallenge", r -> r.drug().dechallenge()),
            value("rechallenge", r -> r.drug().rechallenge()),
            text("concomitantMedications", r -> items(r.history().medications())),
            text("relevantConditions", r -> items(r.history().conditions())),
            text("allergies", r -> items(r.history().allergies())),
            text("reporter", r -> context == null || context.reporter() == null ? null : context.reporter().name()),
            value("reporterQualification", r -> context == null || context.reporter() == null ? null
                    : context.reporter().qualification()),
            text("sender", r -> context == null ? null : context.clinicName()),
            text("recordedBy", r -> r.reporter().username()),
            value("recordedByRole", r -> r.reporter().role()),
            text("nullificationReason", r -> r.caseRef().nullificationReason()));
    }

    public static List<String> headers() {
        return new CsvExport().columns.stream().map(Column::header).toList();
    }

    /** Writes the header and every row to {@code out} (UTF-8 with BOM); flushes, does not close it. */
    public void write(Iterator<AdverseEventReportRow> rows, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            writer.write(BOM);
            write(rows, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the header and every row (no BOM: the caller owns the encoding); flushes the writer. */
    public void write(Iterator<AdverseEventReportRow> rows, Writer writer) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.stream().map(Column::header).toArray(String[]::new)).get();
        try {
            CSVPrinter printer = new CSVPrinter(writer, format);
            while (rows.hasNext()) {
                AdverseEventReportRow row = rows.next();
                for (Column column : columns) {
                    String cell = orEmpty(column.value().apply(row));
                    printer.print(column.text() ? neutralise(cell) : cell);
                }
                printer.println();
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String neutralise(String cell) {
        return org.clinic.courses.web.CsvCells.neutralise(cell);
    }

    private static Column text(String header, Function<AdverseEventReportRow, Object> value) {
        return new Column(header, value, true);
    }

    private static Column value(String header, Function<AdverseEventReportRow, Object> value) {
        return new Column(header, value, false);
    }
}
