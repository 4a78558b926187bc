package org.clinic.courses.chart;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words of the course chart. Translated with messages/chart_xx.properties. */
@MessageBundle(value = "chart", locale = "en")
public interface ChartMessages {
    @Message("Course chart")
    String title();

    @Message("Course chart: volume given against the prescription, each day's status, flags and side effects by day")
    String label();

    @Message("Days {first} to {last}")
    String weekLabel(int first, int last);

    @Message("{given} of {days} days given, {missed} missed. Prescribed {ml} ml a day. The table below lists every day in words.")
    String summary(long given, int days, long missed, java.math.BigDecimal ml);

    @Message("Volume (ml)")
    String volume();

    @Message("Status")
    String status();

    @Message("Day")
    String day();

    @Message("Flags")
    String flags();

    @Message("Side effects")
    String sideEffects();

    @Message("Day {day} ({date}): {status}; {given} ml given of {prescribed} ml prescribed")
    String dayTitle(int day, java.time.LocalDate date, String status, java.math.BigDecimal given, java.math.BigDecimal prescribed);

    @Message("Day {day}: {count} open flags")
    String flagTitle(int day, int count);

    @Message("Day {day}: {count} open flags, one or more critical")
    String flagTitleCritical(int day, int count);

    @Message("critical")
    String critical();

    @Message("{term}, day {day}: grade {grade}")
    String cellTitle(String term, int day, int grade);

    @Message("{term}, day {day}: grade {grade}, serious")
    String cellTitleSerious(String term, int day, int grade);

    @Message("Key: ● given (G) · ▲ held (H) or refused (R) · ✕ missed (M) · □ due today (D) or to come · – not due. Dashed outline: prescribed volume; solid bar: volume given. ⚑ open flags (!! critical). Side-effect boxes: CTCAE grade as a number, darker for higher grades; S and a heavy border: serious.")
    String key();

    @Message("Print the drug chart (A4 landscape)")
    String printDrugChart();

    @Message("Doses by day")
    String tableCaption();

    @Message("Prescribed (ml)")
    String colPrescribed();

    @Message("Given (ml)")
    String colGiven();

    @Message("Lot")
    String colLot();

    @Message("Nurse")
    String colNurse();

    @Message("Open flags")
    String colFlags();

    @Message("Side effects (grade)")
    String colEvents();
}
