package org.clinic.courses.safety;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many flags a queue filter matches, in total, by severity and by status (for the labelled counts above the list). */
public record FlagQueueCounts(long total, Map<FlagSeverity, Long> bySeverity, Map<FlagStatus, Long> byStatus) {

    /** From rows of (severity, status, count). */
    static FlagQueueCounts of(List<Object[]> rows) {
        Map<FlagSeverity, Long> severity = new EnumMap<>(FlagSeverity.class);
        Map<FlagStatus, Long> status = new EnumMap<>(FlagStatus.class);
        long total = 0;
        for (Object[] r : rows) {
            long n = (Long) r[2];
            severity.merge((FlagSeverity) r[0], n, Long::sum);
            status.merge((FlagStatus) r[1], n, Long::sum);
            total += n;
        }
        return new FlagQueueCounts(total, severity, status);
    }

    /** One labelled count, e.g. (Critical, 3). */
    public record Count(Enum<?> value, long count) {
    }

    public List<Count> severities() {
        return bySeverity.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }

    public List<Count> statuses() {
        return byStatus.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue())).toList();
    }
}
