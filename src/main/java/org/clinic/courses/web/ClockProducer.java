package org.clinic.courses.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

/** The clinic's clock: its zone decides which calendar day, and so which course day, an instant is on. */
@ApplicationScoped
public class ClockProducer {
    @ConfigProperty(name = "tracker.clinic-zone")
    Optional<String> clinicZone;

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clinicClock() {
        ZoneId zone = clinicZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault());
        return Clock.system(zone);
    }
}
