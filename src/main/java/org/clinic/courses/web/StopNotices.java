package org.clinic.courses.web;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;

/**
 * What an operator sees in the log when an instance stops: that the stop began (readiness answers 503
 * while the balancer takes the instance out), and, on the first stop of a new build under
 * docker/start.sh (which sets {@code tracker.cds.recording}), that the JVM goes on writing the
 * class-data archive after "stopped in": killing it then only means the next start records again.
 */
@ApplicationScoped
public class StopNotices {
    private static final Logger LOG = Logger.getLogger(StopNotices.class);

    @ConfigProperty(name = "quarkus.shutdown.delay")
    java.util.Optional<Duration> delay;
    @ConfigProperty(name = "tracker.cds.recording", defaultValue = "false")
    boolean recording;

    void onStopBegins(@Observes ShutdownDelayInitiatedEvent event) {
        LOG.infof("Stopping: readiness answers 503 for %s so the balancer takes this instance out; requests go on "
                + "being served until then, and those in flight finish", delay.map(Duration::toString).orElse("a moment"));
    }

    void onStop(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
        if (recording) {
            LOG.info("First stop of this build: after \"stopped in\" the JVM writes the class-data archive for the next "
                    + "start (5 to 15 s); let it finish");
        }
    }
}
