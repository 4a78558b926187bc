package org.clinic.courses.safety;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.clinic.courses.web.CurrentUser;

import java.util.Map;

/** Open flags by severity for the navigation ({inject:flagCounts.critical}): one grouped count per page, clinicians only. */
@Named("flagCounts")
@RequestScoped
public class FlagCounts {
    @Inject
    FlagSearch search;
    @Inject
    CurrentUser currentUser;

    private Map<FlagSeverity, Long> counts;

    public long critical() {
        return counts().getOrDefault(FlagSeverity.CRITICAL, 0L);
    }

    public long warning() {
        return counts().getOrDefault(FlagSeverity.WARNING, 0L);
    }

    /** What the badge says: the count, or "1000+" past {@link FlagSearch#BADGE_LIMIT}. */
    public String criticalShown() {
        return shown(critical());
    }

    public String warningShown() {
        return shown(warning());
    }

    static String shown(long count) {
        return count > FlagSearch.BADGE_LIMIT ? FlagSearch.BADGE_LIMIT + "+" : String.valueOf(count);
    }

    public long open() {
        return counts().values().stream().mapToLong(Long::longValue).sum();
    }

    private Map<FlagSeverity, Long> counts() {
        if (counts == null) counts = currentUser.isClinician() ? search.openCounts() : Map.of();
        return counts;
    }
}
