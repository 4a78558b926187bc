package org.clinic.courses.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.Location;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Addresses no resource serves get the 404 page (or JSON under /api), not the server's bare text. */
@ApplicationScoped
public class NotFoundPage {
    @Inject
    @Location("errors/standalone.html")
    Template error;

    @Inject
    AppMessages messages;

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(rc -> {
            if (rc.response().ended()) {
                return;
            }
            rc.response().setStatusCode(404);
            if (rc.normalizedPath().startsWith("/api/")) {
                rc.response().putHeader("Content-Type", "application/json")
                        .end("{\"errors\":[{\"field\":null,\"message\":\"There is nothing at this address\"}]}");
                return;
            }
            rc.response().putHeader("Content-Type", "text/html;charset=UTF-8");
            rc.vertx().executeBlocking(() -> error.data("status", 404).data("title", messages.errorNotFound())
                            .data("message", messages.errorNothingHere()).render())
                    .onSuccess(html -> rc.response().end(html))
                    .onFailure(e -> rc.response().end("Not found"));
        });
    }
}
