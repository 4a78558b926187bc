package org.clinic.courses.course;

import org.clinic.courses.adverse.AdverseEvent;
import org.clinic.courses.catalog.DrugDefinition;
import org.clinic.courses.dose.Administration;
import org.clinic.courses.dose.AdministrationStatus;
import org.clinic.courses.safety.Flag;
import org.clinic.courses.safety.FlagSeverity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The physician's day-by-day view of one course: rows, totals and a timeline, computed from its records. */
public record CourseSheet(CourseRecord record, DrugDefinition drug, List<Day> days, BigDecimal givenMl,
                          BigDecimal givenMg, long dosesGiven, long dueSoFar, List<Flag> criticalFlags,
                          List<Cell> timeline, int timelineWidth) {

    /**
     * One administration with its correction chain: {@code corrects} is the voided entry it replaces,
     * {@code correctedBy} the entry that replaced it (either may be null).
     */
    public record Dose(Administration entry, String time, Administration corrects, Administration correctedBy) {
    }

    /** One side effect with its correction chain, as {@link Dose}. */
    public record SideEffect(AdverseEvent entry, AdverseEvent corrects, AdverseEvent correctedBy) {
    }

    /** One course day with what was given, what was observed and the flags that arose on it. */
    public record Day(int number, LocalDate date, String weekday, boolean due, String state,
                      List<Dose> doses, List<SideEffect> events, List<Flag> flags) {
    }

    /** One day of the timeline: a coloured square with a tooltip. */
    public record Cell(int x, String fill, String title, boolean labelled, int labelX) {
    }

    public static CourseSheet of(CourseRecord r, DrugDefinition drug, ZoneId zone) {
        TreatmentCourse c = r.course();
        LocalDate today = r.today();
        LocalDate lastDue = c.stoppedAt == null ? today : min(today, c.stoppedAt.atZone(zone).toLocalDate());
        List<Day> days = new ArrayList<>();
        List<Cell> cells = new ArrayList<>();
        long dueSoFar = 0;
        java.util.Map<Long, Administration> byId = new java.util.HashMap<>(), replacing = new java.util.HashMap<>();
        r.administrations().forEach(a -> byId.put(a.id, a));
        r.administrations().stream().filter(a -> a.replacesId != null).forEach(a -> replacing.put(a.replacesId, a));
        java.util.Map<Long, AdverseEvent> eventById = new java.util.HashMap<>(), eventReplacing = new java.util.HashMap<>();
        r.adverseEvents().forEach(e -> eventById.put(e.id, e));
        r.adverseEvents().stream().filter(e -> e.replacesId != null).forEach(e -> eventReplacing.put(e.replacesId, e));
        for (int n = 1; n <= c.lengthDays; n++) {
            LocalDate date = c.dateOfCourseDay(n);
            boolean due = isDue(c.schedule, date) && (c.stoppedAt == null || !date.isAfter(lastDue));
            int day = n;
            List<Dose> doses = r.administrations().stream().filter(a -> a.courseDay == day)
                    .map(a -> new Dose(a, org.clinic.courses.web.ClinicTime.format(a.administeredAt, zone),
                            a.replacesId == null ? null : byId.get(a.replacesId), replacing.get(a.id))).toList();
            List<SideEffect> events = r.adverseEvents().stream().filter(e -> e.courseDay == day)
                    .map(e -> new SideEffect(e, e.replacesId == null ? null : eventById.get(e.replacesId),
                            eventReplacing.get(e.id))).toList();
            List<Flag> flags = r.flags().stream().filter(f -> f.courseDay != null && f.courseDay == day).toList();
            String state = state(due, date.isBefore(today), doses);
            if (due && !date.isAfter(lastDue)) dueSoFar++;
            days.add(new Day(n, date, date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), due, state,
                    doses, events, flags));
            cells.add(new Cell((n - 1) * 18, fill(state), "Day " + n + " (" + date + "): " + state, n == 1 || n % 7 == 0,
                    (n - 1) * 18 + 1));
        }
        BigDecimal ml = r.administrations().stream().filter(Administration::given).map(a -> a.volumeMl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mg = drug == null || drug.concentrationMgPerMl() == null ? null
                : ml.multiply(drug.concentrationMgPerMl()).setScale(1, RoundingMode.HALF_UP);
        long given = r.administrations().stream().filter(Administration::given).count();
        List<Flag> critical = r.flags().stream().filter(f -> f.severity == FlagSeverity.CRITICAL && f.active()).toList();
        return new CourseSheet(r, drug, days, ml.setScale(Math.max(0, ml.stripTrailingZeros().scale())), mg, given, dueSoFar, critical, cells, c.lengthDays * 18);
    }

    static boolean isDue(ScheduleType schedule, LocalDate date) {
        return Schedule.patternWants(schedule, date);
    }

    private static String state(boolean due, boolean past, List<Dose> doses) {
        List<Administration> valid = doses.stream().map(Dose::entry).filter(a -> !a.voided).toList();
        if (valid.stream().anyMatch(a -> a.status == AdministrationStatus.GIVEN)) return "given";
        if (valid.stream().anyMatch(a -> a.status == AdministrationStatus.HELD)) return "held";
        if (valid.stream().anyMatch(a -> a.status == AdministrationStatus.REFUSED)) return "refused";
        if (!due) return "not due";
        return past ? "nothing recorded" : "due";
    }

    private static String fill(String state) {
        return switch (state) {
            case "given" -> "#1e6b3a";
            case "held", "refused" -> "#8a5a00";
            case "nothing recorded" -> "#a3231f";
            case "not due" -> "#d5dde5";
            default -> "#ffffff";
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    public boolean apoeNote() {
        return Boolean.TRUE.equals(record.course().patient.apoeE4Carrier);
    }
}
