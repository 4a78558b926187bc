package org.clinic.courses.dose;

import java.util.List;

/** IM sites rotate: the next injection goes to the site after the last one used on the course. Pure. */
public final class SiteRotation {
    private SiteRotation() {
    }

    /** The catalog's sites in order; {@code last} may be null (first injection) or a site no longer listed. */
    public static String next(List<String> sites, String last) {
        if (sites.isEmpty()) {
            return "";
        }
        int i = last == null ? -1 : sites.indexOf(last);
        return sites.get((i + 1) % sites.size());
    }
}
