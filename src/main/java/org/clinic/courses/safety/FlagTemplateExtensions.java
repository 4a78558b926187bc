package org.clinic.courses.safety;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

import java.time.Clock;
import java.time.Instant;
import org.clinic.courses.web.ClinicTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Helpers for flag templates and the {#flagBanner} tag. */
@TemplateExtension
public class FlagTemplateExtensions {
    private FlagTemplateExtensions() {
    }

    /** The critical flags that still want attention (open or acknowledged), from Flags or FlagViews. */
    static List<FlagView> criticalActive(Collection<?> flags) {
        if (flags == null) return List.of();
        return flags.stream().map(FlagTemplateExtensions::view).filter(Objects::nonNull)
                .filter(v -> v.severity() == FlagSeverity.CRITICAL
                        && (v.status() == FlagStatus.OPEN || v.status() == FlagStatus.ACKNOWLEDGED))
                .toList();
    }

    /** An instant as the clinic reads it: local date and time in the clinic's zone, the zone named. */
    static String clinicTime(Instant at) {
        return ClinicTime.format(at, Arc.container().instance(Clock.class).get().getZone());
    }

    private static FlagView view(Object o) {
        if (o instanceof FlagView v) return v;
        if (o instanceof Flag f) return FlagView.of(f);
        return null;
    }
}
