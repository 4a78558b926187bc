package org.clinic.courses.report.e2b;

import org.clinic.courses.adverse.ActionTaken;
import org.clinic.courses.adverse.Causality;
import org.clinic.courses.adverse.Outcome;
import org.clinic.courses.course.Route;
import org.clinic.courses.patient.Sex;
import org.clinic.courses.report.AdverseEventReportRow.Challenge;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** ICH E2B(R3) code lists (OIDs under 2.16.840.1.113883.3.989.2.1.1) and date formats. Pure. */
final class Codes {
    static final String OBSERVATION = "2.16.840.1.113883.3.989.2.1.1.19";
    static final String ORGANIZER = "2.16.840.1.113883.3.989.2.1.1.20";
    static final String OUTCOME = "2.16.840.1.113883.3.989.2.1.1.11";
    static final String REPORT_TYPE = "2.16.840.1.113883.3.989.2.1.1.2";
    static final String CHARACTERISTIC = "2.16.840.1.113883.3.989.2.1.1.23";
    static final String QUALIFICATION = "2.16.840.1.113883.3.989.2.1.1.6";
    static final String SENDER_TYPE = "2.16.840.1.113883.3.989.2.1.1.7";
    static final String ROUTE = "2.16.840.1.113883.3.989.2.1.1.14";
    static final String ACTION = "2.16.840.1.113883.3.989.2.1.1.15";
    static final String RECURRENCE = "2.16.840.1.113883.3.989.2.1.1.16";
    static final String CHARACTERISATION = "2.16.840.1.113883.3.989.2.1.1.13";
    static final String NULLIFICATION = "2.16.840.1.113883.3.989.2.1.1.5";
    static final String SOURCE_REPORT = "2.16.840.1.113883.3.989.2.1.1.22";
    static final String FIRST_SENDER = "2.16.840.1.113883.3.989.2.1.1.3";
    static final String AUTHOR_TYPE = "2.16.840.1.113883.3.989.2.1.1.21";
    static final String COUNTRY = "1.0.3166.1.2.2";
    static final String SEX = "1.0.5218";
    static final String MEDDRA = "2.16.840.1.113883.6.163";
    static final String CASE_ID = "2.16.840.1.113883.3.989.2.1.3.2";
    static final String REPORT_ID = "2.16.840.1.113883.3.989.2.1.3.1";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssZ");

    private Codes() {
    }

    static String day(LocalDate date) {
        return date == null ? null : date.format(DAY);
    }

    static String time(ZonedDateTime at) {
        return at.format(TIME);
    }

    /** D.5: 1 male, 2 female (ISO 5218); null for other or unknown, written as a null flavour. */
    static String sex(Sex sex) {
        return sex == Sex.MALE ? "1" : sex == Sex.FEMALE ? "2" : null;
    }

    /** E.i.7: 1 recovered, 2 recovering, 3 not recovered, 5 fatal, 0 unknown. */
    static String outcome(Outcome o) {
        if (o == null) return "0";
        return switch (o) {
            case RECOVERED -> "1";
            case RECOVERING -> "2";
            case NOT_RECOVERED -> "3";
            case FATAL -> "5";
            case UNKNOWN -> "0";
        };
    }

    /** G.k.4.r.10: 030 intramuscular, 040 intravenous bolus, 041 intravenous drip. */
    static String route(Route r) {
        if (r == null) return null;
        return switch (r) {
            case IM_INJECTION -> "030";
            case IV_INJECTION -> "040";
            case IV_INFUSION -> "041";
        };
    }

    /**
     * G.k.8 (ICH list: 1 drug withdrawn, 2 dose reduced, 3 dose increased, 4 dose not changed, 0 unknown,
     * 9 not applicable): the list has no "temporarily interrupted", so an interruption is coded 1 and
     * G.k.11 says in words that it was temporary.
     */
    static String action(ActionTaken a) {
        if (a == null) return "0";
        return switch (a) {
            case WITHDRAWN, INTERRUPTED -> "1";
            case DOSE_REDUCED -> "2";
            case NONE -> "4";
        };
    }

    /** The recorded action in the words of G.k.11. */
    static String actionWords(ActionTaken a) {
        if (a == null) return "not recorded";
        return switch (a) {
            case WITHDRAWN -> "drug withdrawn";
            case INTERRUPTED -> "temporarily interrupted";
            case DOSE_REDUCED -> "dose reduced";
            case NONE -> "dose not changed";
        };
    }

    /** G.k.9.i.4: 1 recurred, 2 did not recur, 3 unknown, 4 no rechallenge. */
    static String recurrence(Challenge c) {
        return switch (c) {
            case YES -> "1";
            case NO -> "2";
            case UNKNOWN -> "3";
            case NOT_APPLICABLE -> "4";
        };
    }

    static String causality(Causality c) {
        if (c == null) return null;
        return switch (c) {
            case CERTAIN -> "Certain";
            case PROBABLE -> "Probable/Likely";
            case POSSIBLE -> "Possible";
            case UNLIKELY -> "Unlikely";
            case CONDITIONAL -> "Conditional/Unclassified";
            case UNASSESSABLE -> "Unassessable/Unclassifiable";
        };
    }
}
