package org.clinic.courses.worklist;

import org.clinic.courses.patient.SearchKey;
import org.clinic.courses.ward.Ward;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The worklist as the nurse asked to see it: one ward (or all), sorted by bed or by what is still due,
 * filtered to due, done, held or flagged rows, and searched by name, MRN or bed. Pure.
 */
public record WorklistView(LocalDate today, List<WorklistRow> due, List<WorklistRow> complete, List<Ward> wards,
                           Ward ward, String sort, String show, String q) {
    public static final List<String> SORTS = List.of("bed", "due");
    public static final List<String> FILTERS = List.of("all", "due", "done", "held", "flagged");
    private static final Pattern BED = Pattern.compile("(\\d*)(.*)");

    public static WorklistView of(WorklistService.Worklist list, List<Ward> wards, Ward ward, String sort, String show,
                                  String q) {
        String s = sort != null && SORTS.contains(sort) ? sort : "bed";
        String f = show != null && FILTERS.contains(show) ? show : "all";
        String query = org.clinic.courses.patient.Wristband.read(q);
        Predicate<WorklistRow> keep = filter(f).and(matches(query));
        Comparator<WorklistRow> order = s.equals("due") ? Comparator.comparingInt(WorklistView::urgency).thenComparing(BY_BED)
                : BY_BED;
        return new WorklistView(list.today(), list.due().stream().filter(keep).sorted(order).toList(),
                list.complete().stream().filter(keep).sorted(order).toList(), wards, ward, s, f, query);
    }

    static Predicate<WorklistRow> filter(String show) {
        return switch (show) {
            case "due" -> r -> r.state().equals("due");
            case "done" -> WorklistRow::complete;
            case "held" -> WorklistRow::held;
            case "flagged" -> WorklistRow::flagged;
            default -> r -> true;
        };
    }

    /** Name (family, given or both), MRN, or bed: what a nurse types or a wristband scanner sends; accents and case aside. */
    static Predicate<WorklistRow> matches(String q) {
        if (q.isEmpty()) {
            return r -> true;
        }
        String needle = SearchKey.of(q);
        return r -> r.course().patient.mrn.equalsIgnoreCase(q) || r.bed().equalsIgnoreCase(q)
                || SearchKey.ofName(r.course().patient.givenName, r.course().patient.familyName).contains(needle)
                || SearchKey.ofName(r.course().patient.familyName, r.course().patient.givenName).contains(needle)
                || SearchKey.of(r.course().patient.mrn).contains(needle);
    }

    /** Still to give first (blocked and held after those), done last. */
    static int urgency(WorklistRow r) {
        return r.complete() ? 3 : r.blocked() ? 2 : r.held() ? 1 : 0;
    }

    /** Beds in ward order: 2 before 10, 12A after 12; patients without a bed last. */
    static final Comparator<WorklistRow> BY_BED = Comparator
            .comparing((WorklistRow r) -> r.bed().isEmpty())
            .thenComparingLong(r -> bedNumber(r.bed()))
            .thenComparing(r -> bedRest(r.bed()))
            .thenComparing(r -> r.course().patient.familyName)
            .thenComparing(r -> r.course().id);

    static long bedNumber(String bed) {
        Matcher m = BED.matcher(bed);
        return m.matches() && !m.group(1).isEmpty() && m.group(1).length() < 18 ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    static String bedRest(String bed) {
        Matcher m = BED.matcher(bed);
        return m.matches() ? m.group(2) : bed;
    }

    public List<String> filters() {
        return FILTERS;
    }

    public String wardCode() {
        return ward == null ? "all" : ward.code;
    }

    /** The address of this view with another filter. */
    public String filterHref(String filter) {
        String href = "/worklist?ward=" + enc(wardCode()) + "&sort=" + sort + "&show=" + enc(filter);
        return q.isEmpty() ? href : href + "&q=" + enc(q);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    public int shown() {
        return due.size() + complete.size();
    }
}
