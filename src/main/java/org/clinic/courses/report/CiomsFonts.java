package org.clinic.courses.report;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded Unicode fonts of the CIOMS form: DejaVu Sans (Latin, Cyrillic, Greek) from the
 * classpath, or a TrueType file the clinic configures ({@code tracker.report.pdf-font}, e.g. a
 * Noto Sans CJK .ttf for Chinese names). The font bytes are read once; each document embeds the
 * subset it uses.
 */
public final class CiomsFonts {
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/";
    private static volatile byte[] regular;
    private static volatile byte[] bold;

    final BaseFont normal;
    final BaseFont strong;

    private CiomsFonts(BaseFont normal, BaseFont strong) {
        this.normal = normal;
        this.strong = strong;
    }

    /** @param fontPath a .ttf file to use for all text, or null for DejaVu Sans */
    public static CiomsFonts load(String fontPath) {
        try {
            if (fontPath != null && !fontPath.isBlank()) {
                byte[] bytes = Files.readAllBytes(Path.of(fontPath));
                BaseFont f = BaseFont.createFont(Path.of(fontPath).getFileName().toString(), BaseFont.IDENTITY_H,
                        BaseFont.EMBEDDED, true, bytes, null);
                return new CiomsFonts(f, f);
            }
            if (regular == null) regular = resource("DejaVuSans.ttf");
            if (bold == null) bold = resource("DejaVuSans-Bold.ttf");
            return new CiomsFonts(
                    BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null),
                    BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the report font", e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = CiomsFonts.class.getResourceAsStream(DEJAVU + name)) {
            if (in == null) throw new IOException("Font " + name + " is not on the classpath (jasperreports-fonts)");
            return in.readAllBytes();
        }
    }
}
