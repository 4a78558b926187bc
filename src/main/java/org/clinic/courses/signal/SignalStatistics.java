package org.clinic.courses.signal;

import org.clinic.courses.signal.SignalInput.DrugExposure;
import org.clinic.courses.signal.SignalInput.Event;
import org.clinic.courses.signal.SignalInput.LotExposure;
import org.clinic.courses.signal.SignalReport.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Side-effect counts and rates by term, drug and lot over a period, and which lots stand out.
 * A lot is a signal to review when its rate per 1,000 doses is above the drug's overall rate times
 * {@code factor} and it has at least {@code minimumCount} side effects (so one event on a small lot
 * does not raise the alarm). Pure: no database, no clock.
 */
public final class SignalStatistics {
    /** Side effects on a day without a given dose are counted under this lot. */
    public static final String NO_LOT = "";

    private SignalStatistics() {
    }

    public static SignalReport compute(LocalDate from, LocalDate to, List<DrugExposure> drugs, List<LotExposure> lots,
                                       List<Event> events, Map<String, Set<String>> labelled, BigDecimal factor,
                                       int minimumCount) {
        Map<String, DrugExposure> exposure = drugs.stream().collect(Collectors.toMap(DrugExposure::drug, Function.identity()));
        Map<String, List<Event>> byDrug = events.stream().collect(Collectors.groupingBy(Event::drug, TreeMap::new, Collectors.toList()));
        List<DrugTotal> totals = new ArrayList<>();
        Map<String, BigDecimal> drugRate = new HashMap<>();
        for (DrugExposure d : drugs.stream().sorted(Comparator.comparing(DrugExposure::drug)).toList()) {
            long n = byDrug.getOrDefault(d.drug(), List.of()).size();
            BigDecimal rate = perThousand(n, d.doses());
            drugRate.put(d.drug(), rate);
            totals.add(new DrugTotal(d.drug(), d.courses(), d.doses(), n, rate));
        }
        List<TermRow> terms = new ArrayList<>();
        for (var drug : byDrug.entrySet()) {
            DrugExposure d = exposure.getOrDefault(drug.getKey(), new DrugExposure(drug.getKey(), 0, 0));
            Set<String> listed = ListedTerm.keys(labelled.getOrDefault(drug.getKey(), Set.of()));
            Map<String, List<Event>> byTerm = drug.getValue().stream()
                    .collect(Collectors.groupingBy(e -> key(e.term()), TreeMap::new, Collectors.toList()));
            for (List<Event> same : byTerm.values()) {
                long affected = same.stream().map(Event::courseId).distinct().count();
                terms.add(new TermRow(d.drug(), same.get(0).term().strip(), same.size(),
                        same.stream().filter(Event::serious).count(), affected, perHundred(affected, d.courses()),
                        perThousand(same.size(), d.doses()), ListedTerm.isListed(same.get(0).term(), listed)));
            }
        }
        terms.sort(Comparator.comparing(TermRow::drug).thenComparing(TermRow::events, Comparator.reverseOrder())
                .thenComparing(TermRow::term));
        return new SignalReport(from, to, factor, minimumCount, totals, terms, lotRows(lots, events, drugRate, exposure,
                totals.stream().collect(Collectors.toMap(DrugTotal::drug, DrugTotal::events)), factor, minimumCount),
                weeks(from, to, events));
    }

    private static List<LotRow> lotRows(List<LotExposure> lots, List<Event> events, Map<String, BigDecimal> drugRate,
                                        Map<String, DrugExposure> exposure, Map<String, Long> drugEvents,
                                        BigDecimal factor, int minimumCount) {
        Map<List<String>, Long> eventsByLot = events.stream().collect(Collectors.groupingBy(
                e -> List.of(e.drug(), e.lot() == null ? NO_LOT : e.lot()), Collectors.counting()));
        List<LotRow> rows = new ArrayList<>();
        for (LotExposure l : lots) {
            String lot = l.lot() == null ? NO_LOT : l.lot();
            long n = eventsByLot.getOrDefault(List.of(l.drug(), lot), 0L);
            BigDecimal rate = perThousand(n, l.doses());
            BigDecimal overall = drugRate.getOrDefault(l.drug(), BigDecimal.ZERO);
            BigDecimal ratio = overall.signum() == 0 ? null : rate.divide(overall, 2, RoundingMode.HALF_UP);
            // compared exactly, not on the rounded rates: n / lotDoses > factor * N / drugDoses
            long drugDoses = exposure.containsKey(l.drug()) ? exposure.get(l.drug()).doses() : 0;
            long all = drugEvents.getOrDefault(l.drug(), 0L);
            boolean signal = !lot.equals(NO_LOT) && n >= minimumCount && all > 0 && l.doses() > 0
                    && BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(drugDoses))
                    .compareTo(factor.multiply(BigDecimal.valueOf(all)).multiply(BigDecimal.valueOf(l.doses()))) > 0;
            rows.add(new LotRow(l.drug(), lot, l.doses(), l.courses(), n, rate, overall, ratio, signal));
        }
        rows.sort(Comparator.comparing(LotRow::signal).reversed().thenComparing(LotRow::drug)
                .thenComparing(LotRow::perThousandDoses, Comparator.reverseOrder()).thenComparing(LotRow::lot));
        return rows;
    }

    /** Every week (Monday to Sunday) touching the period, empty weeks included, so the trend has no gaps. */
    static List<Week> weeks(LocalDate from, LocalDate to, List<Event> events) {
        Map<LocalDate, List<Event>> byWeek = events.stream().collect(Collectors.groupingBy(e -> monday(e.observedOn())));
        List<Week> weeks = new ArrayList<>();
        for (LocalDate m = monday(from); !m.isAfter(to); m = m.plusWeeks(1)) {
            List<Event> in = byWeek.getOrDefault(m, List.of());
            weeks.add(new Week(m, in.size(), in.stream().filter(Event::serious).count()));
        }
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static BigDecimal perThousand(long count, long doses) {
        return rate(count, doses, 1000);
    }

    static BigDecimal perHundred(long count, long courses) {
        return rate(count, courses, 100);
    }

    private static BigDecimal rate(long count, long base, int per) {
        if (base == 0) return BigDecimal.ZERO.setScale(1);
        return BigDecimal.valueOf(count * (long) per).divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
    }

    /** One row per term however it was typed ("Injection-site" and "injection site" are one term). */
    private static String key(String term) {
        return ListedTerm.key(term);
    }
}
