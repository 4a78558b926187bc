package org.clinic.courses.audit;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The audit page's filters: user, action, days (in the clinic's zone). Unreadable dates are ignored and reported. */
public record AuditFilter(String user, String action, String from, String to) {
    static final int PAGE_SIZE = 100;
    static final int EXPORT_MAX = 10_000;

    public static AuditFilter of(String user, String action, String from, String to) {
        return new AuditFilter(clean(user, 64), clean(action, 40), clean(from, 10), clean(to, 10));
    }

    /** The fields whose value could not be read as a date. */
    public List<String> unreadable() {
        List<String> bad = new ArrayList<>();
        if (date(from) == null && !from.isEmpty()) bad.add("from");
        if (date(to) == null && !to.isEmpty()) bad.add("to");
        return bad;
    }

    /** Newest first: {@code count} rows after skipping {@code first}. */
    List<AuditEvent> rows(ZoneId zone, int first, int count) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (!user.isEmpty()) {
            where.append(" and username = :user");
            p.and("user", user);
        }
        if (!action.isEmpty()) {
            where.append(" and action = :action");
            p.and("action", action);
        }
        LocalDate f = date(from);
        if (f != null) {
            where.append(" and occurredAt >= :from");
            p.and("from", f.atStartOfDay(zone).toInstant());
        }
        LocalDate t = date(to);
        if (t != null) {
            where.append(" and occurredAt < :to");
            p.and("to", t.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return AuditEvent.<AuditEvent>find(where.toString(), Sort.descending("id"), p).range(first, first + count - 1).list();
    }

    public String query() {
        return "user=" + enc(user) + "&action=" + enc(action) + "&from=" + enc(from) + "&to=" + enc(to);
    }

    private static LocalDate date(String value) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String clean(String s, int max) {
        String v = s == null ? "" : s.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
