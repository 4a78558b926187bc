package org.clinic.courses.meddra;

import org.clinic.courses.web.FieldError;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads lines of the MSSO ASCII files ({@code $}-separated, a trailing {@code $}). Pure. Only the
 * fields the clinic needs are kept; a line that lacks them is an error naming file and line.
 * <ul>
 *   <li>{@code llt.asc}: llt_code, llt_name, pt_code, 6 legacy codes, llt_currency (Y/N), …</li>
 *   <li>{@code pt.asc}: pt_code, pt_name, (null), pt_soc_code, …</li>
 *   <li>{@code mdhier.asc}: pt_code, hlt_code, hlgt_code, soc_code, pt_name, hlt_name, hlgt_name,
 *       soc_name, soc_abbrev, (null), pt_soc_code, primary_soc_fg (Y/N)</li>
 * </ul>
 */
public final class AsciiRecords {
    private static final Pattern CODE = Pattern.compile("\\d{1,8}");

    public record Llt(String code, String name, String ptCode, boolean current) {
    }

    public record Pt(String code, String name) {
    }

    /** One line of the hierarchy: a PT under a SOC, primary or not. */
    public record Hierarchy(String ptCode, String socCode, String socName, boolean primary) {
    }

    private AsciiRecords() {
    }

    static String[] fields(String line) {
        return line.split("\\$", -1);
    }

    /** Null when the line is blank (ignored); adds to {@code errors} when it is malformed. */
    public static Llt llt(String line, int number, List<FieldError> errors) {
        String[] f = fields(line);
        if (line.isBlank()) return null;
        if (f.length < 10 || !code(f[0]) || !name(f[1]) || !code(f[2]) || !yesNo(f[9])) {
            errors.add(new FieldError("llt", "line " + number + " is not an LLT record (code$name$pt code$…$currency Y/N$)"));
            return null;
        }
        return new Llt(f[0].strip(), f[1].strip(), f[2].strip(), f[9].strip().equals("Y"));
    }

    public static Pt pt(String line, int number, List<FieldError> errors) {
        String[] f = fields(line);
        if (line.isBlank()) return null;
        if (f.length < 2 || !code(f[0]) || !name(f[1])) {
            errors.add(new FieldError("pt", "line " + number + " is not a PT record (code$name$…)"));
            return null;
        }
        return new Pt(f[0].strip(), f[1].strip());
    }

    public static Hierarchy hierarchy(String line, int number, List<FieldError> errors) {
        String[] f = fields(line);
        if (line.isBlank()) return null;
        if (f.length < 12 || !code(f[0]) || !code(f[3]) || !name(f[7]) || !yesNo(f[11])) {
            errors.add(new FieldError("mdhier", "line " + number
                    + " is not a hierarchy record (pt$hlt$hlgt$soc$names…$soc abbrev$$pt soc$primary Y/N$)"));
            return null;
        }
        return new Hierarchy(f[0].strip(), f[3].strip(), f[7].strip(), f[11].strip().equals("Y"));
    }

    /** The version in {@code meddra_release.asc} (its first field, e.g. "27.0"), or null. */
    public static String releaseVersion(String firstLine) {
        if (firstLine == null) return null;
        String v = fields(firstLine)[0].strip();
        return v.isEmpty() ? null : v;
    }

    private static boolean code(String s) {
        return CODE.matcher(s.strip()).matches();
    }

    private static boolean name(String s) {
        return !s.isBlank() && s.strip().length() <= 100;
    }

    private static boolean yesNo(String s) {
        return s.strip().equals("Y") || s.strip().equals("N");
    }
}
