package org.clinic.courses.signal;

import java.util.ArrayList;
import java.util.List;

/** The weekly trend as bar coordinates: a bar per week (serious part drawn darker), its count written above it. */
public record SignalChart(int width, int height, int baseline, long max, List<Bar> bars) {
    static final int LEFT = 40, BAR = 26, GAP = 8, TOP = 18, PLOT = 120;

    public record Bar(SignalReport.Week week, int x, int centre, int y, int height, int seriousY, int seriousHeight,
                      int labelY, String label) {
    }

    public static SignalChart of(List<SignalReport.Week> weeks) {
        long max = Math.max(1, weeks.stream().mapToLong(SignalReport.Week::events).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int baseline = TOP + PLOT;
        for (int i = 0; i < weeks.size(); i++) {
            SignalReport.Week w = weeks.get(i);
            int x = LEFT + i * (BAR + GAP);
            int h = (int) Math.round(w.events() * (double) PLOT / max);
            int s = (int) Math.round(w.serious() * (double) PLOT / max);
            bars.add(new Bar(w, x, x + BAR / 2, baseline - h, h, baseline - s, s, baseline - h - 4,
                    w.monday().toString().substring(5)));
        }
        return new SignalChart(LEFT + weeks.size() * (BAR + GAP) + 10, baseline + 34, baseline, max, bars);
    }
}
