package org.clinic.courses.report;

import com.lowagie.text.pdf.BaseFont;

/**
 * Makes text safe for the PDF's embedded font: characters the font has no glyph for (CJK in
 * DejaVu Sans unless a CJK font is configured, emoji) become "?" rather than vanishing; control
 * characters become spaces. The CSV, FHIR and E2B exports keep the full text.
 */
final class PdfText {
    private final BaseFont font;

    PdfText(BaseFont font) {
        this.font = font;
    }

    String of(Object value) {
        if (value == null) return "";
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n') out.append('\n');
            else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) out.append(' ');
            else if (font.charExists(cp)) out.appendCodePoint(cp);
            else out.append('?');
        });
        return out.toString();
    }
}
