package org.clinic.courses.patient;

import java.util.regex.Pattern;

/**
 * What a keyboard-wedge scanner types from a patient's wristband, as the MRN a search compares. Scanners
 * configured to send the AIM symbology identifier put three characters first ({@code ]C1} GS1-128,
 * {@code ]C0} Code 128, {@code ]d1}/{@code ]d2} DataMatrix, {@code ]Q3} QR...), may send FNC1 as the
 * group separator (ASCII 29) and end with CR or LF: none of that is part of the MRN. Pure.
 */
public final class Wristband {
    /** "]", the code letter, one modifier character (ISO/IEC 15424). */
    private static final Pattern SYMBOLOGY = Pattern.compile("^\\][A-Za-z][0-9A-Za-z]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

    private Wristband() {
    }

    /** The text with the scanner's additions removed; typed text (a name, an MRN, a bed) comes back trimmed. */
    public static String read(String scanned) {
        if (scanned == null) {
            return "";
        }
        String text = scanned.strip();
        text = SYMBOLOGY.matcher(text).replaceFirst("");
        return CONTROL.matcher(text).replaceAll("").strip();
    }
}
