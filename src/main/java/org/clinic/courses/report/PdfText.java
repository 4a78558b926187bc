package org.clinic.courses.report;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * Makes text safe for the PDF's standard Helvetica font, which only has the WinAnsi (cp1252)
 * characters: anything else (emoji, Hebrew, Arabic, CJK) becomes "?" rather than vanishing or
 * failing. The CSV and FHIR exports keep the full text. Not thread-safe: one per export.
 */
final class PdfText {
    private final CharsetEncoder winAnsi = Charset.forName("windows-1252").newEncoder();

    String of(Object value) {
        if (value == null) return "";
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') out.append('\n');
            else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) out.append(' ');
            else if (Character.isBmpCodePoint(cp) && winAnsi.canEncode((char) cp)) out.append((char) cp);
            else out.append('?');
        });
        return out.toString();
    }
}
