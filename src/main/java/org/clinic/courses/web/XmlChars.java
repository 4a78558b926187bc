package org.clinic.courses.web;

/**
 * Text as XML 1.0 can carry it: a character XML forbids (control characters but tab and line
 * breaks, half a surrogate pair, U+FFFE and U+FFFF) becomes U+FFFD. New input is refused before it is
 * stored (web/InputCheck); this keeps an E2B file or a FHIR narrative well-formed for records stored
 * before that check.
 */
public final class XmlChars {
    private XmlChars() {
    }

    public static String safe(String text) {
        if (text == null || allowed(text)) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(allowed(c) ? c : '\uFFFD');
            }
        }
        return out.toString();
    }

    private static boolean allowed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
    }
}
