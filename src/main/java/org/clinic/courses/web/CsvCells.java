package org.clinic.courses.web;

/** Text cells of the CSV downloads (reports, signals, audit), safe to open in a spreadsheet. */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * A cell a spreadsheet would run as a formula (OWASP "CSV injection"): starting with {@code = + - @},
     * tab or carriage return, also after leading spaces, which some spreadsheets skip. It gets a
     * leading single quote.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        String rest = cell.stripLeading();
        boolean formula = "\t\r".indexOf(cell.charAt(0)) >= 0 || !rest.isEmpty() && "=+-@".indexOf(rest.charAt(0)) >= 0;
        return formula ? "'" + cell : cell;
    }
}
