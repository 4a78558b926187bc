package org.clinic.courses.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;

/**
 * Draws the boxes of a paper form at fixed places on the page: a ruled rectangle, its small
 * capital label at the top and the value below, and tick boxes. Coordinates in points from the
 * bottom left of an A4 page.
 */
final class CiomsBoxes {
    private final PdfContentByte canvas;
    private final CiomsFonts fonts;
    private final PdfText text;
    private final Font label;
    private final Font value;

    CiomsBoxes(PdfContentByte canvas, CiomsFonts fonts, PdfText text) {
        this.canvas = canvas;
        this.fonts = fonts;
        this.text = text;
        this.label = new Font(fonts.normal, 5.5f);
        this.value = new Font(fonts.normal, 8);
    }

    /** A box from (x, top) of width w and height h; returns false when the value did not fit. */
    boolean box(float x, float top, float w, float h, String caption, String content) {
        rule(x, top, w, h);
        caption(x, top, w, caption);
        float label = captionHeight(w, caption);
        return fill(x, top - label, w, h - label, content);
    }

    /**
     * Writes text into an area; false when it did not fit. Then it writes as many whole lines (or,
     * for one line, words) as fit, followed by {@link #CONTINUED}: never a silent cut.
     */
    boolean fill(float x, float top, float w, float h, String content) {
        if (content == null || content.isBlank()) return true;
        if (column(x, top, w, h, content, true)) {
            column(x, top, w, h, content, false);
            return true;
        }
        boolean lines = content.strip().contains("\n");
        String[] parts = lines ? content.strip().split("\n") : content.strip().split(" ");
        String glue = lines ? "\n" : " ";
        for (int k = parts.length - 1; k >= 0; k--) {
            String shown = String.join(glue, java.util.Arrays.copyOf(parts, k)) + (k == 0 ? "" : lines ? "\n" : " \u2026 ") + CONTINUED;
            if (k == 0 || column(x, top, w, h, shown, true)) {
                column(x, top, w, h, shown, false);
                return false;
            }
        }
        return false;
    }

    static final String CONTINUED = "(continued on the continuation page)";

    /** Lays the text out in the area, or only measures it when {@code simulate}; true when all of it fits. */
    private boolean column(float x, float top, float w, float h, String content, boolean simulate) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(x + 2.5f, top - h + 1, x + w - 2.5f, top);
        column.setLeading(9.5f);
        column.addText(new Phrase(text.of(content), value));
        return !ColumnText.hasMoreText(column.go(simulate));
    }

    /** One line of caption, or two when it is too long for the box. */
    private float captionHeight(float w, String caption) {
        return fonts.normal.getWidthPoint(caption, 5.5f) > w - 4 ? 15 : 9;
    }

    void caption(float x, float top, float w, String caption) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(x + 2, top - 15, x + w - 2, top - 1);
        column.setLeading(6);
        column.addText(new Phrase(caption, label));
        column.go();
    }

    void rule(float x, float top, float w, float h) {
        canvas.setLineWidth(0.6f);
        canvas.rectangle(x, top - h, w, h);
        canvas.stroke();
    }

    /** A tick box with its words to the right, wrapped onto further lines below when wider than {@code width}. */
    void tick(float x, float y, boolean checked, String words, float width) {
        tick(x, y, checked, "");
        StringBuilder line = new StringBuilder();
        float lineY = y + 1;
        for (String word : words.split(" ")) {
            String longer = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fonts.normal.getWidthPoint(longer, 5.5f) > width - 10) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(line.toString(), label), x + 10, lineY, 0);
                lineY -= 6.5f;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(longer);
            }
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(line.toString(), label), x + 10, lineY, 0);
    }

    /** A tick box with its words to the right. */
    void tick(float x, float y, boolean checked, String words) {
        canvas.setLineWidth(0.6f);
        canvas.rectangle(x, y, 7, 7);
        canvas.stroke();
        if (checked) {
            canvas.moveTo(x + 1, y + 1);
            canvas.lineTo(x + 6, y + 6);
            canvas.moveTo(x + 1, y + 6);
            canvas.lineTo(x + 6, y + 1);
            canvas.stroke();
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(words, label), x + 10, y + 1, 0);
    }

    /** A dark band with a section title in white-on-black capitals, as on the printed form. */
    void band(float x, float top, float w, String title) {
        canvas.setGrayFill(0.15f);
        canvas.rectangle(x, top - 11, w, 11);
        canvas.fill();
        canvas.setGrayFill(0);
        Font white = new Font(fonts.strong, 7.5f, Font.NORMAL, java.awt.Color.WHITE);
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(title, white), x + 3, top - 8.5f, 0);
    }

    void heading(float x, float y, String words, float size, int align) {
        ColumnText.showTextAligned(canvas, align, new Phrase(words, new Font(fonts.strong, size)), x, y, 0);
    }
}
