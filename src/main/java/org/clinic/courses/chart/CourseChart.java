package org.clinic.courses.chart;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.course.CourseSheet;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagSeverity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.*;
import java.util.stream.Collectors;

/**
 * The course page's picture, computed as coordinates so the template only draws: per day the volume
 * given against the prescription, the day's status (shape, letter, colour), flag markers, and a
 * side-effect grid (term x day, worst grade of the day as a number and a shade, serious marked).
 * The days are drawn a week to a row (one SVG per week, 324 units wide), so the chart fits a phone
 * or a tablet without sideways scrolling while its text stays at its size.
 * Pure: built from a course sheet and today's date.
 */
public record CourseChart(int width, int height, List<Column> columns, List<TermRow> terms, BigDecimal scaleMl,
                          int gridTop) {
    static final int LEFT = 104, COL = 30, VOLUME_TOP = 12, VOLUME_HEIGHT = 84, STATUS_Y = 114, DAY_Y = 144,
            FLAG_Y = 166, GRID_TOP = 186, ROW = 24, WEEK = 7;

    /** One row of the chart: up to seven course days with the side-effect rows cut to them. */
    public record Week(int number, int firstDay, int lastDay, int width, List<Column> columns, List<TermRow> terms) {
    }

    /** One course day: its column's drawing and the values the table beside the chart lists. */
    public record Column(int day, LocalDate date, int x, int centre, DayStatus status, String shapePath, String colour,
                         BigDecimal prescribedMl, BigDecimal givenMl, int prescribedY, int prescribedHeight, int givenY,
                         int givenHeight, String lots, String nurses, String times, int flags, boolean critical) {
        public boolean hasFlags() {
            return flags > 0;
        }
    }

    public record TermRow(String term, int y, int textY, List<Cell> cells) {
        /** The term as the row's label fits beside the grid; the cells' titles carry it whole. */
        public String label() {
            return term.length() <= 15 ? term : term.substring(0, 14).strip() + "…";
        }
    }

    /** A term on a day: the worst grade recorded that day, shaded darker as the grade rises. */
    public record Cell(int day, int x, int textX, int grade, boolean serious, String fill, String ink) {
    }

    public static CourseChart of(CourseSheet sheet, LocalDate today) {
        BigDecimal prescribed = sheet.record().course().dailyVolumeMl;
        BigDecimal scale = sheet.days().stream().map(CourseChart::givenMl).reduce(prescribed, BigDecimal::max);
        if (scale.signum() <= 0) scale = BigDecimal.ONE;
        List<Column> columns = new ArrayList<>();
        for (CourseSheet.Day d : sheet.days()) {
            int x = xOf(d.number());
            int centre = x + COL / 2;
            DayStatus status = DayStatus.of(d.state(), d.date().isBefore(today), d.date().equals(today));
            BigDecimal planned = d.due() ? prescribed : BigDecimal.ZERO;
            BigDecimal given = givenMl(d);
            int plannedH = height(planned, scale), givenH = height(given, scale);
            List<Administration> valid = d.doses().stream().map(CourseSheet.Dose::entry).filter(a -> !a.voided).toList();
            List<Flag> flags = d.flags().stream().filter(Flag::active).toList();
            columns.add(new Column(d.number(), d.date(), x, centre, status, shape(status, centre, STATUS_Y), colour(status),
                    planned, given, VOLUME_TOP + VOLUME_HEIGHT - plannedH, plannedH, VOLUME_TOP + VOLUME_HEIGHT - givenH,
                    givenH, joined(valid.stream().map(a -> a.lotNumber)), joined(valid.stream().map(a -> a.recordedBy)),
                    joined(d.doses().stream().filter(dose -> !dose.entry().voided).map(dose -> clock(dose.time()))), flags.size(), flags.stream().anyMatch(f -> f.severity == FlagSeverity.CRITICAL)));
        }
        List<TermRow> rows = termRows(sheet);
        int width = LEFT + Math.min(WEEK, sheet.days().size()) * COL + 10;
        return new CourseChart(width, GRID_TOP + rows.size() * ROW + 8, columns, rows, scale, GRID_TOP);
    }

    private static List<TermRow> termRows(CourseSheet sheet) {
        Map<String, Map<Integer, List<AdverseEvent>>> byTerm = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (CourseSheet.Day d : sheet.days()) {
            for (CourseSheet.SideEffect s : d.events()) {
                AdverseEvent e = s.entry();
                if (e.voided) continue;
                byTerm.computeIfAbsent(e.term.strip(), t -> new TreeMap<>()).computeIfAbsent(d.number(), n -> new ArrayList<>()).add(e);
            }
        }
        List<TermRow> rows = new ArrayList<>();
        int y = GRID_TOP;
        for (var term : byTerm.entrySet()) {
            List<Cell> cells = new ArrayList<>();
            for (var day : term.getValue().entrySet()) {
                int grade = day.getValue().stream().mapToInt(e -> e.grade).max().orElse(0);
                boolean serious = day.getValue().stream().anyMatch(e -> e.serious);
                int x = xOf(day.getKey());
                cells.add(new Cell(day.getKey(), x + 2, x + COL / 2, grade, serious, shade(grade), ink(grade)));
            }
            rows.add(new TermRow(term.getKey(), y, y + 16, cells));
            y += ROW;
        }
        return rows;
    }

    /** Where a course day's column starts in its week's row. */
    private static int xOf(int courseDay) {
        return LEFT + (courseDay - 1) % WEEK * COL;
    }

    /** The chart cut into rows of seven course days, each row with every term (cells of its days only). */
    public List<Week> weeks() {
        List<Week> weeks = new ArrayList<>();
        for (int first = 1; first <= columns.size(); first += WEEK) {
            int from = first, to = Math.min(columns.size(), first + WEEK - 1);
            List<TermRow> rows = terms.stream().map(t -> new TermRow(t.term(), t.y(), t.textY(),
                    t.cells().stream().filter(c -> c.day() >= from && c.day() <= to).toList())).toList();
            weeks.add(new Week(weeks.size() + 1, from, to, LEFT + (to - from + 1) * COL + 10,
                    columns.subList(from - 1, to), rows));
        }
        return weeks;
    }

    static BigDecimal givenMl(CourseSheet.Day d) {
        return d.doses().stream().map(CourseSheet.Dose::entry).filter(a -> !a.voided && a.given())
                .map(a -> a.volumeMl).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static int height(BigDecimal ml, BigDecimal scale) {
        return ml.multiply(BigDecimal.valueOf(VOLUME_HEIGHT)).divide(scale, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** Shades from light to dark grey-blue: distinct in greyscale, the number is written on it too. */
    static String shade(int grade) {
        return switch (grade) {
            case 1 -> "#e3e9ef";
            case 2 -> "#aebccb";
            case 3 -> "#5f738a";
            case 4 -> "#2c3e52";
            default -> grade >= 5 ? "#000000" : "#ffffff";
        };
    }

    /** The grade's text on its shade: white on the dark shades (3 and up), near-black on the light ones; 4.5:1 or more. */
    static String ink(int grade) {
        return grade >= 3 ? "#ffffff" : "#111111";
    }

    /** An SVG path for the day's shape: a disc (given), a triangle (held, refused), a cross (missed), a square outline (due). */
    static String shape(DayStatus s, int cx, int cy) {
        return switch (s) {
            case GIVEN -> "M" + (cx - 8) + "," + cy + "a8,8 0 1,0 16,0a8,8 0 1,0 -16,0Z";
            case HELD, REFUSED -> "M" + cx + "," + (cy - 9) + "L" + (cx + 9) + "," + (cy + 7) + "L" + (cx - 9) + "," + (cy + 7) + "Z";
            case MISSED -> "M" + (cx - 7) + "," + (cy - 7) + "L" + (cx + 7) + "," + (cy + 7) + "M" + (cx + 7) + "," + (cy - 7)
                    + "L" + (cx - 7) + "," + (cy + 7);
            case DUE_TODAY, TO_COME -> "M" + (cx - 8) + "," + (cy - 8) + "h16v16h-16Z";
            case NOT_DUE -> "M" + (cx - 6) + "," + cy + "h12";
        };
    }

    static String colour(DayStatus s) {
        return switch (s) {
            case GIVEN -> "#1e6b3a";
            case HELD, REFUSED -> "#8a5a00";
            case MISSED -> "#a3231f";
            case DUE_TODAY -> "#1d4f7a";
            case TO_COME, NOT_DUE -> "#5b6b7a";
        };
    }

    /** "HH:mm CET" of a sheet time "yyyy-MM-dd HH:mm CET". */
    private static String clock(String time) {
        return time.length() > 11 ? time.substring(11) : time;
    }

    private static String joined(java.util.stream.Stream<String> values) {
        return values.filter(v -> v != null && !v.isBlank()).distinct().collect(Collectors.joining(", "));
    }

    public int left() {
        return LEFT;
    }

    public int volumeTop() {
        return VOLUME_TOP;
    }

    public int volumeBottom() {
        return VOLUME_TOP + VOLUME_HEIGHT;
    }

    public long daysGiven() {
        return columns.stream().filter(c -> c.status() == DayStatus.GIVEN).count();
    }

    public long daysMissed() {
        return columns.stream().filter(c -> c.status() == DayStatus.MISSED).count();
    }
}
