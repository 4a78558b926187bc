package org.clinic.courses.dose.gs1;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the GS1 element string a keyboard-wedge scanner types from a medicine pack's DataMatrix.
 * Pure. Understood: AI 01 (GTIN, 14 digits, check digit verified), 17 (expiry YYMMDD; day 00 means
 * the month's last day), 10 (lot) and 21 (serial), both variable length up to 20 characters and
 * ended by the group separator (ASCII 29) or the end of the string. An optional symbology
 * identifier {@code ]d2} is skipped; the human-readable form with brackets, "(01)...(17)...", is
 * read as well. Anything else is {@link UnreadableScan}.
 */
public final class Gs1ElementString {
    public static final char GS = 29;
    static final int VARIABLE_MAX = 20;
    static final int SCAN_MAX = 200;

    private Gs1ElementString() {
    }

    /** {@code today} places a two-digit year in its century, as GS1 says: within 49 years back or 50 ahead. */
    public static Gs1Pack parse(String scan, LocalDate today) {
        if (scan == null || scan.isBlank()) {
            throw new UnreadableScan("Nothing was scanned");
        }
        if (scan.length() > SCAN_MAX) {
            throw new UnreadableScan("Too long for a pack's code");
        }
        String s = scan.strip();
        if (s.startsWith("]d2") || s.startsWith("]C1") || s.startsWith("]Q3")) {
            s = s.substring(3);
        }
        if (s.startsWith("(")) {
            s = fromBrackets(s);
        }
        Map<String, String> fields = new HashMap<>();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == GS) {
                i++;
                continue;
            }
            if (i + 2 > s.length()) {
                throw new UnreadableScan("Ends in the middle of an application identifier");
            }
            String ai = s.substring(i, i + 2);
            i += 2;
            int end = switch (ai) {
                case "01" -> fixed(s, i, 14, ai);
                case "17" -> fixed(s, i, 6, ai);
                case "10", "21" -> variable(s, i, ai);
                default -> throw new UnreadableScan("Application identifier (" + ai + ") is not one a medicine pack uses here");
            };
            if (fields.put(ai, s.substring(i, end)) != null) {
                throw new UnreadableScan("(" + ai + ") appears twice");
            }
            i = end;
        }
        String gtin = fields.get("01");
        if (gtin == null) {
            throw new UnreadableScan("No GTIN (01) in the code");
        }
        requireDigits(gtin, "01");
        if (!checkDigitOk(gtin)) {
            throw new UnreadableScan("The GTIN's check digit is wrong: scan again");
        }
        String expiry = fields.get("17");
        return new Gs1Pack(gtin, expiry == null ? null : expiry(expiry, today), text(fields.get("10"), "10"),
                text(fields.get("21"), "21"));
    }

    private static int fixed(String s, int from, int length, String ai) {
        if (from + length > s.length()) {
            throw new UnreadableScan("(" + ai + ") needs " + length + " digits");
        }
        String value = s.substring(from, from + length);
        if (value.indexOf(GS) >= 0) {
            throw new UnreadableScan("(" + ai + ") needs " + length + " digits");
        }
        requireDigits(value, ai);
        return from + length;
    }

    private static int variable(String s, int from, String ai) {
        int end = s.indexOf(GS, from);
        end = end < 0 ? s.length() : end;
        if (end == from) {
            throw new UnreadableScan("(" + ai + ") is empty");
        }
        if (end - from > VARIABLE_MAX) {
            throw new UnreadableScan("(" + ai + ") is longer than " + VARIABLE_MAX
                    + " characters: a group separator may be missing");
        }
        return end;
    }

    private static void requireDigits(String value, String ai) {
        if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new UnreadableScan("(" + ai + ") must be digits only");
        }
    }

    private static String text(String value, String ai) {
        if (value != null && !value.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new UnreadableScan("(" + ai + ") holds characters a GS1 code cannot carry");
        }
        return value;
    }

    /** GS1 mod-10: weights 3 and 1 from the right, the last digit makes the sum a multiple of 10. */
    static boolean checkDigitOk(String digits) {
        int sum = 0;
        for (int k = digits.length() - 2, w = 3; k >= 0; k--, w = 4 - w) {
            sum += (digits.charAt(k) - '0') * w;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    static LocalDate expiry(String yymmdd, LocalDate today) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int mm = Integer.parseInt(yymmdd.substring(2, 4));
        int dd = Integer.parseInt(yymmdd.substring(4, 6));
        int century = today.getYear() / 100 * 100;
        int diff = yy - today.getYear() % 100;
        int year = century + yy + (diff >= 51 ? -100 : diff <= -50 ? 100 : 0);
        try {
            YearMonth month = YearMonth.of(year, mm);
            return dd == 0 ? month.atEndOfMonth() : month.atDay(dd);
        } catch (DateTimeException e) {
            throw new UnreadableScan("(17) is not a date: " + yymmdd);
        }
    }

    /** "(01)09008732001019(17)271231(10)AB12" to the element string with separators. */
    private static String fromBrackets(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) != '(') {
                throw new UnreadableScan("Expected an application identifier in brackets");
            }
            int close = s.indexOf(')', i);
            if (close < 0) {
                throw new UnreadableScan("Unclosed bracket");
            }
            int next = s.indexOf('(', close);
            next = next < 0 ? s.length() : next;
            if (out.length() > 0) {
                out.append(GS);
            }
            out.append(s, i + 1, close).append(s, close + 1, next);
            i = next;
        }
        return out.toString();
    }
}
