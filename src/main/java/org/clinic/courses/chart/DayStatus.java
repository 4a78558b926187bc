package org.clinic.courses.chart;

/**
 * What happened on a course day, as the chart and the paper drug chart show it: a shape and a letter
 * as well as a colour, so it reads in greyscale and without colour vision. Words in labels.properties.
 */
public enum DayStatus {
    GIVEN("G"), HELD("H"), REFUSED("R"), MISSED("M"), DUE_TODAY("D"), TO_COME(""), NOT_DUE("–");

    private final String mark;

    DayStatus(String mark) {
        this.mark = mark;
    }

    /** The letter written in the day's box (G given, H held, R refused, M missed, D due today). */
    public String mark() {
        return mark;
    }

    /** Classifies a course day from the course sheet's state (given, held, refused, not due, nothing recorded, due). */
    public static DayStatus of(String sheetState, boolean past, boolean today) {
        return switch (sheetState) {
            case "given" -> GIVEN;
            case "held" -> HELD;
            case "refused" -> REFUSED;
            case "not due" -> NOT_DUE;
            case "nothing recorded" -> past ? MISSED : today ? DUE_TODAY : TO_COME;
            default -> today ? DUE_TODAY : past ? MISSED : TO_COME;
        };
    }
}
